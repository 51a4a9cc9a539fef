import type { Database } from 'better-sqlite3';
import { Either, left, right } from 'fp-ts/Either';
import { StoreUnavailable, storeUnavailable } from '@council-partnerships/domain';

export interface SqliteMigration {
  readonly version: number;
  readonly description: string;
  readonly statements: readonly string[];
}

/**
 * Every change to the file's layout, in order. A file records the last one applied in
 * `PRAGMA user_version`; opening a file runs the ones after it. Never edit a released migration: add one.
 */
export const sqliteMigrations: readonly SqliteMigration[] = [
  {
    version: 1,
    description: 'events table: one row per event, the rowid is the global position',
    statements: [
      // STRICT: a value of the wrong type is refused on write instead of being read back as something else.
      `CREATE TABLE events (
        global_position INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL UNIQUE,
        stream_id TEXT NOT NULL,
        stream_version INTEGER NOT NULL,
        event_type TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        data TEXT NOT NULL,
        actor TEXT NOT NULL,
        occurred_at TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        command_id TEXT NOT NULL,
        correlation_id TEXT NOT NULL,
        causation_id TEXT,
        previous_hash TEXT,
        hash TEXT NOT NULL,
        UNIQUE (stream_id, stream_version)
      ) STRICT`,
      // Lists streams in order of first appearance without scanning every event.
      'CREATE INDEX events_stream_starts ON events (global_position) WHERE stream_version = 1',
    ],
  },
  {
    version: 2,
    description: 'snapshots table: the latest cached state of a stream, checked against its events on use',
    statements: [
      // A cache beside the events, never joined to them: deleting every row loses nothing but time.
      `CREATE TABLE snapshots (
        stream_id TEXT PRIMARY KEY,
        stream_version INTEGER NOT NULL,
        event_hash TEXT NOT NULL,
        state_schema_version INTEGER NOT NULL,
        state TEXT NOT NULL
      ) STRICT`,
    ],
  },
];

export const latestSqliteSchemaVersion = sqliteMigrations[sqliteMigrations.length - 1]!.version;

/**
 * Brings a file up to the latest layout. Runs in one IMMEDIATE transaction so that two processes opening
 * the same new file cannot both apply a migration; refuses a file written by a newer release.
 */
export const migrateSqlite = (
  db: Database,
  filename: string,
): Either<StoreUnavailable, readonly number[]> => {
  try {
    return db
      .transaction((): Either<StoreUnavailable, readonly number[]> => {
        const current = db.pragma('user_version', { simple: true }) as number;
        if (current > latestSqliteSchemaVersion) {
          return left(
            storeUnavailable(
              `${filename} has schema version ${current} but this release knows up to ${latestSqliteSchemaVersion}`,
              'open it with a newer release of the library',
            ),
          );
        }
        const applied: number[] = [];
        for (const migration of sqliteMigrations) {
          if (migration.version <= current) continue;
          for (const statement of migration.statements) db.exec(statement);
          applied.push(migration.version);
        }
        // user_version cannot take a bound parameter; the value is an integer from the list above.
        if (applied.length > 0) db.pragma(`user_version = ${latestSqliteSchemaVersion}`);
        return right(applied);
      })
      .immediate();
  } catch (error) {
    return left(storeUnavailable(error, `could not prepare the SQLite file ${filename}`));
  }
};
