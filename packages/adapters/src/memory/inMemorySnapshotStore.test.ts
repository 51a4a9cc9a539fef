import { snapshotStoreContract } from '@council-partnerships/testing';
import { createInMemorySnapshotStore } from './inMemorySnapshotStore';

snapshotStoreContract('in memory', () => {
  const store = createInMemorySnapshotStore();
  return Promise.resolve({
    store,
    corruptSnapshot: (streamId) => store.tamperWithSnapshot(streamId, (text) => text.slice(0, -3)),
  });
});
