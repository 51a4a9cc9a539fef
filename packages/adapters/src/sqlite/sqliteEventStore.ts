import Database from 'better-sqlite3';
import { Either, left, right } from 'fp-ts/Either';
import {
  AppendError,
  AppendResult,
  chainEventsWithJson,
  concurrencyConflict,
  EventStore,
  expectedVersionMatches,
  FoldableEvent,
  GlobalLogPage,
  invalidInput,
  matchPriorAppend,
  NewEvent,
  ReadAllOptions,
  ReadError,
  ReadStreamOptions,
  RecordedEvent,
  StoreUnavailable,
  storeUnavailable,
  streamNotFound,
  ValidAppend,
  validateAppend,
  validateReadAll,
  validateReadStream,
} from '@council-partnerships/domain';
import { systemClock } from '../connection/systemClock';
import { foldColumns } from '../shared/foldRow';
import { decodeSqliteFoldRows, SqliteFoldRow } from './sqliteFoldRows';
import { decodeSqliteRow, decodeSqliteRows, eventColumns, SqliteEventRow } from './sqliteRows';
import { migrateSqlite } from './sqliteSchema';

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

interface Head {
  readonly stream_version: number;
  readonly hash: string;
}

/** The open database and its prepared statements, made once per store. */
const prepare = (db: Database.Database) => ({
  head: db.prepare<[string], Head>(
    'SELECT stream_version, hash FROM events WHERE stream_id = ? ORDER BY stream_version DESC LIMIT 1',
  ),
  byEventId: db.prepare<[string], SqliteEventRow>(`SELECT ${eventColumns} FROM events WHERE event_id = ?`),
  lastPosition: db.prepare<[], number>('SELECT coalesce(max(global_position), 0) FROM events').pluck(),
  // Positional parameters bind faster than named ones; the order is that of eventColumns.
  insert: db.prepare(
    `INSERT INTO events (${eventColumns}) VALUES (${eventColumns
      .split(',')
      .map(() => '?')
      .join(', ')})`,
  ),
  readStream: db.prepare<[string, number, number], SqliteEventRow>(
    `SELECT ${eventColumns} FROM events WHERE stream_id = ? AND stream_version BETWEEN ? AND ? ORDER BY stream_version`,
  ),
  readStreamForFold: db.prepare<[string, number, number], SqliteFoldRow>(
    `SELECT ${foldColumns} FROM events WHERE stream_id = ? AND stream_version BETWEEN ? AND ? ORDER BY stream_version`,
  ),
  streamExists: db.prepare<[string], number>('SELECT 1 FROM events WHERE stream_id = ? LIMIT 1').pluck(),
  readAll: db.prepare<[number, number], SqliteEventRow>(
    `SELECT ${eventColumns} FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?`,
  ),
  listStreams: db
    .prepare<[], string>('SELECT stream_id FROM events WHERE stream_version = 1 ORDER BY global_position')
    .pluck(),
});

type Statements = ReturnType<typeof prepare>;

/** A row to insert, with the data and actor as the canonical JSON texts the hash was taken over. */
const rowOf = (event: RecordedEvent, dataJson: string, actorJson: string) => [
  event.globalPosition,
  event.eventId,
  event.streamId,
  event.streamVersion,
  event.type,
  event.schemaVersion,
  dataJson,
  actorJson,
  event.occurredAt,
  event.recordedAt,
  event.commandId,
  event.correlationId,
  event.causationId,
  event.previousHash,
  event.hash,
];

/**
 * The embedded default: the whole store in one SQLite file, no server. Each append is one IMMEDIATE
 * transaction, so the version check, the previous hash and the insert happen under the file's write lock;
 * the UNIQUE (stream_id, stream_version) constraint backs that up. The rowid is the global position:
 * writers take turns, so positions are handed out in commit order and a reader can never pass a gap.
 */
