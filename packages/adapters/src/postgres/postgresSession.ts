import { Either, left, right } from 'fp-ts/Either';
import { Query, type Pool, type PoolClient } from 'pg';
import { InvalidInput, StoreUnavailable, storeUnavailable } from '@council-partnerships/domain';
import { guardedBy } from '../shared/guarded';
import { ConnectionLanes } from './connectionLanes';
import { asError, postgresFailure } from './postgresErrors';
import { checkPostgresSchema, migratePostgres, SchemaName } from './postgresSchema';
import { NamedStatement, postgresStatements, PostgresStatements } from './postgresSql';
import { StreamHeadCache } from './streamHeadCache';

/**
 * What the appends and the reads of one PostgreSQL store share: its statements, its connections, the
 * schema made ready once, and the heads of the streams it last wrote or read.
 */
export interface PostgresSession {
  readonly schema: SchemaName;
  readonly sql: PostgresStatements;
  readonly heads: StreamHeadCache;
  /** Runs a named statement on `client`, or on a connection of the store's for just this statement. */
  readonly query: <R>(statement: NamedStatement, values: unknown[], client?: PoolClient) => Promise<R[]>;
  /**
   * Runs a named statement, handing each row to `onRow` as the driver reads it instead of collecting
   * them, and resolves once the last has arrived. `onRow` runs inside the driver and must not throw
   * (one that does fails the statement, and no further rows reach it).
   */
  readonly eachRow: (
    statement: NamedStatement,
    values: unknown[],
    onRow: (row: unknown) => void,
  ) => Promise<void>;
  /** Runs `work` on one connection between BEGIN and COMMIT; an answer of null rolls it back. */
  readonly inTransaction: <A>(work: (client: PoolClient) => Promise<A | null>) => Promise<A | null>;
  /** Runs one operation once the schema is ready, turning driver failures into values. */
  readonly guarded: <E, A>(
    work: () => Promise<Either<E, A>>,
  ) => Promise<Either<E | InvalidInput | StoreUnavailable, A>>;
  /** Makes the schema ready: migrated, or with `migrations: 'check'` only checked. Once per store. */
  readonly ready: () => Promise<Either<StoreUnavailable, readonly number[]>>;
  readonly close: () => Promise<void>;
}

export const openPostgresSession = (
  pool: Pool,
  ownsPool: boolean,
  schema: SchemaName,
  migrations: 'apply' | 'check',
): PostgresSession => {
  // A pool the application shares gets each connection back after every query; the store's own pool
  // lends it connections for as long as it keeps them busy.
  const lanes = new ConnectionLanes(pool, { pin: ownsPool, idleMs: 1000 });
  let closed = false;
  let readying: Promise<Either<StoreUnavailable, readonly number[]>> | null = null;
  // Set once the schema is known to be ready, so each operation after that skips awaiting `readying`.
  let migrated = false;

  const ready = (): Promise<Either<StoreUnavailable, readonly number[]>> => {
    if (closed)
      return Promise.resolve(
        left(storeUnavailable(`the PostgreSQL store on schema ${schema.name} is closed`)),
      );
    if (readying === null) {
      const prepare = migrations === 'check' ? checkPostgresSchema : migratePostgres;
      readying = prepare(pool, schema).then((result) => {
        if (result._tag === 'Left') readying = null;
        else migrated = true;
        return result;
      });
    }
    return readying;
  };
  const isReady = right<StoreUnavailable, readonly number[]>([]);

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

  const eachRow = async (
    statement: NamedStatement,
    values: unknown[],
    onRow: (row: unknown) => void,
  ): Promise<void> => {
    const lane = lanes.take() ?? (await lanes.open());
    try {
      await new Promise<void>((resolve, reject) => {
        let thrown: { readonly error: unknown } | null = null;
        // With a row listener and no callback, the driver keeps no rows: each is garbage once handed on.
        const submitted = new Query({ name: statement.name, text: statement.text, values });
        submitted.on('row', (row: unknown) => {
          if (thrown !== null) return;
          try {
            onRow(row);
          } catch (error) {
            thrown = { error };
          }
        });
        submitted.on('end', () => (thrown === null ? resolve() : reject(asError(thrown.error))));
        submitted.on('error', reject);
        lane.query(submitted);
      });
      lanes.put(lane);
    } catch (error) {
      lanes.put(lane, error);
      throw error;
    }
  };

  const inTransaction = async <A>(work: (client: PoolClient) => Promise<A | null>): Promise<A | null> => {
    const client = lanes.take() ?? (await lanes.open());
    try {
      await client.query('BEGIN');
      const done = await work(client);
      await client.query(done === null ? 'ROLLBACK' : 'COMMIT');
      lanes.put(client);
      return done;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      lanes.put(client, error);
      throw error;
    }
  };

  return {
    schema,
    sql: postgresStatements(schema),
    heads: new StreamHeadCache(10_000),
    query,
    eachRow,
    inTransaction,
    guarded: guardedBy(
      () => (migrated && !closed ? isReady : ready()),
      (error) => postgresFailure(error, `PostgreSQL event store (schema ${schema.name})`),
    ),
    ready,
    close: async () => {
      if (closed) return;
      closed = true;
      lanes.close();
      if (ownsPool) await pool.end();
    },
  };
};
