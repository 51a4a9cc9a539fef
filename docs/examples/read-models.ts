// The projections README shows these regions: the ways to keep a read model and to ask it about the past.
import { join } from 'node:path';
import { createPartnershipHandler, EventStore, PartnershipCommand } from '@council-partnerships/domain';
import {
  contractValueOf,
  contractValueProjection,
  createAsyncProjection,
  createInlineProjection,
  createJsonFileCheckpointStore,
  createPerformanceProjection,
  OcdsRelease,
  ocdsProjection,
  ocdsReleases,
  performanceOf,
  performanceProjection,
  readAsOf,
  rebuildProjection,
  registerProjection,
} from '@council-partnerships/projections';

export const performanceKeepingMore = () => {
  // #region history
  const longHistory = createPerformanceProjection({ scorecardsKept: 60 }); // or 'all'
  // #endregion history
  return longHistory;
};

export const rebuiltValue = async (store: EventStore) => {
  // #region rebuild
  const folded = await rebuildProjection(store, contractValueProjection, { pageSize: 1000 });
  if (folded._tag === 'Left') return folded; // StoreUnavailable, CorruptEvent …: a value, never thrown
  const worth = contractValueOf(folded.right.state, 'central-bedfordshire-cyp-support');
  // #endregion rebuild
  return { _tag: 'Right' as const, right: worth };
};

export const inlineValue = async (store: EventStore, command: PartnershipCommand) => {
  const handle = createPartnershipHandler({ store });
  // #region inline
  const value = createInlineProjection(contractValueProjection);
  await value.catchUp(store); // at start-up: everything already in the log
  const handled = await handle(command); // the partnership command handler
  if (handled._tag === 'Right') value.projectAppended(handled.right.events);
  const now = value.state(); // the user sees their own change at once
  // #endregion inline
  return { handled, now };
};

export const registerWorker = async (store: EventStore, dataDirectory: string) => {
  // #region async
  const worker = createAsyncProjection({
    store,
    projection: registerProjection,
    checkpoints: createJsonFileCheckpointStore({ directory: join(dataDirectory, 'read-models') }),
  });
  await worker.catchUp(); // fold to the end of the log, saving after every page
  const following = await worker.follow(); // or keep following the log until stopped
  // … later: if (following._tag === 'Right') await following.right.stop();
  // #endregion async
  return { worker, following };
};

export const stocktonAsAuditorsSawIt = async (store: EventStore) => {
  // #region as-of
  const februaryView = await readAsOf(
    store,
    performanceProjection,
    { businessDate: '2023-01-31', recordedBy: '2023-02-15T23:59:59+00:00' },
    (state, today) => performanceOf(state, 'stockton-family-support', { today }),
  );
  // #endregion as-of
  return februaryView;
};

export const publishReleases = async (
  store: EventStore,
  publish: (release: OcdsRelease) => void,
  publishedUpTo: number,
) => {
  let lastPublished = publishedUpTo;
  // #region ocds
  const folded = await rebuildProjection(store, ocdsProjection);
  if (folded._tag === 'Right') {
    const read = ocdsReleases(folded.right.state, {
      ocidPrefix: 'ocds-h6vhtk',
      afterPosition: lastPublished,
    });
    if (read._tag === 'Right') {
      for (const release of read.right.releases) publish(release);
      lastPublished = read.right.lastPosition;
    }
  }
  // #endregion ocds
  return lastPublished;
};
