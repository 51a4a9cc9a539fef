import { openEventStore } from '@council-partnerships/adapters';
import { CliIo } from './io';

/**
 * Opens a store for reading, creating nothing. Opening a SQLite path or PostgreSQL schema that does not
 * exist would otherwise create an empty store, and an auditor with a mistyped address would be told an
 * empty history is intact; PostgreSQL's schema is checked rather than migrated, so a read replica works.
 */
export const openForAudit: CliIo['openStore'] = (connection) =>
  openEventStore(connection, { existing: true });

/**
 * A reader that closes the pipe early (`partnerships timeline | head`) has all it wanted: the command
 * ends quietly with exit 0, not with a stack trace and a code that means "tampered".
 */
export const endQuietlyWhenPipeCloses = (stream: NodeJS.WriteStream, exit: (code: number) => void): void => {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return exit(0);
    process.stderr.write(`partnerships: OutputFailed: cannot write the output: ${error.message}\n`);
    exit(2);
  });
};

/** The real process: its streams, its environment, the adapters. */
export const processIo = (): CliIo => {
  endQuietlyWhenPipeCloses(process.stdout, (code) => process.exit(code));
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    openStore: openForAudit,
    env: process.env,
    now: () => new Date(),
  };
};
