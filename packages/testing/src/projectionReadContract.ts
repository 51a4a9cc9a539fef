import fc from 'fast-check';
import {
  EventStore,
  GlobalLogPage,
  LoggedEvent,
  NewEvent,
  readAllForProjection,
} from '@council-partnerships/domain';
import { Expect, expectOf, TestRunner } from './runner';
import { ReadHarness, unwrap } from './contractSupport';
import { sampleEvent } from './sampleEvents';

/** Exactly the fields of a logged event, whatever else the value carries. */
const loggedOf = (e: LoggedEvent): LoggedEvent => ({
  globalPosition: e.globalPosition,
  streamId: e.streamId,
  streamVersion: e.streamVersion,
  eventId: e.eventId,
  type: e.type,
  schemaVersion: e.schemaVersion,
  data: e.data,
  occurredAt: e.occurredAt,
  recordedAt: e.recordedAt,
  actor: e.actor,
});

type Read = (after: string | null, limit: number) => ReturnType<typeof readAllForProjection>;

/** Every page of the log from the start, as `read` hands them out: events, checkpoint, end of log. */
const allPages = async (read: Read, limit: number) => {
  const pages: { events: LoggedEvent[]; checkpoint: string | null; isEndOfLog: boolean }[] = [];
  let after: string | null = null;
  for (;;) {
    const page: GlobalLogPage<LoggedEvent> = unwrap(await read(after, limit));
    pages.push({
      events: page.events.map(loggedOf),
      checkpoint: page.checkpoint,
      isEndOfLog: page.isEndOfLog,
    });
    if (page.isEndOfLog || page.events.length === 0) return pages;
    after = page.checkpoint;
  }
};

/** Events from several people, times and shapes of data, so that every lean field varies. */
const anEvent: fc.Arbitrary<() => NewEvent> = fc
  .record({
    amountPence: fc.integer({ min: 0, max: 1_000_000 }),
    actor: fc.constantFrom(
      { id: 'officer-1', role: 'contract-manager' },
      { id: 'partner-2', role: 'provider', organisation: 'Partner Ltd', name: 'A. Partner' },
    ),
    occurredAt: fc.constantFrom('2025-04-01T09:00:00.000Z', '2025-10-26T01:30:00+01:00'),
  })
  .map(
    ({ amountPence, actor, occurredAt }) =>
      () =>
        sampleEvent({ data: { amountPence, nested: [amountPence % 7, null] }, actor, occurredAt }),
  );

let runs = 0;

/**
 * The lean read of the global log for read models (`readAllForProjection`) against the full read of
 * the same store: the same pages, checkpoints and end of log, and in each event exactly what the full
 * read has in the fields a read model reads; the same refusals; a damaged row reported the same way.
 */
export const projectionReadContract = (
  harnessOf: () => ReadHarness,
  runner: TestRunner,
  expect: Expect = expectOf(),
): void => {
  const { describe, it } = runner;
  const lean =
    (store: EventStore): Read =>
    (after, limit) =>
      readAllForProjection(store, { after, limit });
  const full =
    (store: EventStore): Read =>
    (after, limit) =>
      store.readAll({ after, limit });

  describe('reading the log for read models', () => {
    it('gives the pages the full read gives, with what a read model needs of each event', async () => {
      const { store } = harnessOf();
      unwrap(
        await store.appendToStream('a', [sampleEvent(), sampleEvent()], { expectedVersion: 'no_stream' }),
      );
      unwrap(
        await store.appendToStream('b', [sampleEvent({ causationId: 'cause-1' })], {
          expectedVersion: 'no_stream',
        }),
      );
      unwrap(await store.appendToStream('a', [sampleEvent()], { expectedVersion: 2 }));
      for (const limit of [1, 2, 3, 1000]) {
        const pages = await allPages(lean(store), limit);
        expect(pages).toEqual(await allPages(full(store), limit));
        expect(pages.flatMap((p) => p.events.map((e) => `${e.streamId}@${e.streamVersion}`))).toEqual([
          'a@1',
          'a@2',
          'b@1',
          'a@3',
        ]);
      }
    });

    it('refuses a checkpoint it did not issue and a bad page size, as the full read does', async () => {
      const { store } = harnessOf();
      for (const options of [{ after: 'not-a-checkpoint' }, { limit: 0 }]) {
        const refused = await readAllForProjection(store, options);
        expect(refused).toMatchObject({ _tag: 'Left', left: { code: 'InvalidInput' } });
        expect(refused).toEqual(await store.readAll(options));
      }
    });

    it('reports a damaged row as CorruptEvent naming stream, version and event id', async () => {
      const harness = harnessOf();
      if (harness.corruptEvent === undefined) {
        console.warn('skipped the corrupt-row log read: the harness cannot reach stored rows directly');
        return;
      }
      const events = Array.from({ length: 3 }, () => sampleEvent());
      unwrap(await harness.store.appendToStream('s', events, { expectedVersion: 'no_stream' }));
      await harness.corruptEvent('s', 2);
      expect(await readAllForProjection(harness.store)).toMatchObject({
        _tag: 'Left',
        left: { code: 'CorruptEvent', streamId: 's', streamVersion: 2, eventId: events[1]!.eventId },
      });
    });

    it('pages alike for any appends to any streams, at any page size', async () => {
      const { store } = harnessOf();
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.record({
              stream: fc.nat({ max: 2 }),
              events: fc.array(anEvent, { minLength: 1, maxLength: 4 }),
            }),
            { minLength: 1, maxLength: 5 },
          ),
          fc.integer({ min: 2, max: 7 }),
          async (appends, limit) => {
            runs += 1;
            for (const append of appends) {
              const batch = append.events.map((make) => make());
              unwrap(
                await store.appendToStream(`log-${runs}-${append.stream}`, batch, { expectedVersion: 'any' }),
              );
            }
            expect(await allPages(lean(store), limit)).toEqual(await allPages(full(store), limit));
          },
        ),
        { numRuns: 10 },
      );
    });
  });
};
