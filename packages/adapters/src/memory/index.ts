// `@council-partnerships/adapters/memory`: a store in process memory, for tests and trials.
export * from './inMemoryEventStore';
export * from './inMemorySnapshotStore';
