// The adapters README's "Opening a store" shows the `open` region: the store a deployment's
// configuration names, whichever database that is.
import { openEventStore } from '@council-partnerships/adapters';
import { createPartnershipHandler } from '@council-partnerships/domain';

export const openConfiguredStore = async () => {
  // #region open
  const opened = await openEventStore(process.env.EVENT_STORE ?? 'sqlite:./partnerships.sqlite');
  if (opened._tag === 'Left') throw new Error(opened.left.message); // InvalidInput or StoreUnavailable
  const store = opened.right; // created and migrated if new
  const handle = createPartnershipHandler({ store }); // event ids: time-ordered UUIDv7 (`uuidV7`)
  // … send commands through `handle`; when the process stops: await store.close();
  // #endregion open
  return { store, handle };
};
