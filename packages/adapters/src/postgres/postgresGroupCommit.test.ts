import { AppendResult, forEachPage, RecordedEvent } from '@council-partnerships/domain';
import { sampleEvents } from '@council-partnerships/testing';
import { PostgresEventStore } from './postgresEventStore';
import {
  describePostgres,
  dropSchema,
  freshSchemaName,
  openTestStore,
  withClient,
} from './postgresTestSupport';

const describeIf = describePostgres();

const transactionsOf = (schema: string, eventIds: readonly string[]): Promise<Map<string, string>> =>
  withClient(async (client) => {
    const { rows } = await client.query<{ event_id: string; transaction_id: string }>(
      `SELECT event_id, transaction_id::text AS transaction_id FROM "${schema}".events WHERE event_id = ANY($1)`,
      [eventIds],
    );
    return new Map(rows.map((r) => [r.event_id, r.transaction_id]));
  });

const unwrap = (result: { _tag: string; left?: unknown; right?: AppendResult }): AppendResult => {
  if (result._tag === 'Left' || result.right === undefined) throw new Error(JSON.stringify(result.left));
  return result.right;
};

/**
 * With one statement in flight, appends made while it runs wait and go together in the next one
 * (`groupAppends: 1` makes that deterministic: the first append goes alone, the rest are grouped).
 */
describeIf('PostgreSQL group commit of single-event appends', () => {
  let schema: string;
  let store: PostgresEventStore;

  beforeEach(async () => {
    schema = freshSchemaName('group');
    store = openTestStore(schema, { groupAppends: 1 });
    await store.migrate();
  });
  afterEach(async () => {
    await store.close();
    await dropSchema(schema);
  });

  it('writes appends to different streams made at the same time in one transaction, each in its place', async () => {
    const results = (
      await Promise.all(
        ['a', 'b', 'c', 'd', 'e'].map((s) =>
          store.appendToStream(s, sampleEvents(1), { expectedVersion: 0 }),
        ),
      )
    ).map(unwrap);
    const ids = results.map((r) => r.events[0]!.eventId);
    const transactions = await transactionsOf(schema, ids);
    expect(new Set(ids.slice(1).map((id) => transactions.get(id))).size).toBe(1);
    expect(transactions.get(ids[0]!)).not.toBe(transactions.get(ids[1]!));
    for (const result of results) {
      const read = await store.readStream(result.streamId);
      expect(read).toEqual({ _tag: 'Right', right: result.events });
    }
  });

  it('refuses only the append whose version another append in the same group took', async () => {
    unwrap(await store.appendToStream('hot', sampleEvents(1), { expectedVersion: 0 }));
    const outcomes = await Promise.all([
      store.appendToStream('warm-up', sampleEvents(1), { expectedVersion: 0 }),
      store.appendToStream('hot', sampleEvents(1), { expectedVersion: 1 }),
      store.appendToStream('cold', sampleEvents(1), { expectedVersion: 0 }),
      store.appendToStream('hot', sampleEvents(1), { expectedVersion: 1 }),
    ]);
    const onHot = [outcomes[1], outcomes[3]];
    expect(onHot.filter((o) => o._tag === 'Right')).toHaveLength(1);
    expect(onHot.find((o) => o._tag === 'Left')).toMatchObject({
      left: { code: 'ConcurrencyConflict', streamId: 'hot', expected: 1, actual: 2 },
    });
    expect(outcomes[2]).toMatchObject({ _tag: 'Right', right: { nextExpectedVersion: 1 } });
    const hot = await store.readStream('hot');
    expect(hot._tag === 'Right' && hot.right.map((e) => e.streamVersion)).toEqual([1, 2]);
  });

  it('answers a retried append in the same group with the first one’s result', async () => {
    const [event] = sampleEvents(1);
    const [, first, again] = await Promise.all([
      store.appendToStream('warm-up', sampleEvents(1), { expectedVersion: 0 }),
      store.appendToStream('retried', [event!], { expectedVersion: 0 }),
      store.appendToStream('retried', [event!], { expectedVersion: 0 }),
    ]);
    expect(again).toEqual(first);
    expect(first).toMatchObject({ _tag: 'Right', right: { nextExpectedVersion: 1 } });
  });

  it('keeps an append the database rejects from failing the others in its group', async () => {
    // A rule of the database's own that the store knows nothing of, so that one row of a group fails.
    await withClient((client) =>
      client.query(
        `ALTER TABLE "${schema}".events ADD CONSTRAINT refuses_one CHECK (event_type <> 'RefusedByTheDatabase')`,
      ),
    );
    const [refused] = sampleEvents(1, { type: 'RefusedByTheDatabase' });
    const outcomes = await Promise.all([
      store.appendToStream('warm-up', sampleEvents(1), { expectedVersion: 0 }),
      store.appendToStream('good-1', sampleEvents(1), { expectedVersion: 0 }),
      store.appendToStream('bad', [refused!], { expectedVersion: 0 }),
      store.appendToStream('good-2', sampleEvents(1), { expectedVersion: 0 }),
    ]);
    expect(outcomes.map((o) => o._tag)).toEqual(['Right', 'Right', 'Left', 'Right']);
    expect(outcomes[2]).toMatchObject({ left: { code: 'StoreUnavailable' } });
    expect(await store.readStream('bad')).toMatchObject({ _tag: 'Left', left: { code: 'StreamNotFound' } });
    const good = await store.readStream('good-2');
    expect(good._tag).toBe('Right');
  });

  it('with 16 writers on one store, every event lands once, versions contiguous, log complete', async () => {
    await Promise.all(
      Array.from({ length: 16 }, async (_, w) => {
        for (let v = 0; v < 20; v++) {
          unwrap(await store.appendToStream(`writer-${w}`, sampleEvents(1), { expectedVersion: v }));
        }
      }),
    );
    const log: RecordedEvent[] = [];
    const read = await forEachPage(store, (events) => void log.push(...events), { pageSize: 64 });
    expect(read._tag).toBe('Right');
    expect(log).toHaveLength(320);
    expect(new Set(log.map((e) => e.eventId)).size).toBe(320);
    for (let w = 0; w < 16; w++) {
      const versions = log.filter((e) => e.streamId === `writer-${w}`).map((e) => e.streamVersion);
      expect(versions).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    }
    const transactions = await transactionsOf(
      schema,
      log.map((e) => e.eventId),
    );
    expect(new Set(transactions.values()).size).toBeLessThan(320);
  });
});
