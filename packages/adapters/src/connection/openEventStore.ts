import { Either, left, right } from 'fp-ts/Either';
import { existsSync } from 'node:fs';
import {
  EventStore,
  InvalidInput,
  invalidInput,
  StoreUnavailable,
  storeUnavailable,
} from '@council-partnerships/domain';
import { createInMemoryEventStore } from '../memory/inMemoryEventStore';

export interface OpenOptions {
  /** System time for `recordedAt`; inject a fixed clock in tests. */
  readonly clock?: () => Date;
  /**
   * Open only a store that is already there, creating nothing: a missing SQLite file or PostgreSQL
   * schema is refused rather than created empty (an auditor with a mistyped address would otherwise be
   * told that an empty history is intact), and PostgreSQL's schema is checked, not migrated.
   */
  readonly existing?: boolean;
}

export const acceptedConnectionStrings = [
  'memory:  (in process memory, gone when the process ends)',
  'sqlite:<path>, or a path ending .sqlite, .sqlite3 or .db  (one local file, no server)',
  'postgres://user@host:5432/database[?schema=name], or postgresql://…  (PostgreSQL; schema defaults to event_store)',
  'esdb://host:2113[?tls=false], or esdb+discover://…  (EventStoreDB)',
];

const sqlitePathOf = (connectionString: string): string | null => {
  if (connectionString.startsWith('sqlite:')) {
    const rest = connectionString.slice('sqlite:'.length);
    // sqlite:///abs/path and sqlite://relative/path, as URL-minded tools write them.
    return rest.startsWith('//') ? rest.slice(2) : rest;
  }
  return /\.(sqlite|sqlite3|db)$/i.test(connectionString) && !connectionString.includes('://')
    ? connectionString
    : null;
};

/** Splits `?schema=` off a PostgreSQL URL: the schema is the store's, not a server parameter. */
const postgresParts = (
  connectionString: string,
): Either<InvalidInput, { url: string; schema: string | undefined }> => {
  let url: URL;
  try {
    url = new URL(connectionString);
  } catch {
    return left(invalidInput(`${connectionString} is not a valid PostgreSQL URL`, ['connectionString']));
  }
  const schema = url.searchParams.get('schema') ?? undefined;
  url.searchParams.delete('schema');
  return right({ url: url.toString(), schema });
};

/** Loads an adapter whose driver may not be installed, saying which package to add if it is not. */
const loadDriver = async <M>(
  driver: string,
  load: () => Promise<M>,
): Promise<Either<StoreUnavailable, M>> => {
  try {
    return right(await load());
  } catch (error) {
    const missing = (error as { code?: string }).code === 'MODULE_NOT_FOUND';
    return left(
      storeUnavailable(
        missing
          ? `this store needs the ${driver} package, which is not installed`
          : `the ${driver} driver could not be loaded: ${(error as Error).message}`,
        missing
          ? `add it to your project: npm install ${driver}`
          : 'reinstall the driver for this Node version',
      ),
    );
  }
};

/**
 * Opens the store a connection string names, ready to use: a SQLite file or PostgreSQL schema is created
 * and migrated before the store is handed back (with `existing`, only an existing one is opened), so a
 * bad address or an unreachable server is reported here rather than at the first append.
 */
export const openEventStore = async (
  connectionString: string,
  options: OpenOptions = {},
): Promise<Either<InvalidInput | StoreUnavailable, EventStore>> => {
  const clock = options.clock === undefined ? {} : { clock: options.clock };
  const trimmed = connectionString.trim();

  if (trimmed === 'memory:') return right(createInMemoryEventStore(clock));

  const sqlitePath = sqlitePathOf(trimmed);
  if (sqlitePath !== null) {
    if (sqlitePath === '')
      return left(
        invalidInput('sqlite: needs a file path, e.g. sqlite:./events.sqlite', ['connectionString']),
      );
    if (options.existing === true && !existsSync(sqlitePath)) {
      return left(
        storeUnavailable(
          `there is no SQLite file at ${sqlitePath}; nothing was created`,
          'check the path in the connection string',
        ),
      );
    }
    // Each driver is loaded only when its store is asked for: it is an optional peer dependency.
    const sqlite = await loadDriver('better-sqlite3', () => import('../sqlite/sqliteEventStore'));
    if (sqlite._tag === 'Left') return sqlite;
    const store = sqlite.right.createSqliteEventStore({ filename: sqlitePath, ...clock });
    const migrated = await store.migrate();
    if (migrated._tag === 'Left') {
      await store.close();
      return migrated;
    }
    return right(store);
  }

  if (/^postgres(ql)?:\/\//i.test(trimmed)) {
    const parts = postgresParts(trimmed);
    if (parts._tag === 'Left') return parts;
    const postgres = await loadDriver('pg', () => import('../postgres/postgresEventStore'));
    if (postgres._tag === 'Left') return postgres;
    const created = postgres.right.createPostgresEventStore({
      connectionString: parts.right.url,
      ...(parts.right.schema === undefined ? {} : { schema: parts.right.schema }),
      ...(options.existing === true ? { migrations: 'check' as const } : {}),
      ...clock,
    });
    if (created._tag === 'Left') return created;
    const migrated = await created.right.migrate();
    if (migrated._tag === 'Left') {
      await created.right.close();
      return migrated;
    }
    return right(created.right);
  }

  if (/^esdb(\+discover)?:\/\//i.test(trimmed)) {
    const esdb = await loadDriver('@eventstore/db-client', () => import('../eventstoredb/eventStoreDbStore'));
    if (esdb._tag === 'Left') return esdb;
    return esdb.right.createEventStoreDbStore({ connectionString: trimmed, ...clock });
  }

  return left(
    invalidInput(
      `cannot tell which event store ${JSON.stringify(connectionString)} names; use one of: ${acceptedConnectionStrings.join('; ')}`,
      ['connectionString'],
    ),
  );
};
