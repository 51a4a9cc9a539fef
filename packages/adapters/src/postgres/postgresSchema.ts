import { Either, left, right } from 'fp-ts/Either';
import type { Pool } from 'pg';
import { InvalidInput, invalidInput, StoreUnavailable, storeUnavailable } from '@council-partnerships/domain';
import { asError, postgresUnavailable } from './postgresErrors';

/** A schema name that needs no escaping and fits PostgreSQL's 63-byte identifier limit. */
const schemaNamePattern = /^[a-z_][a-z0-9_]{0,62}$/;

/** A validated, quoted schema identifier: the only text ever spliced into SQL rather than bound. */
export interface SchemaName {
  readonly name: string;
  readonly quoted: string;
}

export const schemaName = (name: string): Either<InvalidInput, SchemaName> =>
  schemaNamePattern.test(name)
    ? right({ name, quoted: `"${name}"` })
    : left(
        invalidInput(
          `schema name ${JSON.stringify(name)} must be lower-case letters, digits and underscores, starting with a letter or underscore, at most 63 characters`,
          ['schema'],
        ),
      );

export interface PostgresMigration {
  readonly version: number;
  readonly description: string;
  readonly statements: (schema: SchemaName) => readonly string[];
}

/**
 * Every change to the schema, in order; `schema_migrations` records which ones ran. Never edit a
 * released migration: add one.
 */
export const postgresMigrations: readonly PostgresMigration[] = [
  {
    version: 1,
    description: 'events table ordered by (transaction_id, position) for a gap-safe global log',
    statements: ({ quoted: s }) => [
      `CREATE TABLE ${s}.events (
        position bigserial NOT NULL,
        transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        event_id text NOT NULL,
        stream_id text NOT NULL,
        stream_version integer NOT NULL,
        event_type text NOT NULL,
        schema_version integer NOT NULL,
        data jsonb NOT NULL,
        actor jsonb NOT NULL,
        occurred_at text NOT NULL,
        recorded_at text NOT NULL,
        command_id text NOT NULL,
        correlation_id text NOT NULL,
        causation_id text,
        previous_hash text,
        hash text NOT NULL,
        CONSTRAINT events_log_order PRIMARY KEY (transaction_id, position),
        CONSTRAINT events_event_id_key UNIQUE (event_id),
        CONSTRAINT events_stream_version_key UNIQUE (stream_id, stream_version)
      )`,
      // Timestamps are kept as the exact text that was hashed: a timestamptz would drop the offset.
      `COMMENT ON COLUMN ${s}.events.transaction_id IS 'writer''s transaction; readers only pass rows below the oldest transaction in flight'`,
      `CREATE INDEX events_stream_starts ON ${s}.events (transaction_id, position) WHERE stream_version = 1`,
    ],
  },
  {
    version: 2,
    description: 'snapshots table: the latest cached state of a stream, checked against its events on use',
    statements: ({ quoted: s }) => [
      // The state is kept as the text written (jsonb would reorder it and cost a parse on every read);
      // the table is a cache beside the events, never joined to them.
      `CREATE TABLE ${s}.snapshots (
        stream_id text PRIMARY KEY,
        stream_version integer NOT NULL,
        event_hash text NOT NULL,
        state_schema_version integer NOT NULL,
        state text NOT NULL
      )`,
    ],
  },
  {
    version: 3,
    description: 'event data and actor kept as json text rather than jsonb: no conversion on append or read',
    statements: ({ quoted: s }) => [
      // Nothing queries inside an event's data: it is written once, read back whole and hashed as parsed.
      // The json type keeps the canonical text the hash was taken over, checked for syntax on the way in,
      // where jsonb rebuilt every document into its binary form on each append and back on each read.
      // Rows already stored keep their values (jsonb's text of them); the table is rewritten once.
      `ALTER TABLE ${s}.events
         ALTER COLUMN data TYPE json USING data::json,
         ALTER COLUMN actor TYPE json USING actor::json`,
    ],
  },
  {
    version: 4,
    description: 'snapshot state kept out of line uncompressed: a cold start reads it without decompressing',
    statements: ({ quoted: s }) => [
      // A long stream's state runs to a megabyte, which PostgreSQL compressed (pglz) by default and
      // decompressed on every cold start: about half the time of reading it back. A snapshot is a cache
      // read far more often than written, so its bytes on disk matter less than its read; this needs
      // no particular build of PostgreSQL (lz4 would). Snapshots written before keep their form until
      // the next one replaces them.
      `ALTER TABLE ${s}.snapshots ALTER COLUMN state SET STORAGE EXTERNAL`,
    ],
  },
];

