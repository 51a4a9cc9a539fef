export * from './memory/inMemoryEventStore';
export * from './sqlite/sqliteEventStore';
export * from './sqlite/sqliteSchema';
export * from './connection/systemClock';
export * from './connection/uuidV7';
export * from './postgres/postgresEventStore';
export * from './postgres/postgresSchema';
export * from './eventstoredb/eventStoreDbStore';
