// `@council-partnerships/adapters/eventstoredb`: EventStoreDB (needs the optional peer @eventstore/db-client).
export * from './eventStoreDbStore';
