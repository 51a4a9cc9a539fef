import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { openEventStore } from '@council-partnerships/adapters';
import { createInMemoryEventStore } from '@council-partnerships/adapters/memory';
import { createSqliteEventStore } from '@council-partnerships/adapters/sqlite';
import { describeError, EventStore } from '@council-partnerships/domain';

export const DEFAULT_DEMO_STORE = './partnerships-demo.sqlite';

/** Removes a SQLite file and its write-ahead log, so a demo starts from an empty store. */
export const removeSqliteFile = (filename: string): void => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (existsSync(filename + suffix)) rmSync(filename + suffix);
  }
};

/**
 * Is this file an event store of ours (a SQLite database with our events table)? A demo replaces
 * only such a file: a mistyped --store must not delete someone's document or database.
 */
export const isOurSqliteStore = (filename: string): boolean => {
  try {
    const db = new Database(filename, { readonly: true, fileMustExist: true });
    try {
      const table = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'events'")
        .get();
      return table !== undefined;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
};

export type DemoStoreChoice =
  { kind: 'sqlite'; filename: string } | { kind: 'memory' } | { kind: 'postgres'; connectionString: string };

/** `--store` as given: a PostgreSQL URL, or a SQLite file. */
export const demoStoreChoice = (store: string | null, memory: boolean, fallback: string): DemoStoreChoice =>
  memory
    ? { kind: 'memory' }
    : store !== null && /^postgres(ql)?:\/\//i.test(store)
      ? { kind: 'postgres', connectionString: store }
      : { kind: 'sqlite', filename: store ?? fallback };

/**
 * A fresh store for a demo run: the embedded SQLite default in a file recreated each run (only if it
 * is a store of ours), memory, or a PostgreSQL schema (created if need be; a command already recorded
 * there is not written twice). `synchronous: NORMAL` because the file is thrown away on the next run;
 * a council's store keeps the durable default.
 */
export const openDemoStore = async (
  where: DemoStoreChoice,
  clock?: () => Date,
): Promise<EventStore | { error: string }> => {
  const withClock = clock === undefined ? {} : { clock };
  if (where.kind === 'memory') return createInMemoryEventStore(withClock);
  if (where.kind === 'postgres') {
    const opened = await openEventStore(where.connectionString, withClock);
    return opened._tag === 'Left' ? { error: describeError(opened.left) } : opened.right;
  }
  if (existsSync(where.filename) && !isOurSqliteStore(where.filename)) {
    return {
      error: `${where.filename} exists and is not a council-partnerships store; nothing was replaced (choose another --store file)`,
    };
  }
  removeSqliteFile(where.filename);
  return createSqliteEventStore({ filename: where.filename, synchronous: 'NORMAL', ...withClock });
};

/** For tests and the simulator: memory or a SQLite file recreated each time. */
export const openFreshStore = (
  where: { kind: 'sqlite'; filename: string } | { kind: 'memory' },
  clock?: () => Date,
): EventStore => {
  if (where.kind === 'memory') return createInMemoryEventStore(clock === undefined ? {} : { clock });
  removeSqliteFile(where.filename);
  return createSqliteEventStore({
    filename: where.filename,
    synchronous: 'NORMAL',
    ...(clock !== undefined ? { clock } : {}),
  });
};
