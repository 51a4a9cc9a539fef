// `@council-partnerships/adapters/sqlite`: the embedded store (needs the optional peer better-sqlite3).
export * from './sqliteEventStore';
export * from './sqliteSchema';
export * from './sqliteSnapshotStore';
