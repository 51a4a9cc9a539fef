import { Either, left, right } from 'fp-ts/Either';
import { Pool, PoolClient } from 'pg';
import {
  AppendError,
  AppendResult,
  chainEventsWithJson,
  concurrencyConflict,
  EventStore,
  expectedVersionMatches,
  FoldableEvent,
  GlobalLogPage,
  InvalidInput,
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
import { AppendGroups, WriteGroup } from './appendGroups';
import { ConnectionLanes } from './connectionLanes';
import { isContention, postgresFailure } from './postgresErrors';
import { decodePostgresFoldRows, PostgresFoldRow } from './postgresFoldRows';
import { decodePostgresRows, PostgresEventRow } from './postgresRows';
import { checkPostgresSchema, migratePostgres, schemaName } from './postgresSchema';
import {
  EventRow,
  eventRowsOf,
  insertedValues,
  NamedStatement,
  postgresStatements,
  rowsJson,
} from './postgresSql';
import { StreamHeadCache } from './streamHeadCache';

export interface PostgresEventStoreOptions {
  /** e.g. postgres://user@host:5432/db. Give this or `pool`. */
  readonly connectionString?: string;
  /** A pool the application already runs; the store then leaves it open on close(). */
  readonly pool?: Pool;
  /** The schema holding the store's tables (default `event_store`); created by migrate(). */
  readonly schema?: string;
  /** System time for `recordedAt`; inject a fixed clock in tests. */
  readonly clock?: () => Date;
  /**
   * Connections in the pool the store creates (default 10). While busy, the store keeps the ones it is
   * using checked out of that pool between queries; a pool passed in gets each back after every query.
   */
  readonly poolSize?: number;
  /**
   * How long a read of the global log waits for older transactions still in flight when committed events
   * are held back behind them (default 500 ms). Nothing is ever skipped; this only trades latency for
   * fewer empty pages.
   */
  readonly visibilityWaitMs?: number;
  /**
   * `apply` (the default) creates the schema and applies pending migrations on first use; `check` only
   * checks that the schema exists at this release's version and creates nothing, for readers that must
   * not run DDL: an auditor's tools, a read replica.
   */
  readonly migrations?: 'apply' | 'check';
  /**
   * Group commit for single-event appends (the common case: one decision, one event). While this many
   * of their statements are running, further single-event appends wait and are then written together
   * in one statement, each still checked against its own stream and inserted or refused on its own.
   * Default 2. `false` writes every append in a statement of its own.
   */
  readonly groupAppends?: number | false;
  /**
   * Test hook: when given, each append runs in an explicit transaction and this is awaited after the
   * events are written and before COMMIT, so a test can hold a transaction open.
   */
  readonly beforeCommit?: (appended: { streamId: string; events: readonly RecordedEvent[] }) => Promise<void>;
}

export interface PostgresEventStore extends EventStore {
  readonly schema: string;
  /**
   * Creates the schema and applies pending migrations (also done on first use); with
   * `migrations: 'check'`, checks them instead and changes nothing.
   */
  migrate(): Promise<Either<StoreUnavailable, readonly number[]>>;
}

interface Head {
  readonly version: number;
  readonly hash: string | null;
}

interface ReadAllRow extends PostgresEventRow {
  readonly held_back: boolean;
}

/** PostgreSQL `integer` bounds the stream versions a statement can be asked about. */
const maxInt4 = 2_147_483_647;
const maxAppendAttempts = 50;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const isUniqueViolation = (error: unknown): boolean => (error as { code?: unknown }).code === '23505';

/**
 * The production store on the database councils already run. An append is one INSERT statement:
 * atomic on its own, inserting only if the event it follows is stored with the hash it chains from, and
 * made exclusive by UNIQUE (stream_id, stream_version), so two writers can never both extend a stream
 * from the same version. The global log is ordered by (transaction_id, position) and read only below the
 * oldest transaction still in flight, so an event that commits late is never skipped.
 */
export const createPostgresEventStore = (
  options: PostgresEventStoreOptions,
): Either<InvalidInput, PostgresEventStore> => {
  const schema = schemaName(options.schema ?? 'event_store');
  if (schema._tag === 'Left') return schema;
  if (options.pool === undefined && (options.connectionString ?? '') === '') {
    return left(invalidInput('give a connectionString or a pool', ['connectionString']));
  }
  const groupAppends = options.groupAppends ?? 2;
  if (groupAppends !== false && !(Number.isSafeInteger(groupAppends) && groupAppends >= 1)) {
    return left(
      invalidInput('groupAppends must be a whole number of statements, 1 or more, or false', [
        'groupAppends',
      ]),
    );
  }
  const ownsPool = options.pool === undefined;
  const pool =
    options.pool ??
    new Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5000,
    });
  // A connection dropped while idle (a server restart) must not crash the process; the next query reconnects.
  if (ownsPool) pool.on('error', () => undefined);

  const sql = postgresStatements(schema.right);
  const clock = options.clock ?? systemClock;
  const visibilityWaitMs = options.visibilityWaitMs ?? 500;
  const heads = new StreamHeadCache(10_000);
  // A pool the application shares gets each connection back after every query; the store's own pool
  // lends it connections for as long as it keeps them busy.
  const lanes = new ConnectionLanes(pool, { pin: ownsPool, idleMs: 1000 });
  let closed = false;
  let ready: Promise<Either<StoreUnavailable, readonly number[]>> | null = null;
  // Set once the schema is known to be migrated, so each operation after that skips awaiting `ready`.
  let migrated = false;

  const ensureReady = (): Promise<Either<StoreUnavailable, readonly number[]>> => {
    if (closed)
      return Promise.resolve(
        left(storeUnavailable(`the PostgreSQL store on schema ${schema.right.name} is closed`)),
      );
    if (ready === null) {
      const prepare = options.migrations === 'check' ? checkPostgresSchema : migratePostgres;
      ready = prepare(pool, schema.right).then((result) => {
        if (result._tag === 'Left') ready = null;
        else migrated = true;
        return result;
      });
    }
    return ready;
  };

  const query = async <R>(
    statement: NamedStatement,
    values: unknown[],
    client?: PoolClient,
  ): Promise<R[]> => {
    const config = { name: statement.name, text: statement.text, values };
    if (client !== undefined) return (await client.query(config)).rows as R[];
    const lane = lanes.take() ?? (await lanes.open());
    try {
      const result = await lane.query(config);
      lanes.put(lane);
      return result.rows as R[];
    } catch (error) {
      lanes.put(lane, error);
      throw error;
    }
  };

  /** Runs one operation once the schema is ready, turning driver failures into values. */
  const guarded = async <E, A>(
    work: () => Promise<Either<E, A>>,
  ): Promise<Either<E | InvalidInput | StoreUnavailable, A>> => {
    if (!migrated || closed) {
      const isReady = await ensureReady();
      if (isReady._tag === 'Left') return isReady;
    }
    try {
      return await work();
    } catch (error) {
      return left(postgresFailure(error, `PostgreSQL event store (schema ${schema.right.name})`));
    }
  };

  const readHead = async (streamId: string): Promise<Head> => {
    const [row] = await query<{ stream_version: number; hash: string }>(sql.head, [streamId]);
    return row === undefined ? { version: 0, hash: null } : { version: row.stream_version, hash: row.hash };
  };

  /** The original result when this exact batch is already stored, a refusal when its ids are used elsewhere. */
  const priorAppend = async (valid: ValidAppend): Promise<Either<AppendError, AppendResult | null>> => {
    const ids = valid.events.map((e) => e.eventId);
    const rows = await query<PostgresEventRow>(sql.byEventIds, [ids]);
    if (rows.length === 0) return right(null);
    const stored = decodePostgresRows(rows);
    if (stored._tag === 'Left') return stored;
    return matchPriorAppend(valid.streamId, ids, stored.right);
  };

  const writeGroup: WriteGroup = async (events) => {
    const [only] = events;
    if (events.length === 1 && only !== undefined) {
      try {
        const statement = only.event.streamVersion === 1 ? sql.appendFirst : sql.appendNext;
        const [row] = await query<{ position: string }>(statement, insertedValues(only));
        return new Map(row === undefined ? [] : [[only.event.eventId, Number(row.position)]]);
      } catch (error) {
        if (isUniqueViolation(error)) return new Map();
        throw error;
      }
    }
    const rows = await query<{ event_id: string; position: string }>(sql.appendGroup, [rowsJson(events)]);
    return new Map(rows.map((r) => [r.event_id, Number(r.position)]));
  };
  const groups = groupAppends === false ? null : new AppendGroups(writeGroup, groupAppends);

  /** Writes a chained batch; null when another writer got there first (or the chained-from event changed). */
  const insert = async (
    streamId: string,
    head: Head,
    rows: readonly EventRow[],
  ): Promise<RecordedEvent[] | null> => {
    const recorded = rows.map((r) => r.event);
    const [only] = rows;
    let statement: NamedStatement;
    let values: unknown[];
    let place: (rows: { position: string; stream_version?: number }[]) => RecordedEvent[] | null;
    if (rows.length === 1 && only !== undefined) {
      if (groups !== null && options.beforeCommit === undefined) {
        const stored = await groups.insert(only);
        return stored === null ? null : [stored];
      }
      statement = only.event.streamVersion === 1 ? sql.appendFirst : sql.appendNext;
      values = insertedValues(only);
      place = ([row]) =>
        row === undefined ? null : [{ ...only.event, globalPosition: Number(row.position) }];
    } else {
      statement = sql.append;
      values = [streamId, rowsJson(rows), recorded[0]!.recordedAt, head.version, head.hash ?? ''];
      place = (rows) => {
        if (rows.length !== recorded.length) return null;
        const positions = new Map(rows.map((r) => [r.stream_version, Number(r.position)]));
        return recorded.map((e) => ({ ...e, globalPosition: positions.get(e.streamVersion) ?? Number.NaN }));
      };
    }
    try {
      if (options.beforeCommit === undefined) return place(await query(statement, values));
      const client = lanes.take() ?? (await lanes.open());
      try {
        await client.query('BEGIN');
        const placed = place(await query(statement, values, client));
        if (placed !== null) await options.beforeCommit({ streamId, events: placed });
        await client.query(placed === null ? 'ROLLBACK' : 'COMMIT');
        lanes.put(client);
        return placed;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        lanes.put(client, error);
        throw error;
      }
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  };

  const appendValid = async (valid: ValidAppend): Promise<Either<AppendError, AppendResult>> => {
    const { streamId, events, expectedVersion } = valid;
    const recordedAt = clock().toISOString();
    const cached = heads.get(streamId);
    let head: Head =
      expectedVersion === 'no_stream' || expectedVersion === 0
        ? { version: 0, hash: null }
        : cached !== undefined && cached.version === expectedVersion
          ? cached
          : await readHead(streamId);
    let priorChecked = false;
    for (let attempt = 0; attempt < maxAppendAttempts; attempt++) {
      if (!expectedVersionMatches(expectedVersion, head.version)) {
        if (!priorChecked) {
          const prior = await priorAppend(valid);
          if (prior._tag === 'Left') return prior;
          if (prior.right !== null) return right(prior.right);
        }
        return left(concurrencyConflict(streamId, expectedVersion, head.version));
      }
      const previous =
        head.version === 0 || head.hash === null ? null : { streamVersion: head.version, hash: head.hash };
      const recorded = await insert(
        streamId,
        head,
        eventRowsOf(chainEventsWithJson(streamId, previous, events, recordedAt, () => 0)),
      );
      if (recorded !== null) {
        const last = recorded[recorded.length - 1]!;
        heads.set(streamId, { version: last.streamVersion, hash: last.hash });
        return right({ streamId, nextExpectedVersion: last.streamVersion, events: recorded });
      }
      const prior = await priorAppend(valid);
      if (prior._tag === 'Left') return prior;
      if (prior.right !== null) return right(prior.right);
      priorChecked = true;
      head = await readHead(streamId);
    }
    // The store is up; other writers kept winning the race. A conflict, so the caller reads and retries.
    return left(concurrencyConflict(streamId, expectedVersion, head.version));
  };

  const appendToStream = async (
    streamId: string,
    events: readonly NewEvent[],
    appendOptions: { expectedVersion: unknown },
  ): Promise<Either<AppendError, AppendResult>> => {
    const valid = validateAppend(streamId, events, appendOptions);
    if (valid._tag === 'Left') return valid;
    return guarded(async () => {
      try {
        return await appendValid(valid.right);
      } catch (error) {
        // Serialization failures, deadlocks, lock timeouts and racing inserts are contention: the
        // server answered, so this is a retryable conflict, never "could not be reached".
        if (!isContention(error)) throw error;
        const head = heads.get(valid.right.streamId);
        return left(
          concurrencyConflict(valid.right.streamId, valid.right.expectedVersion, head?.version ?? 0),
        );
      }
    });
  };

  /**
   * A stream's rows in a version range, by `statement` (all columns, or only what a fold needs), made
   * into events by `decode`; no rows at all from a stream that holds none is `StreamNotFound`.
   */
  const readStreamRows = async <Row, Event>(
    streamId: string,
    readOptions: ReadStreamOptions | undefined,
    statement: NamedStatement,
    decode: (rows: Row[], toVersion: number) => Either<ReadError, readonly Event[]>,
  ): Promise<Either<ReadError, readonly Event[]>> => {
    const valid = validateReadStream(streamId, readOptions);
    if (valid._tag === 'Left') return valid;
    const { fromVersion, toVersion } = valid.right;
    return guarded(async (): Promise<Either<ReadError, readonly Event[]>> => {
      if (fromVersion > maxInt4) return right([]);
      const rows = await query<Row>(statement, [streamId, fromVersion, Math.min(toVersion, maxInt4)]);
      if (rows.length === 0) {
        const exists = await query(sql.streamExists, [streamId]);
        return exists.length === 0 ? left(streamNotFound(streamId)) : right([]);
      }
      return decode(rows, toVersion);
    });
  };

  const readStream = (
    streamId: string,
    readOptions?: ReadStreamOptions,
  ): Promise<Either<ReadError, readonly RecordedEvent[]>> =>
    readStreamRows<PostgresEventRow, RecordedEvent>(
      streamId,
      readOptions,
      sql.readStream,
      (rows, toVersion) => {
        const events = decodePostgresRows(rows);
        const last = events._tag === 'Right' ? events.right[events.right.length - 1] : undefined;
        // A read to the end names the stream's head: the next append expecting it then needs no extra read.
        if (last !== undefined && toVersion >= maxInt4)
          heads.set(streamId, { version: last.streamVersion, hash: last.hash });
        return events;
      },
    );

  const readStreamForFold = (
    streamId: string,
    readOptions?: ReadStreamOptions,
  ): Promise<Either<ReadError, readonly FoldableEvent[]>> =>
    readStreamRows<PostgresFoldRow, FoldableEvent>(streamId, readOptions, sql.readStreamForFold, (rows) =>
      decodePostgresFoldRows(streamId, rows),
    );

  const readAll = async (readOptions?: ReadAllOptions): Promise<Either<ReadError, GlobalLogPage>> => {
    const valid = validateReadAll(readOptions);
    if (valid._tag === 'Left') return valid;
    const { after, limit } = valid.right;
    const parsed = after === null ? ['0', '0'] : /^(\d{1,20}):(\d{1,19})$/.exec(after)?.slice(1);
    if (parsed === undefined) {
      return left(
        invalidInput(
          `checkpoint ${after} was not issued by the PostgreSQL store (expected <transaction>:<position>)`,
          ['after'],
        ),
      );
    }
    return guarded(async (): Promise<Either<ReadError, GlobalLogPage>> => {
      const deadline = Date.now() + visibilityWaitMs;
      let pause = 2;
      for (;;) {
        // One row more than asked for tells whether the page reaches the end of what is visible.
        const rows = await query<ReadAllRow>(sql.readAll, [parsed[0], parsed[1], limit + 1]);
        const heldBack = rows[0]?.held_back === true;
        const found = rows.filter((r) => r.position !== null);
        if (found.length <= limit && heldBack && Date.now() < deadline) {
          await sleep(pause);
          pause = Math.min(pause * 2, 50);
          continue;
        }
        const page = found.slice(0, limit);
        const events = decodePostgresRows(page);
        if (events._tag === 'Left') return events;
        const last = page[page.length - 1];
        return right({
          events: events.right,
          checkpoint: last === undefined ? after : `${String(last.transaction_id)}:${String(last.position)}`,
          isEndOfLog: found.length <= limit && !heldBack,
        });
      }
    });
  };

  const listStreams = (): Promise<Either<ReadError, readonly string[]>> =>
    guarded(async () =>
      right((await query<{ stream_id: string }>(sql.listStreams, [])).map((r) => r.stream_id)),
    );

  return right({
    name: 'postgres',
    schema: schema.right.name,
    appendToStream,
    readStream,
    readStreamForFold,
    readAll,
    listStreams,
    migrate: ensureReady,
    close: async () => {
      if (closed) return;
      closed = true;
      lanes.close();
      if (ownsPool) await pool.end();
    },
  });
};
