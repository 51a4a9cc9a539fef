import Database from 'better-sqlite3';
import { Either, left, right } from 'fp-ts/Either';
import { StoreUnavailable, storeUnavailable } from '@council-partnerships/domain';
import { migrateSqlite } from './sqliteSchema';

export interface SqliteFileOptions {
  readonly filename: string;
  /** How long a write waits for another process's write to finish. */
  readonly busyTimeoutMs: number;
  /** FULL survives a power cut; NORMAL may lose the last commits in one, never corrupting the file. */
  readonly synchronous: 'FULL' | 'NORMAL';
}

/**
 * Opens the store's file on a connection of its own, in WAL mode so readers never wait for a writer, and
 * brings it up to the latest layout. The event and snapshot stores open the same file this one way.
 */
export const openSqliteFile = (options: SqliteFileOptions): Either<StoreUnavailable, Database.Database> => {
  const { filename } = options;
  let db: Database.Database | null = null;
  try {
    db = new Database(filename, { timeout: options.busyTimeoutMs });
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous}`);
  } catch (error) {
    db?.close();
    return left(storeUnavailable(error, `could not open the SQLite file ${filename}`));
  }
  const migrated = migrateSqlite(db, filename);
  if (migrated._tag === 'Left') {
    db.close();
    return migrated;
  }
  return right(db);
};
