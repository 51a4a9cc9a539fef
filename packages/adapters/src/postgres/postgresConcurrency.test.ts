import { EventStore, forEachPage, RecordedEvent } from '@council-partnerships/domain';
import { sampleEvents } from '@council-partnerships/testing';
import { PostgresEventStore } from './postgresEventStore';
import { describePostgres, dropSchema, freshSchemaName, openTestStore } from './postgresTestSupport';

const describeIf = describePostgres();
const writers = 16;

/** Reads the stream, appends after its last version, and tries again whenever another writer got in first. */
const appendWithRetry = async (store: EventStore, streamId: string, count: number): Promise<string[]> => {
  for (;;) {
    const read = await store.readStream(streamId);
    const version = read._tag === 'Right' ? (read.right[read.right.length - 1]?.streamVersion ?? 0) : 0;
    const result = await store.appendToStream(streamId, sampleEvents(count), { expectedVersion: version });
    if (result._tag === 'Right') return result.right.events.map((e) => e.eventId);
    if (result.left.code !== 'ConcurrencyConflict') throw new Error(JSON.stringify(result.left));
  }
};

const wholeLog = async (store: EventStore): Promise<RecordedEvent[]> => {
  const all: RecordedEvent[] = [];
  const done = await forEachPage(store, (events) => void all.push(...events), { pageSize: 50 });
  if (done._tag === 'Left') throw new Error(JSON.stringify(done.left));
  return all;
};

const expectContiguous = (events: readonly RecordedEvent[]) => {
  const byStream = new Map<string, number[]>();
  for (const e of events) byStream.set(e.streamId, [...(byStream.get(e.streamId) ?? []), e.streamVersion]);
  for (const versions of byStream.values()) {
    expect(versions).toEqual(Array.from({ length: versions.length }, (_, i) => i + 1));
  }
};

/** Sixteen writers, each with its own store and connections, as sixteen processes would be. */
describeIf(`PostgreSQL with ${writers} writers on separate connections`, () => {
  let schema: string;
  let stores: PostgresEventStore[];

  beforeEach(async () => {
    schema = freshSchemaName('race');
    stores = Array.from({ length: writers }, () => openTestStore(schema, { poolSize: 1 }));
    await stores[0]!.migrate();
  });
  afterEach(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await dropSchema(schema);
  });

  it('racing on one stream: every event lands exactly once, versions contiguous, global log complete', async () => {
    const written = (
      await Promise.all(
        stores.map(async (store) => {
          const ids: string[] = [];
          for (let i = 0; i < 5; i++) ids.push(...(await appendWithRetry(store, 'hot', 1 + (i % 2))));
          return ids;
        }),
      )
    ).flat();
    const stream = await stores[0]!.readStream('hot');
    if (stream._tag === 'Left') throw new Error('unexpected');
    expect(stream.right.map((e) => e.streamVersion)).toEqual(
      Array.from({ length: written.length }, (_, i) => i + 1),
    );
    expect(stream.right.map((e) => e.eventId).sort()).toEqual([...written].sort());
    stream.right.forEach((e, i) => expect(e.previousHash).toBe(i === 0 ? null : stream.right[i - 1]!.hash));
    const log = await wholeLog(stores[1]!);
    expect(log.map((e) => e.eventId).sort()).toEqual([...written].sort());
  });

  it('racing on many streams: every event lands exactly once, versions contiguous, global log complete', async () => {
    const written = (
      await Promise.all(
        stores.map(async (store, w) => {
          const ids: string[] = [];
          for (let i = 0; i < 8; i++)
            ids.push(...(await appendWithRetry(store, `partnership-${(w + i) % 6}`, 1 + (i % 3))));
          return ids;
        }),
      )
    ).flat();
    const log = await wholeLog(stores[2]!);
    expect(log).toHaveLength(written.length);
    expect(log.map((e) => e.eventId).sort()).toEqual([...written].sort());
    expect(new Set(log.map((e) => e.globalPosition)).size).toBe(written.length);
    expectContiguous(log);
  });
});
