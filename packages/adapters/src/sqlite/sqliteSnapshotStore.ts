import type Database from 'better-sqlite3';
import { Either, left, right } from 'fp-ts/Either';
import {
  checkSnapshot,
  Snapshot,
  SnapshotError,
  snapshotFromStored,
  SnapshotStore,
  StoreUnavailable,
  storeUnavailable,
} from '@council-partnerships/domain';
import { guardedBy } from '../shared/guarded';
import { openSqliteFile } from './sqliteFile';

export interface SqliteSnapshotStoreOptions {
  /** The event store's file: snapshots are kept in a table of their own beside the events. */
  readonly filename: string;
  /** How long a write waits for another process's write to finish (default 5000 ms). */
  readonly busyTimeoutMs?: number;
}

interface SnapshotRow {
  readonly streamVersion: unknown;
  readonly eventHash: unknown;
  readonly stateSchemaVersion: unknown;
  readonly stateText: unknown;
}

interface OpenFile {
  readonly db: Database.Database;
  readonly read: Database.Statement<[string], SnapshotRow>;
  readonly write: Database.Statement<[string, number, string, number, string]>;
}

/**
 * Snapshots in the SQLite file of the event store, table `snapshots` (created by the same migrations
 * as the events table). Its own connection: a snapshot is written after the append it follows has
 * committed, and never holds up one. Durability is relaxed (`synchronous = NORMAL`): a snapshot lost
 * in a power cut is only rebuilt.
 */
export const createSqliteSnapshotStore = (options: SqliteSnapshotStoreOptions): SnapshotStore => {
  const filename = options.filename;
  let opened: OpenFile | null = null;
  let closed = false;

  const open = (): Either<StoreUnavailable, OpenFile> => {
    if (opened !== null) return right(opened);
    if (closed) return left(storeUnavailable(`the SQLite snapshot store on ${filename} is closed`));
    const file = openSqliteFile({
      filename,
      busyTimeoutMs: options.busyTimeoutMs ?? 5000,
      synchronous: 'NORMAL',
    });
    if (file._tag === 'Left') return file;
    const db = file.right;
    opened = {
      db,
      read: db.prepare<[string], SnapshotRow>(
        `SELECT stream_version AS streamVersion, event_hash AS eventHash,
          state_schema_version AS stateSchemaVersion, state AS stateText
        FROM snapshots WHERE stream_id = ?`,
      ),
      write: db.prepare(
        `INSERT INTO snapshots (stream_id, stream_version, event_hash, state_schema_version, state)
        VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (stream_id) DO UPDATE SET stream_version = excluded.stream_version,
          event_hash = excluded.event_hash, state_schema_version = excluded.state_schema_version,
          state = excluded.state`,
      ),
    };
    return right(opened);
  };

  const withFile = guardedBy(open, (error) => storeUnavailable(error, `SQLite snapshots in ${filename}`));

  return {
    name: 'sqlite',
    readLatest: (streamId): Promise<Either<SnapshotError, Snapshot | null>> =>
      withFile((file) => {
        const row = file.read.get(streamId);
        return row === undefined ? right(null) : snapshotFromStored(streamId, row);
      }),
    write: (snapshot): Promise<Either<SnapshotError, Snapshot>> =>
      withFile((file) => {
        const checked = checkSnapshot(snapshot);
        if (checked._tag === 'Left') return checked;
        const s = checked.right;
        file.write.run(
          s.streamId,
          s.streamVersion,
          s.eventHash,
          s.stateSchemaVersion,
          JSON.stringify(s.state),
        );
        return checked;
      }),
    close: () => {
      closed = true;
      opened?.db.close();
      opened = null;
      return Promise.resolve();
    },
  };
};
