import { Either, left, right } from 'fp-ts/Either';
import { Pool } from 'pg';
import {
  checkSnapshot,
  InvalidInput,
  Snapshot,
  SnapshotError,
  snapshotFromStored,
  SnapshotStore,
  StoreUnavailable,
  storeUnavailable,
} from '@council-partnerships/domain';
import { guardedBy } from '../shared/guarded';
import { postgresFailure } from './postgresErrors';
import { checkedLocation, storePool } from './postgresPool';
import { migratePostgres } from './postgresSchema';

export interface PostgresSnapshotStoreOptions {
  /** e.g. postgres://user@host:5432/db. Give this or `pool`. */
  readonly connectionString?: string;
  /** A pool the application already runs (the event store's, say); left open on close(). */
  readonly pool?: Pool;
  /** The event store's schema (default `event_store`): snapshots are a table of their own in it. */
  readonly schema?: string;
  /** Connections in the pool the store creates (default 2). */
  readonly poolSize?: number;
}

interface SnapshotRow {
  readonly streamVersion: unknown;
  readonly eventHash: unknown;
  readonly stateSchemaVersion: unknown;
  readonly stateText: unknown;
}

/**
 * Snapshots in the event store's PostgreSQL schema, table `snapshots` (created by the same
 * migrations as the events table). One row per stream; a write replaces it in one statement.
 */
export const createPostgresSnapshotStore = (
  options: PostgresSnapshotStoreOptions,
): Either<InvalidInput, SnapshotStore> => {
  const schema = checkedLocation(options);
  if (schema._tag === 'Left') return schema;
  const { pool, ownsPool } = storePool(options, 2);
  const s = schema.right.quoted;
  const read = {
    name: `snapshot-read-${schema.right.name}`,
    text: `SELECT stream_version AS "streamVersion", event_hash AS "eventHash",
      state_schema_version AS "stateSchemaVersion", state AS "stateText"
    FROM ${s}.snapshots WHERE stream_id = $1`,
  };
  const write = {
    name: `snapshot-write-${schema.right.name}`,
    text: `INSERT INTO ${s}.snapshots (stream_id, stream_version, event_hash, state_schema_version, state)
    VALUES ($1, $2, $3, $4, $5)
    ON CONFLICT (stream_id) DO UPDATE SET stream_version = excluded.stream_version,
      event_hash = excluded.event_hash, state_schema_version = excluded.state_schema_version,
      state = excluded.state`,
  };

  let closed = false;
  let readying: Promise<Either<StoreUnavailable, readonly number[]>> | null = null;
  const ready = (): Promise<Either<StoreUnavailable, readonly number[]>> => {
    if (closed) return Promise.resolve(left(storeUnavailable(`the PostgreSQL snapshot store is closed`)));
    readying ??= migratePostgres(pool, schema.right).then((result) => {
      if (result._tag === 'Left') readying = null;
      return result;
    });
    return readying;
  };
  const guarded = guardedBy(ready, (error) => postgresFailure(error, 'snapshots'));

  return right({
    name: 'postgres',
    readLatest: (streamId): Promise<Either<SnapshotError, Snapshot | null>> =>
      guarded(async () => {
        const rows = (await pool.query<SnapshotRow>({ ...read, values: [streamId] })).rows;
        const row = rows[0];
        return row === undefined ? right(null) : snapshotFromStored(streamId, row);
      }),
    write: (snapshot): Promise<Either<SnapshotError, Snapshot>> =>
      guarded(async () => {
        const checked = checkSnapshot(snapshot);
        if (checked._tag === 'Left') return checked;
        const c = checked.right;
        const values = [
          c.streamId,
          c.streamVersion,
          c.eventHash,
          c.stateSchemaVersion,
          JSON.stringify(c.state),
        ];
        await pool.query({ ...write, values });
        return checked;
      }),
    close: async () => {
      if (closed) return;
      closed = true;
      if (ownsPool) await pool.end().catch(() => undefined);
    },
  });
};
