import { openEventStore } from '@council-partnerships/adapters';
import { CliIo } from './io';

/**
 * Opens a store for reading, creating nothing. Opening a SQLite path or PostgreSQL schema that does not
 * exist would otherwise create an empty store, and an auditor with a mistyped address would be told an
 * empty history is intact; PostgreSQL's schema is checked rather than migrated, so a read replica works.
 */
export const openForAudit: CliIo['openStore'] = (connection) =>
  openEventStore(connection, { existing: true });

/** The real process: its streams, its environment, the adapters. */
export const processIo = (): CliIo => ({
  stdout: process.stdout,
  stderr: process.stderr,
  openStore: openForAudit,
  env: process.env,
  now: () => new Date(),
});
