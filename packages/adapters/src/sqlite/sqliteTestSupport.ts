import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Helpers for the SQLite tests: a store file of its own for each case, removed when the test file
 * ends, and a way to change what a file holds behind the store's back. Not part of the public API.
 */
export const temporarySqliteFiles = (label: string): (() => string) => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  return () => {
    const dir = mkdtempSync(join(tmpdir(), `sqlite-${label}-`));
    dirs.push(dir);
    return join(dir, 'events.sqlite');
  };
};

/** Changes stored rows behind the store's back, as someone with the file could. */
export const rewriteRows = (filename: string, statement: string, ...values: unknown[]): void => {
  const db = new Database(filename);
  db.prepare(statement).run(...values);
  db.close();
};
