import { left, right } from 'fp-ts/Either';
import { createInMemoryEventStore, InMemoryEventStore } from '@council-partnerships/adapters';
import { RecordedEvent } from '../eventstore/envelope';
import { storeUnavailable } from '../eventstore/errors';
import { hashEvent } from '../eventstore/hashChain';
import { EventStore } from '../eventstore/port';
import { rewriteRow, sampleEvents, swapStreamVersions } from '@council-partnerships/testing';
import { VerifyProgress, verifyStore } from './verifyStore';

const given = async (streams: Record<string, number>): Promise<InMemoryEventStore> => {
  const store = createInMemoryEventStore({ clock: () => new Date('2024-04-01T08:00:00Z') });
  for (const [streamId, count] of Object.entries(streams)) {
    const appended = await store.appendToStream(streamId, sampleEvents(count), {
      expectedVersion: 'no_stream',
    });
    if (appended._tag === 'Left') throw new Error(appended.left.message);
  }
  return store;
};

/** What a reader sees after someone deleted or inserted rows in the events table of one stream. */
const withRowsEdited = (
  store: EventStore,
  streamId: string,
  edit: (rows: readonly RecordedEvent[]) => RecordedEvent[],
): EventStore => ({
  ...store,
  readStream: async (id, options) => {
    const read = await store.readStream(id, options);
    return id !== streamId || read._tag === 'Left' ? read : { ...read, right: edit(read.right) };
  },
});

const found = async (store: EventStore) => {
  const report = await verifyStore(store);
  if (report._tag === 'Left') throw new Error(report.left.message);
  return report.right;
};
const kinds = async (store: EventStore) =>
  (await found(store)).problems.map((p) => [p.kind, p.streamId, p.streamVersion]);

