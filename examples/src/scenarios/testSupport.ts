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

/** What a source document states, each figure by name (as `{ value, words }` where it is one value). */
export type Stated = Readonly<Record<string, object>>;

const valuesOf = (stated: Stated): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(stated).flatMap(([name, fact]) => ('value' in fact ? [[name, fact.value]] : [])),
  );

const only = (figures: Record<string, unknown>, names: readonly string[]) =>
  Object.fromEntries(names.map((name) => [name, figures[name]]));

/**
 * `printedOnce`, with the specifications every scenario shares: the history is recorded through the
 * command handler, refused only where the story expects it, in that order; and every figure the
 * scenario reports under a name its source document states is the document's figure.
 */
export const recordedOnce = (
  run: (store: EventStore) => Promise<ScenarioResult>,
  story: { readonly refusals: readonly ExpectedRefusal[]; readonly stated: Stated },
): (() => ReturnType<typeof scenarioJson>) => {
  const json = printedOnce(run);
  const { refusals } = story;
  const expected = refusals.map(([type, code]) => `${type} refused with ${code}`).join(', ');
  const title =
    refusals.length === 0
      ? 'records the whole history without a refusal'
      : `records the history, refused only where the story expects: ${expected}`;
  it(title, () => {
    expect(json().run.unexpected).toEqual([]);
    expect(json().run.expectedRefusals.map((r) => [r.commandType, r.code])).toEqual(refusals);
  });
  it('reports each figure its source document states as the document states it', () => {
    const stated = valuesOf(story.stated);
    const reported = Object.keys(stated).filter((name) => name in json().figures);
    expect(reported).not.toEqual([]);
    expect(only(json().figures, reported)).toEqual(only(stated, reported));
  });
  return json;
};
