import * as fc from 'fast-check';
import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { createInlineProjection } from './inline';
import { rebuildProjection } from './rebuild';
import { ledgerEvent, ledgerProjection, manualClock } from './testing/sampleLedger';
import { foldRecorded } from './projection';
import { RecordedEvent } from '@council-partnerships/domain';

const entry = fc.record({
  stream: fc.constantFrom('a', 'b', 'c'),
  type: fc.constantFrom('GrantPaid' as const, 'GrantRecovered' as const, 'SomethingElse' as const),
  amount: fc.integer({ min: 0, max: 10_000_000 }),
  batch: fc.integer({ min: 1, max: 3 }),
  day: fc.integer({ min: 0, max: 60 }),
});

/** Appends the entries (in batches of 1-3 events per append) and returns each append's events. */
type Entry = typeof entry extends fc.Arbitrary<infer A> ? A : never;

const record = async (entries: Entry[]) => {
  const time = manualClock('2024-03-01T12:00:00.000Z');
  const store = createInMemoryEventStore({ clock: time.clock });
  const appends: RecordedEvent[][] = [];
  for (let i = 0; i < entries.length;) {
    const head = entries[i]!;
    const batch = entries.slice(i, i + head.batch).filter((e) => e.stream === head.stream);
    const occurredAt = new Date(Date.UTC(2024, 2, 1 + head.day, 10)).toISOString();
    time.set(new Date(Date.UTC(2024, 2, 1 + head.day + (i % 7), 12)).toISOString());
    const result = await store.appendToStream(
      head.stream,
      batch.map((e) => ledgerEvent(e.type, e.amount, occurredAt)),
      { expectedVersion: 'any' },
    );
    if (result._tag === 'Left') throw new Error(result.left.message);
    appends.push([...result.right.events]);
    i += batch.length;
  }
  return { store, appends };
};

describe('folding is independent of how the log is read', () => {
  it('gives the same state whatever the page size, as folding every event at once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(entry, { maxLength: 40 }),
        fc.integer({ min: 1, max: 50 }),
        async (entries, size) => {
          const { store, appends } = await record(entries);
          const allAtOnce = foldRecorded(ledgerProjection, ledgerProjection.initial(), appends.flat());
          const paged = await rebuildProjection(store, ledgerProjection, { pageSize: size });
          expect(paged).toMatchObject({
            right: { state: allAtOnce._tag === 'Right' && allAtOnce.right.state },
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives the same state inline (with retried appends) as rebuilt from zero', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(entry, { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        async (entries, retries) => {
          const { store, appends } = await record(entries);
          const live = createInlineProjection(ledgerProjection);
          appends.forEach((events, i) => {
            live.projectAppended(events);
            if (retries.includes(i)) live.projectAppended(events);
          });
          const rebuilt = await rebuildProjection(store, ledgerProjection, { pageSize: 7 });
          expect(rebuilt).toMatchObject({ right: { state: live.state() } });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('answers as of any business date and record time with the events visible then', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(entry, { maxLength: 30 }),
        fc.integer({ min: 0, max: 70 }),
        fc.integer({ min: 0, max: 70 }),
        async (entries, businessDay, recordedDay) => {
          const { store, appends } = await record(entries);
          const businessDate = new Date(Date.UTC(2024, 2, 1 + businessDay)).toISOString().slice(0, 10);
          const recordedBy = new Date(Date.UTC(2024, 2, 1 + recordedDay, 12)).toISOString();
          const visible = appends
            .flat()
            .filter((e) => e.recordedAt <= recordedBy && e.occurredAt.slice(0, 10) <= businessDate);
          const expected = foldRecorded(ledgerProjection, ledgerProjection.initial(), visible);
          const folded = await rebuildProjection(store, ledgerProjection, {
            pageSize: 5,
            asOf: { businessDate, recordedBy },
          });
          expect(folded).toMatchObject({
            right: { state: expected._tag === 'Right' && expected.right.state },
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
