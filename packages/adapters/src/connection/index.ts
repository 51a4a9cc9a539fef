// Opening a store from a connection string, and the clock and event ids stores and handlers use by
// default. Part of the root entry; it loads a database driver only when a connection names one.
export * from './openEventStore';
export * from './systemClock';
export * from './uuidV7';
