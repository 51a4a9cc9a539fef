import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { EventStore, PARTNERSHIP_COMMAND_TYPES } from '@council-partnerships/domain';
import { rebuildProjection } from '@council-partnerships/projections';
import { scenarios } from '../scenarios';
import { runSteps } from '../support/run';
import { handlerFor, Step } from '@council-partnerships/seeds';
import { READ_MODELS } from './fuzz';
import { builtInsSnapshot, idsOfScript, PROTOTYPE_NAMES, renameIds } from './renameIds';

const run = async (
  definition: (typeof scenarios)[number],
  steps: readonly Step[],
): Promise<{ store: EventStore; recorded: number; unexpected: unknown[] }> => {
  const store = createInMemoryEventStore();
  const handle = handlerFor(store, definition);
  const outcome = await runSteps(handle, steps);
  return { store, recorded: outcome.eventsRecorded, unexpected: [...outcome.unexpected] };
};

const rebuildAll = async (store: EventStore): Promise<string[]> => {
  const failures: string[] = [];
  for (const projection of READ_MODELS) {
    const rebuilt = await rebuildProjection(store, projection as Parameters<typeof rebuildProjection>[1]);
    if (rebuilt._tag === 'Left') failures.push(`${projection.name}: ${rebuilt.left.message}`);
  }
  return failures;
};

describe('ids named like members of Object.prototype', () => {
  // The seed scenarios never cancel a procurement, exercise an extension, reject an expansion,
  // terminate or record a notice's publication: those are sent with prototype-named ids by the fuzz
  // suite only.
  it('the seed scenarios between them send every command type but seven', () => {
    const sent = new Set(scenarios.flatMap((s) => s.script().map((step) => step.command.type)));
    expect(PARTNERSHIP_COMMAND_TYPES.filter((type) => !sent.has(type))).toEqual([
      'CancelProcurement',
      'ExerciseExtensionOption',
      'RejectModuleExpansion',
      'RecordTermination',
      'RecordNoticePublication',
      'CorrectPerformanceReturn',
      'CorrectExpenditureClaim',
      'CorrectKpiDefinition',
      'CorrectContractDates',
    ]);
  });

  describe.each(scenarios.map((s) => [s.key, s] as const))('%s', (_key, definition) => {
    const steps = definition.script();
    const ids = idsOfScript(steps);
    // Every id of the script takes each of the five names in turn, five ids per run.
    const batches = Array.from({ length: Math.ceil(ids.length / PROTOTYPE_NAMES.length) }, (_, i) =>
      ids.slice(i * PROTOTYPE_NAMES.length, (i + 1) * PROTOTYPE_NAMES.length),
    );

    it('given every id renamed in turn to __proto__, constructor, toString, hasOwnProperty and valueOf, when the script is sent and every read model rebuilt, then the same commands are recorded and the built-ins are unchanged', async () => {
      const baseline = await run(definition, steps);
      expect(baseline.unexpected).toEqual([]);
      const before = builtInsSnapshot();
      for (const [b, batch] of batches.entries()) {
        const names = new Map(
          batch.map((id, i) => [id, PROTOTYPE_NAMES[(i + b) % PROTOTYPE_NAMES.length] as string]),
        );
        const renamed = await run(definition, renameIds(steps, names));
        expect({ batch, unexpected: renamed.unexpected }).toEqual({ batch, unexpected: [] });
        expect(renamed.recorded).toBe(baseline.recorded);
        expect(await rebuildAll(renamed.store)).toEqual([]);
        expect(builtInsSnapshot()).toEqual(before);
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
      }
    });
  });
});
