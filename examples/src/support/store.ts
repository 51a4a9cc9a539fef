import { existsSync, rmSync } from 'node:fs';
import { createInMemoryEventStore } from '@council-partnerships/adapters/memory';
import { createSqliteEventStore } from '@council-partnerships/adapters/sqlite';
import { EventStore } from '@council-partnerships/domain';

export const DEFAULT_DEMO_STORE = './partnerships-demo.sqlite';

/** Removes a SQLite file and its write-ahead log, so a demo starts from an empty store. */
export const removeSqliteFile = (filename: string): void => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (existsSync(filename + suffix)) rmSync(filename + suffix);
  }
};

/**
 * A fresh store for a demo run: the embedded SQLite default in a file recreated each run, or memory.
 * `synchronous: NORMAL` because the file is thrown away on the next run; a council's store keeps the
 * durable default.
 */
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