export const createSqliteEventStore = (options: SqliteEventStoreOptions): SqliteEventStore => {
  const clock = options.clock ?? systemClock;
  const filename = options.filename;
  let opened: {
    db: Database.Database;
    sql: Statements;
    append: (valid: ValidAppend) => Either<AppendError, AppendResult>;
  } | null = null;
  let closed = false;

  const open = () => {
    if (opened !== null) return right(opened);
    if (closed) return left(storeUnavailable(`the SQLite store on ${filename} is closed`));
    let db: Database.Database | null = null;
    try {
      db = new Database(filename, { timeout: options.busyTimeoutMs ?? 5000 });
      db.pragma('journal_mode = WAL');
      db.pragma(`synchronous = ${options.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
    } catch (error) {
      db?.close();
      return left(storeUnavailable(error, `could not open the SQLite file ${filename}`));
    }
    const migrated = migrateSqlite(db, filename);
    if (migrated._tag === 'Left') {
      db.close();
      return migrated;
    }
    const sql = prepare(db);
    const append = db.transaction((valid: ValidAppend) => appendInTransaction(sql, valid, clock));
    opened = { db, sql, append: (valid) => appendOrRecognise(sql, (v) => append.immediate(v), valid) };
    return right(opened);
  };

  /** Runs a synchronous piece of work against the open file, turning driver failures into values. */
  const withDb = <E, A>(
    work: (o: NonNullable<typeof opened>) => Either<E, A>,
  ): Either<E | StoreUnavailable, A> => {
    const o = open();
    if (o._tag === 'Left') return o;
    try {
      return work(o.right);
    } catch (error) {
      const busy = (error as { code?: string }).code?.startsWith('SQLITE_BUSY') === true;
      return left(
        storeUnavailable(
          error,
          busy ? `another process held ${filename} for too long` : `SQLite file ${filename}`,
        ),
      );
    }
  };

  const appendToStream = async (
    streamId: string,
    events: readonly NewEvent[],
    appendOptions: { expectedVersion: unknown },
  ): Promise<Either<AppendError, AppendResult>> => {
    const valid = validateAppend(streamId, events, appendOptions);
    if (valid._tag === 'Left') return valid;
    return withDb((o) => o.append(valid.right));
  };

  /**
   * A stream's rows in a version range, read by `rowsOf` (all columns, or only what a fold needs) and
   * made into events by `decode`; no rows at all from a stream that holds none is `StreamNotFound`.
   */
  const readStreamRows = async <Row, Event>(
    streamId: string,
    readOptions: ReadStreamOptions | undefined,
    rowsOf: (sql: Statements, fromVersion: number, toVersion: number) => Row[],
    decode: (rows: Row[]) => Either<ReadError, readonly Event[]>,
  ): Promise<Either<ReadError, readonly Event[]>> => {
    const valid = validateReadStream(streamId, readOptions);
    if (valid._tag === 'Left') return valid;
    const { fromVersion, toVersion } = valid.right;
    return withDb(({ sql }): Either<ReadError, readonly Event[]> => {
      const rows = rowsOf(sql, fromVersion, toVersion);
      if (rows.length === 0 && sql.streamExists.get(streamId) === undefined)
        return left(streamNotFound(streamId));
      return decode(rows);
    });
  };

  const readStream = (
    streamId: string,
    readOptions?: ReadStreamOptions,
  ): Promise<Either<ReadError, readonly RecordedEvent[]>> =>
    readStreamRows(
      streamId,
      readOptions,
      (sql, from, to) => sql.readStream.all(streamId, from, to),
      decodeSqliteRows,
    );

  const readStreamForFold = (
    streamId: string,
    readOptions?: ReadStreamOptions,
  ): Promise<Either<ReadError, readonly FoldableEvent[]>> =>
    readStreamRows(
      streamId,
      readOptions,
      (sql, from, to) => sql.readStreamForFold.all(streamId, from, to),
      (rows) => decodeSqliteFoldRows(streamId, rows),
    );

  const readAll = async (readOptions?: ReadAllOptions): Promise<Either<ReadError, GlobalLogPage>> => {
    const valid = validateReadAll(readOptions);
    if (valid._tag === 'Left') return valid;
    const { after, limit } = valid.right;
    if (after !== null && !/^\d{1,15}$/.test(after)) {
      return left(invalidInput(`checkpoint ${after} was not issued by the SQLite store`, ['after']));
    }
    return withDb(({ sql }) => {
      // One row more than asked for tells whether the page reaches the end of the log.
      const rows = sql.readAll.all(after === null ? 0 : Number(after), limit + 1);
      const events = decodeSqliteRows(rows.slice(0, limit));
      if (events._tag === 'Left') return events;
      const last = events.right[events.right.length - 1];
      return right({
        events: events.right,
        checkpoint: last ? String(last.globalPosition) : after,
        isEndOfLog: rows.length <= limit,
      });
    });
  };

  const listStreams = async (): Promise<Either<ReadError, readonly string[]>> =>
    withDb(({ sql }) => right(sql.listStreams.all()));

  return {
    name: 'sqlite',
    filename,
    appendToStream,
    readStream,
    readStreamForFold,
    readAll,
    listStreams,
    migrate: async () => {
      const o = open();
      return o._tag === 'Left' ? o : right([]);
    },
    close: async () => {
      closed = true;
      opened?.db.close();
      opened = null;
    },
  };
};

/** Thrown inside an append's transaction to roll it back when an id of the batch is already stored. */
class EventIdAlreadyStored extends Error {}

const isEventIdClash = (error: unknown): boolean =>
  (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE' &&
  /events\.event_id/.test(String((error as Error).message));

/** The original result when this exact batch is already stored, a refusal when its ids are used elsewhere. */
const priorAppend = (sql: Statements, valid: ValidAppend): Either<AppendError, AppendResult | null> => {
  const stored: RecordedEvent[] = [];
  for (const event of valid.events) {
    const row = sql.byEventId.get(event.eventId);
    if (row === undefined) continue;
    const decoded = decodeSqliteRow(row);
    if (decoded._tag === 'Left') return decoded;
    stored.push(decoded.right);
  }
  return matchPriorAppend(
    valid.streamId,
    valid.events.map((e) => e.eventId),
    stored,
  );
};

/**
 * The body of one append, run inside an IMMEDIATE transaction: nothing else can write meanwhile. The
 * happy path does not look the batch's ids up one by one: UNIQUE (event_id) refuses a stored id, and only
 * then (or when the version does not match) is the batch compared with what is stored.
 */
const appendInTransaction = (
  sql: Statements,
  valid: ValidAppend,
  clock: () => Date,
): Either<AppendError, AppendResult> => {
  const { streamId, events, expectedVersion } = valid;
  const head = sql.head.get(streamId);
  const current = head?.stream_version ?? 0;
  if (!expectedVersionMatches(expectedVersion, current)) {
    const prior = priorAppend(sql, valid);
    if (prior._tag === 'Left') return prior;
    if (prior.right !== null) return right(prior.right);
    return left(concurrencyConflict(streamId, expectedVersion, current));
  }
  const lastPosition = sql.lastPosition.get() ?? 0;
  const {
    events: recorded,
    dataJson,
    actorJson,
  } = chainEventsWithJson(
    streamId,
    head === undefined ? null : { streamVersion: head.stream_version, hash: head.hash },
    events,
    clock().toISOString(),
    (i) => lastPosition + i + 1,
  );
  try {
    for (let i = 0; i < recorded.length; i++)
      sql.insert.run(rowOf(recorded[i]!, dataJson[i]!, actorJson[i]!));
  } catch (error) {
    throw isEventIdClash(error) ? new EventIdAlreadyStored() : error;
  }
  return right({ streamId, nextExpectedVersion: current + recorded.length, events: recorded });
};

/** Runs the append transaction; when the batch's ids turn out to be stored, answers as a retry or a refusal. */
const appendOrRecognise = (
  sql: Statements,
  transaction: (valid: ValidAppend) => Either<AppendError, AppendResult>,
  valid: ValidAppend,
): Either<AppendError, AppendResult> => {
  try {
    return transaction(valid);
  } catch (error) {
    if (!(error instanceof EventIdAlreadyStored)) throw error;
  }
  const prior = priorAppend(sql, valid);
  if (prior._tag === 'Left') return prior;
  return prior.right !== null
    ? right(prior.right)
    : left(
        storeUnavailable(
          `stream ${valid.streamId}: an event id of the batch was refused as stored but cannot be found`,
        ),
      );
};
