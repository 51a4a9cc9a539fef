import Database from 'better-sqlite3';
import { snapshotStoreContract } from '@council-partnerships/testing';
import { createSqliteEventStore } from './sqliteEventStore';
import { createSqliteSnapshotStore } from './sqliteSnapshotStore';
import { rewriteRows, temporarySqliteFiles } from './sqliteTestSupport';

const tempFile = temporarySqliteFiles('snapshots');

snapshotStoreContract('SQLite', () => {
  const filename = tempFile();
  return Promise.resolve({
    store: createSqliteSnapshotStore({ filename }),
    corruptSnapshot: (streamId) =>
      rewriteRows(filename, `UPDATE snapshots SET state = '["r", [' WHERE stream_id = ?`, streamId),
  });
});

describe('SQLite snapshots table', () => {
  it('sits beside the events table in the same file, created by the same migrations whichever store opens it first', async () => {
    const filename = tempFile();
    const snapshots = createSqliteSnapshotStore({ filename });
    expect(await snapshots.readLatest('s')).toEqual({ _tag: 'Right', right: null });
    const events = createSqliteEventStore({ filename });
    expect(await events.migrate()).toMatchObject({ _tag: 'Right' });
    await Promise.all([snapshots.close(), events.close()]);
    const db = new Database(filename, { readonly: true });
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all();
    db.close();
    expect(tables).toEqual([{ name: 'events' }, { name: 'snapshots' }]);
  });
});
