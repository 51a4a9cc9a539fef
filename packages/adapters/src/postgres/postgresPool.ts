import { Either, left } from 'fp-ts/Either';
import { Pool } from 'pg';
import { InvalidInput, invalidInput } from '@council-partnerships/domain';
import { SchemaName, schemaName } from './postgresSchema';

/** Where a PostgreSQL store finds its database: the event and snapshot stores take these alike. */
export interface PostgresStoreLocation {
  readonly connectionString?: string;
  readonly pool?: Pool;
  readonly schema?: string;
  readonly poolSize?: number;
}

/** The store's schema (default `event_store`), refused if it is not a plain name or no database is given. */
export const checkedLocation = (options: PostgresStoreLocation): Either<InvalidInput, SchemaName> => {
  const schema = schemaName(options.schema ?? 'event_store');
  if (schema._tag === 'Right' && options.pool === undefined && (options.connectionString ?? '') === '') {
    return left(invalidInput('give a connectionString or a pool', ['connectionString']));
  }
  return schema;
};

/**
 * The pool the store queries through: the application's if it gave one (left open on close), else one of
 * the store's own with `defaultSize` connections unless told otherwise.
 */
export const storePool = (
  options: PostgresStoreLocation,
  defaultSize: number,
): { readonly pool: Pool; readonly ownsPool: boolean } => {
  if (options.pool !== undefined) return { pool: options.pool, ownsPool: false };
  const pool = new Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? defaultSize,
    connectionTimeoutMillis: 5000,
  });
  // A connection dropped while idle (a server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return { pool, ownsPool: true };
};
