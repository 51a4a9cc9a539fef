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
