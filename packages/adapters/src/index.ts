export * from './memory/inMemoryEventStore';