describe('verifying every stream in a store', () => {
  it('given an untouched store, then it is intact and says how much it checked', async () => {
    const report = await found(await given({ 'partnership-a': 5, 'partnership-b': 3 }));
    expect(report).toMatchObject({ intact: true, streamsChecked: 2, eventsChecked: 8, problems: [] });
    expect(Object.keys(report.heads)).toEqual(['partnership-a', 'partnership-b']);
    expect(report.heads['partnership-a']?.version).toBe(5);
  });

  it('given a row whose data was edited in the table, then that event is altered', async () => {
    const store = await given({ 'partnership-a': 5, 'partnership-b': 3 });
    store.tamperWithRow('partnership-a', 2, (json) =>
      json.replace('"amountPence":1234', '"amountPence":4321'),
    );
    expect(await kinds(store)).toEqual([['altered-event', 'partnership-a', 2]]);
    expect((await found(store)).problemCounts['altered-event']).toBe(1);
  });

  it('given a row rewritten with its hash recomputed, then that event is altered', async () => {
    const store = await given({ 'partnership-a': 5 });
    store.tamperWithRow(
      'partnership-a',
      3,
      rewriteRow((row) => {
        const edited = { ...row, data: { amountPence: 1, note: 'sample' } } as unknown as RecordedEvent;
        return { ...edited, hash: hashEvent(edited) };
      }),
    );
    expect(await kinds(store)).toEqual([['altered-event', 'partnership-a', 3]]);
  });

  it('given two rows whose versions were swapped, then the events are reordered', async () => {
    const store = await given({ 'partnership-a': 5 });
    swapStreamVersions(store, 'partnership-a', 2, 4);
    expect(await kinds(store)).toEqual([['reordered-events', 'partnership-a', 2]]);
  });

  it('given a deleted row, then the event is reported deleted', async () => {
    const store = withRowsEdited(await given({ 'partnership-a': 5 }), 'partnership-a', (rows) =>
      rows.filter((r) => r.streamVersion !== 2),
    );
    expect(await kinds(store)).toEqual([['deleted-event', 'partnership-a', 2]]);
  });

  it('given a stream whose first row was deleted, so the store no longer lists it, then it is still verified', async () => {
    const store = await given({ 'partnership-a': 2, 'partnership-b': 3 });
    const firstRowGone: EventStore = {
      ...withRowsEdited(store, 'partnership-b', (rows) => rows.filter((r) => r.streamVersion !== 1)),
      listStreams: () => Promise.resolve(right(['partnership-a'])),
    };
    expect(await kinds(firstRowGone)).toEqual([['deleted-event', 'partnership-b', 1]]);
  });

  it('given an unlisted stream and, later in the log, an unreadable row, then the stream is still found and the limit is stated', async () => {
    const store = await given({ 'partnership-a': 2, 'partnership-b': 3, 'partnership-c': 2 });
    store.tamperWithRow('partnership-c', 1, (json) => json.slice(0, -3));
    const firstRowGone: EventStore = {
      ...withRowsEdited(store, 'partnership-b', (rows) => rows.filter((r) => r.streamVersion !== 1)),
      listStreams: () => Promise.resolve(right(['partnership-a', 'partnership-c'])),
    };
    const report = await found(firstRowGone);
    expect(report.problems.map((p) => [p.kind, p.streamId, p.streamVersion])).toEqual([
      ['corrupt-row', 'partnership-c', 1],
      ['deleted-event', 'partnership-b', 1],
    ]);
    expect(report.warnings).toEqual([
      expect.stringMatching(/could not be read past the unreadable row of stream partnership-c/),
    ]);
  });

  it('given a forged row inserted with the later rows renumbered, then the event is reported inserted', async () => {
    const store = withRowsEdited(await given({ 'partnership-a': 5 }), 'partnership-a', (rows) => {
      const { hash: _hash, ...copy } = rows[1]!;
      const forged = {
        ...copy,
        eventId: 'forged',
        data: { amountPence: 99 },
        streamVersion: 3,
        previousHash: rows[1]!.hash,
      };
      return [
        ...rows.map((r) => (r.streamVersion >= 3 ? { ...r, streamVersion: r.streamVersion + 1 } : r)),
        { ...forged, hash: hashEvent(forged) },
      ];
    });
    const report = await found(store);
    expect(report.problems).toMatchObject([{ kind: 'inserted-event', streamVersion: 3, eventId: 'forged' }]);
  });

  it('given a row the store cannot read, then it is a corrupt-row finding and the other streams are still verified', async () => {
    const store = await given({ 'partnership-a': 3, 'partnership-b': 2 });
    store.tamperWithRow('partnership-a', 2, (json) => json.slice(0, -3));
    const report = await found(store);
    expect(report.intact).toBe(false);
    expect(report.problems).toMatchObject([
      { kind: 'corrupt-row', streamId: 'partnership-a', streamVersion: 2 },
    ]);
    expect(report.eventsChecked).toBe(2);
    expect(report.heads['partnership-b']).toMatchObject({ version: 2 });
    expect(Object.keys(report.heads)).toEqual(['partnership-b']);
  });

  it('given a store that cannot be reached, then verification fails with the store error', async () => {
    const store = await given({ 'partnership-a': 1 });
    const unreachable = {
      ...store,
      listStreams: () => Promise.resolve(left(storeUnavailable(new Error('connection refused')))),
    };
    const report = await verifyStore(unreachable);
    expect(report).toMatchObject({ _tag: 'Left', left: { code: 'StoreUnavailable' } });
  });

  it('reports progress after every stream', async () => {
    const seen: VerifyProgress[] = [];
    await verifyStore(await given({ a: 2, b: 3 }), { onProgress: (p) => seen.push(p) });
    expect(seen).toEqual([
      { streamsDone: 1, streamsTotal: 2, eventsChecked: 2, streamId: 'a' },
      { streamsDone: 2, streamsTotal: 2, eventsChecked: 5, streamId: 'b' },
    ]);
  });

  describe('given heads exported at an earlier audit', () => {
    it('when the stream has only grown since, then it is intact', async () => {
      const store = await given({ 'partnership-a': 3 });
      const anchor = (await found(store)).heads;
      await store.appendToStream('partnership-a', sampleEvents(2), { expectedVersion: 3 });
      const report = await verifyStore(store, { anchor });
      expect(report).toMatchObject({ _tag: 'Right', right: { intact: true, anchorChecked: true } });
    });

    it('when the tail was cut off, which the chain alone cannot show, then the stream is truncated', async () => {
      const store = await given({ 'partnership-a': 5, 'partnership-b': 1 });
      const anchor = (await found(store)).heads;
      const truncated = withRowsEdited(store, 'partnership-a', (rows) => rows.slice(0, 3));
      expect(await kinds(truncated)).toEqual([]);
      const report = await verifyStore(truncated, { anchor });
      expect(report).toMatchObject({
        _tag: 'Right',
        right: { problems: [{ kind: 'truncated-stream', streamId: 'partnership-a', streamVersion: 5 }] },
      });
    });

    it('when the last event was rewritten with a recomputed hash, then the stream is rewritten', async () => {
      const store = await given({ 'partnership-a': 2 });
      const anchor = (await found(store)).heads;
      store.tamperWithRow(
        'partnership-a',
        2,
        rewriteRow((row) => {
          const edited = { ...row, data: { amountPence: 1 } } as unknown as RecordedEvent;
          return { ...edited, hash: hashEvent(edited) };
        }),
      );
      const report = await verifyStore(store, { anchor });
      expect(report).toMatchObject({
        _tag: 'Right',
        right: { problems: [{ kind: 'rewritten-stream', streamId: 'partnership-a', streamVersion: 2 }] },
      });
    });

    it('when a whole stream is gone, then it is missing', async () => {
      const report = await verifyStore(await given({ b: 1 }), {
        anchor: { a: { version: 4, hash: 'c'.repeat(64) } },
      });
      expect(report).toMatchObject({
        _tag: 'Right',
        right: { problems: [{ kind: 'missing-stream', streamId: 'a' }] },
      });
    });
  });
});
