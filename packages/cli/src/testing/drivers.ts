import Database from 'better-sqlite3';
import { Client } from 'pg';

/**
 * The database drivers, opened directly so the tamper tests can edit rows behind the store's back,
 * as someone with write access to the table could.
 */
export type SqliteFile = Database.Database;
export const openSqliteFile = (filename: string): SqliteFile => new Database(filename);

export type PgClient = Client;
export const pgClient = (connectionString: string): PgClient => new Client({ connectionString });
