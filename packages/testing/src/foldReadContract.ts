import fc from 'fast-check';
import {
  canonicalJson,
  EventStore,
  FoldableEvent,
  NewEvent,
  ReadError,
  ReadStreamOptions,
  readStreamForFold,
  readStreamForFoldInPages,
} from '@council-partnerships/domain';
import { Expect, expectOf, TestRunner } from './runner';
import { ReadHarness, unwrap } from './contractSupport';
import { sampleEvent, sampleRegistry } from './sampleEvents';

/** Exactly the fields of a foldable event, whatever else the value carries. */
const foldableOf = (e: FoldableEvent): FoldableEvent => ({
  streamId: e.streamId,
  streamVersion: e.streamVersion,
  eventId: e.eventId,
  type: e.type,
  schemaVersion: e.schemaVersion,
  data: e.data,
  commandId: e.commandId,
});

/**
 * A fold that depends on every field a fold may read: the decoded (upcast) price where the sample
 * registry knows the type, the canonical data otherwise, and the command that recorded each event.
 * Two reads that fold to the same value here fold to the same state under any decider.
 */
const foldAll = (events: readonly FoldableEvent[]): string[] =>
  events.map((e) => {
    const decoded = e.type === 'PriceAgreed' ? sampleRegistry.decode(e) : null;
    const body =
      decoded === null
        ? canonicalJson(e.data)
        : decoded._tag === 'Right'
          ? `price ${decoded.right.data.pricePence}`
          : `refused ${decoded.left.code}`;
    return `${e.streamId}@${e.streamVersion} ${e.eventId} ${e.type} v${e.schemaVersion} ${e.commandId} ${body}`;
  });

/** Events of the kinds a stream holds: plain ones and a versioned type stored at v1 and v2. */
const anEvent: fc.Arbitrary<() => NewEvent> = fc.oneof(
  fc
    .record({ amountPence: fc.integer({ min: 0, max: 1_000_000 }), note: fc.string({ maxLength: 12 }) })
    .map((data) => () => sampleEvent({ data })),
  fc
    .integer({ min: 0, max: 99_999 })
    .map(
      (pence) => () =>
        sampleEvent({ type: 'PriceAgreed', schemaVersion: 1, data: { price: (pence / 100).toFixed(2) } }),
    ),
  fc
    .integer({ min: 0, max: 99_999 })
    .map(
      (pricePence) => () =>
        sampleEvent({ type: 'PriceAgreed', schemaVersion: 2, data: { pricePence, currency: 'GBP' } }),
    ),
);

let runs = 0;

/** Everything a paged read hands over: its pages, and the failure it ended with, if any. */
const pagesOf = async (store: EventStore, streamId: string, range?: ReadStreamOptions) => {
  const pages: (readonly FoldableEvent[])[] = [];
  let failure: ReadError | null = null;
  for await (const item of readStreamForFoldInPages(store, streamId, range)) {
    if (failure !== null) throw new Error('the paged read went on after its failure');
    if (item._tag === 'Left') failure = item.left;
    else pages.push(item.right);
  }
  return { pages, events: pages.flat(), failure };
};

/**
 * The lean read for folding (`readStreamForFold`), and the same read in pages
 * (`readStreamForFoldInPages`), against the full read of the same store: the same events in the same
 * order over any range, the same refusals, and the same state when folded.
 */
