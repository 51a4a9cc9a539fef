import * as fc from 'fast-check';
import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { RecordedEvent } from '@council-partnerships/domain';
import { createAsyncProjection } from '../async';
import { createInMemoryCheckpointStore } from '../checkpoint/memory';
import { contractValueProjection } from '../contractValue/projection';
import { contractValueOf } from '../contractValue/view';
import { registerProjection } from '../register/projection';
import { readAsOf } from '../readAsOf';
import { rebuildProjection } from '../rebuild';
import { testEventId } from '@council-partnerships/testing';
import { countyDurham, recordSeeds, stockton } from '@council-partnerships/seeds';

/** The whole history once, so each property run only re-reads it. */
const recorded = (async () => {
  const store = createInMemoryEventStore();
  const appends: RecordedEvent[][] = [];
  await recordSeeds(store, [stockton, countyDurham], {
    newEventId: testEventId,
    onRecorded: (events) => appends.push([...events]),
  });
  return { store, appends };
})();

describe('the partnership read models, whatever the reading pattern', () => {
  it('end where a rebuild ends when a worker stops after any page and restarts, at any page size', async () => {
    const { store } = await recorded;
    const rebuilt = await rebuildProjection(store, registerProjection);
    if (rebuilt._tag === 'Left') throw new Error(rebuilt.left.message);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 60 }),
        async (pageSize, stopAfter) => {
          const checkpoints = createInMemoryCheckpointStore();
          // A store that shows only the first `stopAfter` events, as if the worker stopped there.
          const partial = {
            ...store,
            readAll: async (options?: Parameters<typeof store.readAll>[0]) => {
              const page = await store.readAll(options);
              if (page._tag === 'Left') return page;
              const events = page.right.events.filter((e) => e.globalPosition <= stopAfter);
              const last = events[events.length - 1];
              return {
                _tag: 'Right' as const,
                right: {
                  events,
                  checkpoint: last ? String(last.globalPosition) : (options?.after ?? null),
                  isEndOfLog: events.length < page.right.events.length || page.right.isEndOfLog,
                },
              };
            },
          };
          await createAsyncProjection({
            store: partial,
            projection: registerProjection,
            checkpoints,
            pageSize,
          }).catchUp();
          const resumed = await createAsyncProjection({
            store,
            projection: registerProjection,
            checkpoints,
            pageSize,
          }).catchUp();
          expect(resumed).toMatchObject({ right: { state: rebuilt.right.state } });
        },
      ),
      { numRuns: 25 },
    );
  });

  it('answer "as of" any day with exactly the history known by then', async () => {
    const { store, appends } = await recorded;
    const days = appends.flat().map((e) => e.occurredAt.slice(0, 10));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...days), async (businessDate) => {
        const answer = await readAsOf(store, contractValueProjection, { businessDate }, (state, today) =>
          contractValueOf(state, stockton.partnershipId, today ? { today } : {}),
        );
        const known = appends.filter((events) =>
          events.every((e) => e.occurredAt.slice(0, 10) <= businessDate),
        );
        const signedModules = known
          .flat()
          .filter((e) => e.type === 'ServiceContractSigned' && e.streamId.includes('stockton')).length;
        expect(answer._tag).toBe('Right');
        if (answer._tag === 'Right')
          expect(answer.right?.contracts.filter((c) => c.tier === 2).length ?? 0).toBe(signedModules);
      }),
      { numRuns: 30 },
    );
  });
});