export const latestPostgresSchemaVersion = postgresMigrations[postgresMigrations.length - 1]!.version;

/**
 * Creates the schema and applies pending migrations in one transaction, under an advisory lock keyed on
 * the schema name so that processes starting together take turns. Refuses a schema from a newer release.
 */
export const migratePostgres = async (
  pool: Pool,
  schema: SchemaName,
): Promise<Either<StoreUnavailable, readonly number[]>> => {
  let client;
  try {
    client = await pool.connect();
  } catch (error) {
    return left(
      postgresUnavailable(error, 'could not connect to PostgreSQL to prepare the event store schema'),
    );
  }
  let failed: Error | undefined;
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`council-partnerships:${schema.name}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema.quoted}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${schema.quoted}.schema_migrations (
        version integer PRIMARY KEY,
        description text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
    const done = await client.query<{ version: number }>(
      `SELECT version FROM ${schema.quoted}.schema_migrations`,
    );
    const current = Math.max(0, ...done.rows.map((r) => r.version));
    if (current > latestPostgresSchemaVersion) {
      await client.query('ROLLBACK');
      return left(
        storeUnavailable(
          `schema ${schema.name} is at version ${current} but this release knows up to ${latestPostgresSchemaVersion}`,
          'use a newer release of the library',
        ),
      );
    }
    const applied: number[] = [];
    for (const migration of postgresMigrations) {
      if (migration.version <= current) continue;
      for (const statement of migration.statements(schema)) await client.query(statement);
      await client.query(
        `INSERT INTO ${schema.quoted}.schema_migrations (version, description) VALUES ($1, $2)`,
        [migration.version, migration.description],
      );
      applied.push(migration.version);
    }
    await client.query('COMMIT');
    return right(applied);
  } catch (error) {
    failed = asError(error);
    await client.query('ROLLBACK').catch(() => undefined);
    return left(postgresUnavailable(error, `could not migrate the event store schema ${schema.name}`));
  } finally {
    // A connection that failed mid-migration is discarded rather than handed to the next caller.
    client.release(failed);
  }
};

/**
 * Checks, without creating or changing anything, that the schema holds an event store this release
 * can read: for readers that must not run DDL (an auditor's tools, a read replica, where it would fail).
 */
export const checkPostgresSchema = async (
  pool: Pool,
  schema: SchemaName,
): Promise<Either<StoreUnavailable, readonly number[]>> => {
  try {
    const found = await pool.query<{ migrations: string | null }>(
      `SELECT to_regclass($1)::text AS migrations`,
      [`${schema.quoted}.schema_migrations`],
    );
    if (found.rows[0]?.migrations === null || found.rows[0] === undefined) {
      return left(
        storeUnavailable(
          `there is no event store in schema ${schema.name}; nothing was created`,
          'check the schema in the connection string (?schema=), or open the store with a writer first',
        ),
      );
    }
    const done = await pool.query<{ version: number | null }>(
      `SELECT max(version) AS version FROM ${schema.quoted}.schema_migrations`,
    );
    const current = done.rows[0]?.version ?? 0;
    if (current === latestPostgresSchemaVersion) return right([]);
    return left(
      current > latestPostgresSchemaVersion
        ? storeUnavailable(
            `schema ${schema.name} is at version ${current} but this release knows up to ${latestPostgresSchemaVersion}`,
            'use a newer release of the library',
          )
        : storeUnavailable(
            `schema ${schema.name} is at version ${current}; this release reads version ${latestPostgresSchemaVersion}`,
            'open the store once with a writer (migrations applied) before reading it',
          ),
    );
  } catch (error) {
    return left(postgresUnavailable(error, `could not read the event store schema ${schema.name}`));
  }
};
