import { Client } from 'pg';
import { RecordedEvent } from '@council-partnerships/domain';
import { sampleEvents } from '@council-partnerships/testing';
import { PostgresEventStore, PostgresEventStoreOptions } from './postgresEventStore';
import {
  describePostgres,
  dropSchema,
  freshSchemaName,
  openTestStore,
  postgresTestUrl,
} from './postgresTestSupport';

const describeIf = describePostgres();

/**
 * The global log when transactions commit out of order. A transaction that took its position first but
 * commits last must still be read, after the one that committed before it: readers stop below the
 * oldest transaction in flight, so the later event is held back (not shown, not skipped) until then.
 */
describeIf('PostgreSQL global log with transactions committing out of order', () => {
  const schema = freshSchemaName('gap');
  const stores: PostgresEventStore[] = [];
  const open = (extra: Partial<PostgresEventStoreOptions> = {}): PostgresEventStore => {
    const store = openTestStore(schema, extra);
    stores.push(store);
    return store;
  };
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await dropSchema(schema);
  });

  /** A store whose appends to `slow-*` streams stay uncommitted until the test lets them go. */
  const holdingStore = () => {
    let written: () => void = () => undefined;
    let release: () => void = () => undefined;
    const isWritten = new Promise<void>((resolve) => (written = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const store = open({
      beforeCommit: async ({ streamId }) => {
        if (!streamId.startsWith('slow')) return;
        written();
        await released;
      },
    });
    return { store, isWritten, release };
  };

  const unwrap = <A>(result: { _tag: 'Left'; left: unknown } | { _tag: 'Right'; right: A }): A => {
    if (result._tag === 'Left') throw new Error(JSON.stringify(result.left));
    return result.right;
  };
  const label = (events: readonly RecordedEvent[]) => events.map((e) => e.streamId);

  it('holds back an event committed behind an open transaction, then reads both in order with no skip', async () => {
    const writer = open();
    const reader = open({ visibilityWaitMs: 0 });
    unwrap(await writer.appendToStream('early', sampleEvents(1), { expectedVersion: 'no_stream' }));
    const start = unwrap(await open({ visibilityWaitMs: 5000 }).readAll());
    expect(label(start.events)).toEqual(['early']);

    const holding = holdingStore();
    const slow = holding.store.appendToStream('slow-1', sampleEvents(1), { expectedVersion: 'no_stream' });
    await holding.isWritten;
    const fast = unwrap(
      await writer.appendToStream('fast-1', sampleEvents(1), { expectedVersion: 'no_stream' }),
    );

    // The later append is committed: its own stream shows it at once.
    expect(unwrap(await reader.readStream('fast-1')).map((e) => e.eventId)).toEqual([
      fast.events[0]!.eventId,
    ]);
    // The global log does not, because an older transaction is still open: it is held back, not skipped.
    const during = unwrap(await reader.readAll({ after: start.checkpoint }));
    expect(during).toEqual({ events: [], checkpoint: start.checkpoint, isEndOfLog: false });

    // A reader ordering by position alone would already have passed the slow event's place.
    const client = new Client({ connectionString: postgresTestUrl });
    await client.connect();
    const naive = await client.query<{ stream_id: string }>(
      `SELECT stream_id FROM "${schema}".events ORDER BY position`,
    );
    await client.end();
    expect(naive.rows.map((r) => r.stream_id)).toEqual(['early', 'fast-1']);

    holding.release();
    const slowResult = unwrap(await slow);
    expect(slowResult.events[0]!.globalPosition).toBeLessThan(fast.events[0]!.globalPosition);

    const after = unwrap(await open({ visibilityWaitMs: 5000 }).readAll({ after: during.checkpoint }));
    expect(label(after.events)).toEqual(['slow-1', 'fast-1']);
    expect(after.isEndOfLog).toBe(true);
  });

  it('lets a waiting reader return as soon as the open transaction commits', async () => {
    const writer = open();
    const waitingReader = open({ visibilityWaitMs: 10_000 });
    const start = unwrap(await waitingReader.readAll({ limit: 100_000 }));
    const holding = holdingStore();
    const slow = holding.store.appendToStream('slow-2', sampleEvents(1), { expectedVersion: 'no_stream' });
    await holding.isWritten;
    unwrap(await writer.appendToStream('fast-2', sampleEvents(2), { expectedVersion: 'no_stream' }));

    const reading = waitingReader.readAll({ after: start.checkpoint });
    setTimeout(() => holding.release(), 150);
    const page = unwrap(await reading);
    unwrap(await slow);
    expect(label(page.events)).toEqual(['slow-2', 'fast-2', 'fast-2']);
  });

  it('never skips an event while 8 writers commit in random order under a tailing reader', async () => {
    const reader = open({ visibilityWaitMs: 20 });
    const start = unwrap(await open({ visibilityWaitMs: 5000 }).readAll({ limit: 100_000 }));
    const writers = Array.from({ length: 8 }, (_, w) =>
      open({
        poolSize: 2,
        // Random delays before COMMIT shuffle the commit order against the order positions were taken in.
        beforeCommit: () => new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 15 + w))),
      }),
    );
    const seen: RecordedEvent[] = [];
    let checkpoint = start.checkpoint;
    let writing = true;
    const tail = (async () => {
      for (;;) {
        // Only a read that began after the last append returned can prove the tail is complete.
        const startedAfterWriting = !writing;
        const page = unwrap(await reader.readAll({ after: checkpoint, limit: 5 }));
        seen.push(...page.events);
        checkpoint = page.checkpoint;
        if (startedAfterWriting && page.isEndOfLog) return;
      }
    })();
    const appended = await Promise.all(
      writers.map(async (store, w) => {
        const ids: string[] = [];
        for (let i = 0; i < 10; i++) {
          const result = unwrap(
            await store.appendToStream(`tail-${w}`, sampleEvents(1 + (i % 2)), { expectedVersion: 'any' }),
          );
          ids.push(...result.events.map((e) => e.eventId));
        }
        return ids;
      }),
    );
    writing = false;
    await tail;
    const written = appended.flat();
    expect(seen.map((e) => e.eventId).sort()).toEqual([...written].sort());
    for (let w = 0; w < 8; w++) {
      const versions = seen.filter((e) => e.streamId === `tail-${w}`).map((e) => e.streamVersion);
      expect(versions).toEqual(Array.from({ length: versions.length }, (_, i) => i + 1));
    }
  });
});
