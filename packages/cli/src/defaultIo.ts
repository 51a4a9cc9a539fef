import { existsSync } from 'node:fs';
import { left } from 'fp-ts/Either';
import { openEventStore } from '@council-partnerships/adapters';
import { invalidInput } from '@council-partnerships/domain';
import { CliIo } from './io';

/** The SQLite file a connection string names, if it names one (the adapters' accepted forms). */
export const sqliteFileOf = (connection: string): string | null => {
  const trimmed = connection.trim();
  if (trimmed.startsWith('sqlite:')) {
    const rest = trimmed.slice('sqlite:'.length);
    return rest.startsWith('//') ? rest.slice(2) : rest;
  }
  return /\.(sqlite|sqlite3|db)$/i.test(trimmed) && !trimmed.includes('://') ? trimmed : null;
};

/**
 * Opens a store for reading. Opening a SQLite path that does not exist would create an empty store,
 * and an auditor with a mistyped path would be told an empty history is intact; these commands only
 * read, so a missing file is refused instead.
 */
export const openForAudit: CliIo['openStore'] = async (connection) => {
  const file = sqliteFileOf(connection);
  if (file !== null && file !== '' && !existsSync(file)) {
    return left(invalidInput(`there is no SQLite file at ${file}; check the path in --store`, ['store']));
  }
  return openEventStore(connection);
};

/** The real process: its streams, its environment, the adapters. */
export const processIo = (): CliIo => ({
  stdout: process.stdout,
  stderr: process.stderr,
  openStore: openForAudit,
  env: process.env,
  now: () => new Date(),
});
