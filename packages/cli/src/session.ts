import { Command } from 'commander';
import { EventStore, LibraryError, storeUnavailable } from '@council-partnerships/domain';
import { CliIo, ExitCode } from './io';
import { reportError } from './render/errors';
import { TableLayout } from './render/table';

export interface StoreOptions {
  readonly store?: string;
  readonly json?: boolean;
  readonly wide?: boolean;
}

/** The options every command that reads a store takes, so each command's --help lists them. */
export const withStoreOptions = (command: Command): Command =>
  command
    .option(
      '--store <connection>',
      "event store connection string: 'memory:', 'sqlite:<path>', 'postgres://...', 'esdb://...' (default: $PARTNERSHIPS_STORE)",
    )
    .option('--json', 'write JSON to stdout instead of a readable table')
    .option('--wide', "draw tables in full, however wide, instead of fitting the terminal's width");

/**
 * How wide tables may be: the terminal's width when stdout is a terminal (or COLUMNS, when set), no
 * limit in a pipe or a file, and no limit at all with --wide.
 */
export const tableLayout = (io: CliIo, options: { wide?: boolean }): TableLayout => {
  if (options.wide === true) return { wide: true };
  if (io.stdout.isTTY === true && io.stdout.columns !== undefined && io.stdout.columns > 0) {
    return { width: io.stdout.columns };
  }
  const columns = Number(io.env?.['COLUMNS']);
  return Number.isSafeInteger(columns) && columns > 0 ? { width: columns } : {};
};

export const fail = (io: Pick<CliIo, 'stderr'>, error: Pick<LibraryError, 'code' | 'message'>): ExitCode => {
  reportError(io.stderr, error);
  return ExitCode.failed;
};

export const writeJson = (io: CliIo, value: unknown): void => {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
};

/** Opens the store named by the options, runs `use` with it and always closes it again. */
export const withStore = async (
  io: CliIo,
  options: StoreOptions,
  use: (store: EventStore, connection: string) => Promise<ExitCode>,
): Promise<ExitCode> => {
  const connection = options.store ?? io.env?.['PARTNERSHIPS_STORE'];
  if (connection === undefined || connection.trim() === '') {
    return fail(io, {
      code: 'InvalidInput',
      message: 'no event store given: pass --store <connection string> or set PARTNERSHIPS_STORE',
    });
  }
  let opened;
  try {
    opened = await io.openStore(connection);
  } catch (error) {
    return fail(io, storeUnavailable(error));
  }
  if (opened._tag === 'Left') return fail(io, opened.left);
  const store = opened.right;
  try {
    return await use(store, connection);
  } finally {
    await store.close().catch(() => undefined);
  }
};
