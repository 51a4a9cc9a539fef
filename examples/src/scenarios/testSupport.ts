import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { EventStore } from '@council-partnerships/domain';
import { scenarioJson } from '../support/scenarioJson';
import { ScenarioResult } from '../support/scenario';

/** Runs a scenario on a fresh in-memory store and returns what `--json` would print, parsed back. */
export const jsonOf = async (
  run: (store: EventStore) => Promise<ScenarioResult>,
): Promise<ReturnType<typeof scenarioJson>> => {
  const store = createInMemoryEventStore();
  try {
    const result = await run(store);
    return JSON.parse(JSON.stringify(scenarioJson(result))) as ReturnType<typeof scenarioJson>;
  } finally {
    await store.close();
  }
};

/**
 * A scenario run once for the specifications of a describe block: what `--json` prints, read by
 * each test through the returned function.
 */
export const printedOnce = (
  run: (store: EventStore) => Promise<ScenarioResult>,
): (() => ReturnType<typeof scenarioJson>) => {
  let printed: ReturnType<typeof scenarioJson> | undefined;
  beforeAll(async () => {
    printed = await jsonOf(run);
  });
  return () => {
    if (printed === undefined) throw new Error('the scenario has not run');
    return printed;
  };
};
