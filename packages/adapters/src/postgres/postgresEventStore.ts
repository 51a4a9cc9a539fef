import { Either, left, right } from 'fp-ts/Either';
import { Pool } from 'pg';
import {
  EventStore,
  InvalidInput,
  invalidInput,
  RecordedEvent,
  StoreUnavailable,
} from '@council-partnerships/domain';
import { systemClock } from '../connection/systemClock';
import { appendChecked } from '../shared/checkedInput';
import { postgresAppend } from './postgresAppend';
import { postgresReads } from './postgresReads';
import { checkedLocation, storePool } from './postgresPool';
import { openPostgresSession } from './postgresSession';

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
   * Default 1: with one statement at a time the groups are larger and the commits fewer, which measured
   * faster than 2 for sixteen writers on their own streams and for sixteen handlers on one stream.
   * `false` writes every append in a statement of its own.
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

/**
 * The production store on the database councils already run. An append is one INSERT statement:
 * atomic on its own, inserting only if the event it follows is stored with the hash it chains from, and
 * made exclusive by UNIQUE (stream_id, stream_version), so two writers can never both extend a stream
 * from the same version (`postgresAppend`). The global log is ordered by (transaction_id, position) and
 * read only below the oldest transaction still in flight, so an event that commits late is never
 * skipped (`postgresReads`).
 */
export const createPostgresEventStore = (
  options: PostgresEventStoreOptions,
): Either<InvalidInput, PostgresEventStore> => {
  const schema = checkedLocation(options);
  if (schema._tag === 'Left') return schema;
  const groupAppends = options.groupAppends ?? 1;
  if (groupAppends !== false && !(Number.isSafeInteger(groupAppends) && groupAppends >= 1)) {
    return left(
      invalidInput('groupAppends must be a whole number of statements, 1 or more, or false', [
        'groupAppends',
      ]),
    );
  }
  const { pool, ownsPool } = storePool(options, 10);

  const session = openPostgresSession(pool, ownsPool, schema.right, options.migrations ?? 'apply');
  const append = postgresAppend(session, {
    clock: options.clock ?? systemClock,
    groupAppends,
    ...(options.beforeCommit === undefined ? {} : { beforeCommit: options.beforeCommit }),
  });
  return right({
    name: 'postgres',
    schema: schema.right.name,
    appendToStream: appendChecked(append),
    ...postgresReads(session, options.visibilityWaitMs ?? 500),
    migrate: session.ready,
    close: session.close,
  });
};
