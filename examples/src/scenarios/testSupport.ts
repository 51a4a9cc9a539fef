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

/** A step the story expects the rules to refuse: its command type and the refusal's code. */
export type ExpectedRefusal = readonly [commandType: string, code: string];

/**
 * `printedOnce`, with the specification every scenario shares: the history is recorded through the
 * command handler, refused only where the story expects it, in that order.
 */
export const recordedOnce = (
  run: (store: EventStore) => Promise<ScenarioResult>,
  refusals: readonly ExpectedRefusal[],
): (() => ReturnType<typeof scenarioJson>) => {
  const json = printedOnce(run);
  const expected = refusals.map(([type, code]) => `${type} refused with ${code}`).join(', ');
  const title =
    refusals.length === 0
      ? 'records the whole history without a refusal'
      : `records the history, refused only where the story expects: ${expected}`;
  it(title, () => {
    expect(json().run.unexpected).toEqual([]);
    expect(json().run.expectedRefusals.map((r) => [r.commandType, r.code])).toEqual(refusals);
  });
  return json;
};
