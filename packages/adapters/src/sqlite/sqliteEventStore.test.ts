import Database from 'better-sqlite3';
import { join } from 'node:path';
import { eventStoreContract, sampleEvents } from '@council-partnerships/testing';
import { createSqliteEventStore } from './sqliteEventStore';
import { latestSqliteSchemaVersion } from './sqliteSchema';
import { rewriteRows, temporarySqliteFiles } from './sqliteTestSupport';

const tempFile = temporarySqliteFiles('store');

eventStoreContract('SQLite', () => {
  const filename = tempFile();
  return Promise.resolve({
    store: createSqliteEventStore({ filename }),
    corruptEvent: (streamId, version) =>
      rewriteRows(
        filename,
        'UPDATE events SET data = \'{"amountPence": 12\' WHERE stream_id = ? AND stream_version = ?',
        streamId,
        version,
      ),
  });
});

describe('SQLite file', () => {
  it('is created with its schema on first use, in WAL mode, at the latest schema version', async () => {
    const filename = tempFile();
    const store = createSqliteEventStore({ filename });
    expect(await store.appendToStream('s', sampleEvents(1), { expectedVersion: 'no_stream' })).toMatchObject({
      _tag: 'Right',
    });
    await store.close();
    const db = new Database(filename, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(latestSqliteSchemaVersion);
    db.close();
  });

  it("keeps its events when reopened, and a second store on the same file sees the first one's appends", async () => {
    const filename = tempFile();
    const first = createSqliteEventStore({ filename });
    const second = createSqliteEventStore({ filename });
    const appended = await first.appendToStream('s', sampleEvents(2), { expectedVersion: 'no_stream' });
    expect(await second.readStream('s')).toEqual({
      _tag: 'Right',
      right: appended._tag === 'Right' ? appended.right.events : null,
    });
    expect(await second.appendToStream('s', sampleEvents(1), { expectedVersion: 1 })).toMatchObject({
      left: { code: 'ConcurrencyConflict', actual: 2 },
    });
    await first.close();
    await second.close();
    const reopened = createSqliteEventStore({ filename });
    expect(await reopened.readStream('s')).toMatchObject({
      right: [{ streamVersion: 1 }, { streamVersion: 2 }],
    });
    await reopened.close();
  });

  it('reports a wrongly typed column as CorruptEvent', async () => {
    const filename = tempFile();
    const store = createSqliteEventStore({ filename });
    const events = sampleEvents(1);
    await store.appendToStream('s', events, { expectedVersion: 'no_stream' });
    rewriteRows(filename, 'UPDATE events SET actor = \'{"id": 7}\'');
    expect(await store.readStream('s')).toMatchObject({
      left: { code: 'CorruptEvent', streamId: 's', streamVersion: 1, eventId: events[0]!.eventId },
    });
    await store.close();
  });

  it.each([
    ['recorded_at', 'yesterday'],
    ['recorded_at', '2024-04-01 08:00:00'],
    ['occurred_at', '2023-02-30T09:00:00Z'],
  ])(
    'reports a %s of %j as CorruptEvent naming the row, in the stream and in the log',
    async (column, value) => {
      const filename = tempFile();
      const store = createSqliteEventStore({ filename });
      const events = sampleEvents(2);
      await store.appendToStream('s', events, { expectedVersion: 'no_stream' });
      rewriteRows(filename, `UPDATE events SET ${column} = ? WHERE stream_version = 2`, value);
      const named = { code: 'CorruptEvent', streamId: 's', streamVersion: 2, eventId: events[1]!.eventId };
      expect(await store.readStream('s')).toMatchObject({ left: named });
      const page = await store.readAll({ after: null, limit: 10 });
      expect(page).toMatchObject({ left: named });
      expect((page as { left: { message: string } }).left.message).toContain(JSON.stringify(value));
      await store.close();
    },
  );

  it('refuses a file written by a newer release instead of guessing at its layout', async () => {
    const filename = tempFile();
    const db = new Database(filename);
    db.pragma(`user_version = ${latestSqliteSchemaVersion + 1}`);
    db.close();
    const store = createSqliteEventStore({ filename });
    const result = await store.migrate();
    expect(result).toMatchObject({ _tag: 'Left', left: { code: 'StoreUnavailable' } });
    expect((result as { left: { message: string } }).left.message).toContain('newer release');
    await store.close();
  });

  it('answers StoreUnavailable, not an exception, when the file cannot be opened', async () => {
    const store = createSqliteEventStore({ filename: join(tempFile(), 'no', 'such', 'dir.sqlite') });
    expect(await store.readAll()).toMatchObject({ _tag: 'Left', left: { code: 'StoreUnavailable' } });
    await store.close();
  });

  it('refuses a checkpoint it did not issue', async () => {
    const store = createSqliteEventStore({ filename: tempFile() });
    expect(await store.readAll({ after: 'abc' })).toMatchObject({
      left: { code: 'InvalidInput', path: ['after'] },
    });
    await store.close();
  });
});
