import { eventStoreContract } from '@council-partnerships/domain/testing';
import { createInMemoryEventStore } from './inMemoryEventStore';

eventStoreContract('in-memory', async () => {
  const store = createInMemoryEventStore();
  return {
    store,
    corruptEvent: async (streamId, version) =>
      store.tamperWithRow(streamId, version, (json) => json.slice(0, -5)),
    close: () => store.close(),
  };
});
