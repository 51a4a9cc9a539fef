// `@council-partnerships/adapters/postgres`: PostgreSQL (needs the optional peer pg).
export * from './postgresEventStore';
export * from './postgresSchema';
export * from './postgresSnapshotStore';
