import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The database drivers belong to the adapters package; the tamper tests borrow them from there to
 * edit rows behind the store's back, as someone with write access to the table could. Only the few
 * calls the tests make are typed.
 */
const fromAdapters = createRequire(join(__dirname, '..', '..', '..', 'adapters', 'package.json'));

export interface SqliteFile {
  prepare(sql: string): { run(...params: unknown[]): unknown };
  close(): void;
}
export const openSqliteFile = (filename: string): SqliteFile => {
  const Database = fromAdapters('better-sqlite3') as new (filename: string) => SqliteFile;
  return new Database(filename);
};

export interface PgClient {
  connect(): Promise<void>;
  query(text: string, values?: readonly unknown[]): Promise<unknown>;
  end(): Promise<void>;
}
export const pgClient = (connectionString: string): PgClient => {
  const { Client } = fromAdapters('pg') as { Client: new (config: { connectionString: string }) => PgClient };
  return new Client({ connectionString });
};
