import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { SnapshotStore } from '@council-partnerships/domain';
import {
  createPostgresEventStore,
  PostgresEventStore,
  PostgresEventStoreOptions,
} from './postgresEventStore';
import { createPostgresSnapshotStore } from './postgresSnapshotStore';

/**
 * Helpers for the PostgreSQL tests: a server address, a fresh schema per test (Jest runs files in
 * parallel), and whether the server can be reached. Not part of the public API.
 */
export const postgresTestUrl = process.env['POSTGRES_TEST_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

export const freshSchemaName = (label: string): string => `t_${label}_${randomBytes(6).toString('hex')}`;

/** A store on the test server in `schema`, with any other options a test needs. */
export const openTestStore = (
  schema: string,
  extra: Partial<PostgresEventStoreOptions> = {},
): PostgresEventStore => {
  const created = createPostgresEventStore({ connectionString: postgresTestUrl, schema, ...extra });
  if (created._tag === 'Left') throw new Error(created.left.message);
  return created.right;
};

/** A snapshot store on the test server in `schema`, beside the event store's tables. */
export const openTestSnapshots = (schema: string): SnapshotStore => {
  const created = createPostgresSnapshotStore({ connectionString: postgresTestUrl, schema });
  if (created._tag === 'Left') throw new Error(created.left.message);
  return created.right;
};

/**
 * A store for a contract in a schema of its own, dropped when the contract closes the store, with the
 * ways the contract may tamper with what it stored (which need to know the schema).
 */
export const storeInFreshSchema = <S extends { close(): Promise<void> }, Tampering extends object>(
  label: string,
  open: (schema: string) => S,
  tampering: (schema: string) => Tampering,
): Promise<{ store: S; close: () => Promise<void> } & Tampering> => {
  const schema = freshSchemaName(label);
  const store = open(schema);
  return Promise.resolve({
    store,
    ...tampering(schema),
    close: async () => {
      await store.close();
      await dropSchema(schema);
    },
  });
};

/** Runs `work` on a connection of its own (for what a test does to the database behind the store's back). */
export const withClient = async <A>(work: (client: Client) => Promise<A>): Promise<A> => {
  const client = new Client({ connectionString: postgresTestUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

export const dropSchema = async (schema: string): Promise<void> => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`refusing to drop ${schema}`);
  const client = new Client({ connectionString: postgresTestUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
};

/**
 * Asked once, synchronously, while Jest collects tests: a test file must decide whether to define its
 * PostgreSQL tests before any of them runs.
 */
export const postgresReachable = (): boolean => {
  const probe = `const { Client } = require('pg');
    const c = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
    c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));`;
  const result = spawnSync(process.execPath, ['-e', probe, postgresTestUrl], {
    cwd: __dirname,
    timeout: 10_000,
  });
  return result.status === 0;
};

/**
 * `describe` for PostgreSQL tests. Under CI they are never skipped: an unreachable server fails the run.
 * Elsewhere they are skipped with a warning that says why.
 */
export const describePostgres = (): jest.Describe => {
  if (process.env['CI'] === 'true' || postgresReachable()) return describe;
  console.warn(
    `PostgreSQL tests skipped: no server at ${postgresTestUrl}. Start one or set POSTGRES_TEST_URL (under CI=true they fail instead).`,
  );
  return describe.skip;
};
