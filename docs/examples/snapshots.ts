// The adapters and domain READMEs show how a council turns snapshots on: the `sqlite` region (and the
// adapters README the `postgres` one), each a handler whose cold starts begin at a partnership's snapshot.
import {
  createPostgresEventStore,
  createPostgresSnapshotStore,
} from '@council-partnerships/adapters/postgres';
import { createSqliteEventStore, createSqliteSnapshotStore } from '@council-partnerships/adapters/sqlite';
import { createPartnershipHandler, SnapshotWarning } from '@council-partnerships/domain';

export const sqliteWithSnapshots = (filename: string, warnings: SnapshotWarning[] = []) => {
  // #region sqlite
  const store = createSqliteEventStore({ filename });
  const snapshots = createSqliteSnapshotStore({ filename }); // a table beside the events, same file
  const handle = createPartnershipHandler({
    store,
    snapshots: {
      store: snapshots,
      every: 1000, // a new snapshot after every 1,000 events of a partnership (the default)
      onWarning: (warning) => warnings.push(warning), // a snapshot ignored, or one not written
    },
  });
  // #endregion sqlite
  return { store, snapshots, handle };
};

export const postgresWithSnapshots = (connectionString: string, schema: string) => {
  // #region postgres
  const store = createPostgresEventStore({ connectionString, schema });
  const snapshots = createPostgresSnapshotStore({ connectionString, schema }); // table `snapshots`
  if (store._tag === 'Left' || snapshots._tag === 'Left') throw new Error('check the connection options');
  const handle = createPartnershipHandler({ store: store.right, snapshots: { store: snapshots.right } });
  // #endregion postgres
  return { store: store.right, snapshots: snapshots.right, handle };
};