export const foldReadContract = (
  harnessOf: () => ReadHarness,
  runner: TestRunner,
  expect: Expect = expectOf(),
): void => {
  const { describe, it } = runner;

  describe('reading a stream for a fold', () => {
    it('gives what a fold needs of each event, as the full read has it, over any range', async () => {
      const { store } = harnessOf();
      const events = [
        ...Array.from({ length: 4 }, () => sampleEvent()),
        sampleEvent({ type: 'PriceAgreed', schemaVersion: 1, data: { price: '12.5' } }),
        sampleEvent({ causationId: 'cause-1', data: { nested: { list: [1, 'two', null] } } }),
      ];
      unwrap(await store.appendToStream('s', events, { expectedVersion: 'no_stream' }));
      for (const range of [
        undefined,
        { fromVersion: 2, toVersion: 4 },
        { fromVersion: 5 },
        { toVersion: 1 },
      ]) {
        const lean = unwrap(await readStreamForFold(store, 's', range));
        const full = unwrap(await store.readStream('s', range));
        expect(lean.map(foldableOf)).toEqual(full.map(foldableOf));
        const paged = await pagesOf(store, 's', range);
        expect(paged.failure).toBeNull();
        expect(paged.events.map(foldableOf)).toEqual(full.map(foldableOf));
        expect(paged.pages.every((page) => page.length > 0)).toBe(true);
      }
      expect(unwrap(await readStreamForFold(store, 's', { fromVersion: 7 }))).toEqual([]);
      expect(await pagesOf(store, 's', { fromVersion: 7 })).toEqual({ pages: [], events: [], failure: null });
    });

    it('read in pages, hands over a long stream in order, and a reader that stops early leaves the store as it was', async () => {
      const { store } = harnessOf();
      for (let batch = 0; batch < 5; batch++)
        unwrap(
          await store.appendToStream(
            'long',
            Array.from({ length: 500 }, (_, i) =>
              sampleEvent({ data: { line: batch * 500 + i, note: 'x'.repeat(200) } }),
            ),
            { expectedVersion: batch * 500 },
          ),
        );
      const paged = await pagesOf(store, 'long');
      expect(paged.failure).toBeNull();
      expect(paged.events.map((e) => e.streamVersion)).toEqual(Array.from({ length: 2500 }, (_, i) => i + 1));
      expect(paged.events.map(foldableOf)).toEqual(
        unwrap(await readStreamForFold(store, 'long')).map(foldableOf),
      );
      for (let stops = 0; stops < 3; stops++) {
        for await (const first of readStreamForFoldInPages(store, 'long', { fromVersion: 2 })) {
          expect(first._tag === 'Right' && first.right[0]?.streamVersion).toBe(2);
          break;
        }
      }
      unwrap(await store.appendToStream('long', [sampleEvent()], { expectedVersion: 2500 }));
      expect((await pagesOf(store, 'long', { fromVersion: 2400 })).events).toHaveLength(102);
    });

    it('answers StreamNotFound for a stream with no events, and refuses a bad range', async () => {
      const { store } = harnessOf();
      expect(await readStreamForFold(store, 'nobody')).toMatchObject({
        _tag: 'Left',
        left: { code: 'StreamNotFound', streamId: 'nobody' },
      });
      expect(await readStreamForFold(store, 's', { fromVersion: 0 })).toMatchObject({
        _tag: 'Left',
        left: { code: 'InvalidInput' },
      });
      expect(await pagesOf(store, 'nobody')).toMatchObject({
        pages: [],
        failure: { code: 'StreamNotFound', streamId: 'nobody' },
      });
      expect(await pagesOf(store, 's', { fromVersion: 0 })).toMatchObject({
        pages: [],
        failure: { code: 'InvalidInput' },
      });
    });

    it('reports a damaged row as CorruptEvent naming stream, version and event id', async () => {
      const harness = harnessOf();
      if (harness.corruptEvent === undefined) {
        console.warn('skipped the corrupt-row fold read: the harness cannot reach stored rows directly');
        return;
      }
      const events = Array.from({ length: 3 }, () => sampleEvent());
      unwrap(await harness.store.appendToStream('s', events, { expectedVersion: 'no_stream' }));
      await harness.corruptEvent('s', 2);
      expect(await readStreamForFold(harness.store, 's')).toMatchObject({
        _tag: 'Left',
        left: { code: 'CorruptEvent', streamId: 's', streamVersion: 2, eventId: events[1]!.eventId },
      });
      // Read in pages, the events before it may come first; nothing after it does.
      const paged = await pagesOf(harness.store, 's');
      expect(paged.failure).toMatchObject({
        code: 'CorruptEvent',
        streamVersion: 2,
        eventId: events[1]!.eventId,
      });
      expect(paged.events.map((e) => e.streamVersion)).toEqual(paged.events.length === 0 ? [] : [1]);
    });

    it('folds to the same state as the full read, for any appends to any streams', async () => {
      const { store } = harnessOf();
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.record({
              stream: fc.nat({ max: 2 }),
              events: fc.array(anEvent, { minLength: 1, maxLength: 4 }),
            }),
            {
              minLength: 1,
              maxLength: 6,
            },
          ),
          fc.nat({ max: 8 }),
          async (appends, from) => {
            runs += 1;
            const streams = new Map<string, number>();
            for (const append of appends) {
              const streamId = `fold-${runs}-${append.stream}`;
              const version = streams.get(streamId) ?? 0;
              const batch = append.events.map((make) => make());
              unwrap(await store.appendToStream(streamId, batch, { expectedVersion: version }));
              streams.set(streamId, version + batch.length);
            }
            for (const streamId of streams.keys()) {
              const range = { fromVersion: from + 1 };
              const lean = unwrap(await readStreamForFold(store, streamId, range));
              const full = unwrap(await store.readStream(streamId, range));
              expect(foldAll(lean)).toEqual(foldAll(full));
              const paged = await pagesOf(store, streamId, range);
              expect(paged.failure).toBeNull();
              expect(foldAll(paged.events)).toEqual(foldAll(full));
            }
          },
        ),
        { numRuns: 15 },
      );
    });
  });
};
