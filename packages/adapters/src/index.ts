// The root entry loads no database driver: each adapter is its own entry point
// (`@council-partnerships/adapters/sqlite`, `/postgres`, `/eventstoredb`, `/memory`), and
// `openEventStore` loads the one a connection string names when it is called.
export * from './memory';
export * from './connection';
export type { SqliteEventStore, SqliteEventStoreOptions } from './sqlite/sqliteEventStore';
export type { PostgresEventStore, PostgresEventStoreOptions } from './postgres/postgresEventStore';
export type { EventStoreDbStore, EventStoreDbStoreOptions } from './eventstoredb/eventStoreDbStore';
