import type Database from 'better-sqlite3';
import { Either, left, right } from 'fp-ts/Either';
import {
  AppendError,
  AppendResult,
  EventStore,
  pagedByRanges,
  StoreUnavailable,
  storeUnavailable,
  ValidAppend,
} from '@council-partnerships/domain';
import { systemClock } from '../connection/systemClock';
import { appendChecked } from '../shared/checkedInput';
import { guardedBy } from '../shared/guarded';
import { appendInTransaction, appendOrRecognise } from './sqliteAppend';
import { sqliteReads } from './sqliteReads';
import { openSqliteFile } from './sqliteFile';
import { prepareStatements, Statements } from './sqliteStatements';

export interface SqliteEventStoreOptions {
  /** Path of the database file; created with its schema on first use. */
  readonly filename: string;
  /** System time for `recordedAt`; inject a fixed clock in tests. */
  readonly clock?: () => Date;
  /** How long a writer waits for another process's write to finish before giving up (default 5000 ms). */
  readonly busyTimeoutMs?: number;
  /**
   * `FULL` (the default) makes every append durable across a power cut; `NORMAL` in WAL mode can lose the
   * last appends on power loss (never on a process crash) in exchange for faster commits.
   */
  readonly synchronous?: 'FULL' | 'NORMAL';
}

export interface SqliteEventStore extends EventStore {
  readonly filename: string;
  /** Opens the file and applies pending schema migrations now, instead of on first use. */
  migrate(): Promise<Either<StoreUnavailable, readonly number[]>>;
}

interface OpenFile {
  readonly db: Database.Database;
  readonly sql: Statements;
  readonly append: (valid: ValidAppend) => Either<AppendError, AppendResult>;
}

/**
 * The embedded default: the whole store in one SQLite file, no server. Each append is one IMMEDIATE
 * transaction, so the version check, the previous hash and the insert happen under the file's write lock;
 * the UNIQUE (stream_id, stream_version) constraint backs that up (`sqliteAppend`). The rowid is the
 * global position: writers take turns, so positions are handed out in commit order and a reader can never
 * pass a gap (`sqliteReads`).
 */
export const createSqliteEventStore = (options: SqliteEventStoreOptions): SqliteEventStore => {
  const clock = options.clock ?? systemClock;
  const filename = options.filename;
  let opened: OpenFile | null = null;
  let closed = false;

  const open = (): Either<StoreUnavailable, OpenFile> => {
    if (opened !== null) return right(opened);
    if (closed) return left(storeUnavailable(`the SQLite store on ${filename} is closed`));
    const file = openSqliteFile({
      filename,
      busyTimeoutMs: options.busyTimeoutMs ?? 5000,
      synchronous: options.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL',
    });
    if (file._tag === 'Left') return file;
    const db = file.right;
    const sql = prepareStatements(db);
    const append = db.transaction((valid: ValidAppend) => appendInTransaction(sql, valid, clock));
    opened = { db, sql, append: (valid) => appendOrRecognise(sql, (v) => append.immediate(v), valid) };
    return right(opened);
  };

  // The driver is synchronous: each piece of work runs to its end before anything else in the process.
  const withFile = guardedBy(open, (error) => {
    const busy = (error as { code?: string }).code?.startsWith('SQLITE_BUSY') === true;
    return storeUnavailable(
      error,
      busy ? `another process held ${filename} for too long` : `SQLite file ${filename}`,
    );
  });

  const reads = sqliteReads((work) => withFile((file) => work(file.sql)));
  return {
    name: 'sqlite',
    filename,
    appendToStream: appendChecked((valid) => withFile((file) => file.append(valid))),
    ...reads,
    // A page costs one statement and no round trip; a thousand events a page folded a 10,000-event
    // stream in about half the time of one read of it (bench-results/peer.md).
    readStreamForFoldInPages: pagedByRanges(reads.readStreamForFold, 1000),
    migrate: () => withFile(() => right<StoreUnavailable, readonly number[]>([])),
    close: () =>
      new Promise<void>((resolve) => {
        closed = true;
        opened?.db.close();
        opened = null;
        resolve();
      }),
  };
};
