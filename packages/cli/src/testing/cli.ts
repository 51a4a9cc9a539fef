import { Either, left, right } from 'fp-ts/Either';
import { createInMemoryEventStore, InMemoryEventStore } from '@council-partnerships/adapters';
import { EventStore, invalidInput, LibraryError, NewEvent } from '@council-partnerships/domain';
import { CliIo, OutputStream } from '../io';
import { runCli } from '../main';
import { councilStore } from './councilStore';

export interface Captured extends OutputStream {
  readonly text: () => string;
}

export const captured = (isTTY = false): Captured => {
  let text = '';
  return {
    write: (chunk: string) => {
      text += chunk;
      return true;
    },
    isTTY,
    columns: 120,
    text: () => text,
  };
};

export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the command line in process against named stores: `--store memory:<name>` opens `stores[name]`,
 * anything else is refused the way the adapters refuse a bad connection string.
 */
export const run = async (
  argv: readonly string[],
  stores: Record<string, EventStore> = {},
  overrides: Partial<Omit<CliIo, 'stdout' | 'stderr'>> & { readonly stderrIsTTY?: boolean } = {},
): Promise<Ran> => {
  const { stderrIsTTY = false, ...io } = overrides;
  const stdout = captured();
  const stderr = captured(stderrIsTTY);
  const openStore = (connection: string): Either<LibraryError, EventStore> => {
    const name = connection.startsWith('memory:') ? connection.slice('memory:'.length) : undefined;
    const store = name === undefined || !Object.hasOwn(stores, name) ? undefined : stores[name];
    return store === undefined
      ? left(invalidInput(`connection string ${connection} names no store this build can open`, ['store']))
      : right(store);
  };
  const code = await runCli(argv, {
    openStore,
    stdout,
    stderr,
    now: () => new Date('2025-03-31T16:00:00Z'),
    ...io,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
};

export const storeWith = async (
  streams: Record<string, readonly NewEvent[]>,
  recordedAt = '2024-04-01T08:00:00Z',
): Promise<InMemoryEventStore> => {
  const store = createInMemoryEventStore({ clock: () => new Date(recordedAt) });
  for (const [streamId, events] of Object.entries(streams)) {
    const appended = await store.appendToStream(streamId, events, { expectedVersion: 'any' });
    if (appended._tag === 'Left') throw new Error(appended.left.message);
  }
  return store;
};

/**
 * The stores `run` opens, holding the council's histories (see `councilStore`) as `memory:c` from
 * before the first test of the file or block that calls this.
 */
export const councilStores = (): Record<string, EventStore> => {
  const stores: Record<string, EventStore> = {};
  beforeAll(async () => {
    stores['c'] = await councilStore();
  });
  return stores;
};

/**
 * Runs commands against the council's histories (see `councilStores`): `cli(['replay',
 * '--partnership', id])` runs `partnerships replay --partnership <id> --store memory:c`.
 */
export const onCouncilStore = () => {
  const stores = councilStores();
  return (argv: readonly string[], overrides?: Parameters<typeof run>[2]): Promise<Ran> =>
    run([...argv, '--store', 'memory:c'], stores, overrides);
};

/** One command of such a runner: `commandOn(cli, 'export', 'ocds')('--json')` runs `export ocds --json`. */
export const commandOn =
  (cli: ReturnType<typeof onCouncilStore>, ...command: readonly string[]) =>
  (...args: readonly string[]): Promise<Ran> =>
    cli([...command, ...args]);

/** How every command refuses bad input: one line on stderr saying what is wrong, nothing on stdout, exit 2. */
export const expectRefusedInOneLine = (ran: Ran, message: RegExp): void => {
  expect(ran.code).toBe(2);
  expect(ran.stdout).toBe('');
  expect(ran.stderr).toMatch(message);
  expect(ran.stderr.trimEnd().split('\n')).toHaveLength(1);
};
