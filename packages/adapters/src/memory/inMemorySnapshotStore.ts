import { Either, left, right } from 'fp-ts/Either';
import {
  checkSnapshot,
  Snapshot,
  SnapshotError,
  snapshotFromStored,
  SnapshotStore,
  storeUnavailable,
} from '@council-partnerships/domain';

export interface InMemorySnapshotStore extends SnapshotStore {
  /** Rewrites a stored snapshot's state text behind the store's back, for tests of damaged rows. */
  tamperWithSnapshot(streamId: string, rewrite: (stateText: string) => string): void;
}

interface Row {
  readonly streamVersion: number;
  readonly eventHash: string;
  readonly stateSchemaVersion: number;
  stateText: string;
}

/**
 * Snapshots in process memory, one per stream, kept as JSON text as a database would keep them: a
 * caller never shares an object with the store, and every read parses and checks the row.
 */
export const createInMemorySnapshotStore = (): InMemorySnapshotStore => {
  const rows = new Map<string, Row>();
  let closed = false;
  const isClosed = () => left(storeUnavailable('the in-memory snapshot store is closed'));

  return {
    name: 'memory',
    readLatest: (streamId): Promise<Either<SnapshotError, Snapshot | null>> => {
      if (closed) return Promise.resolve(isClosed());
      const row = rows.get(streamId);
      return Promise.resolve(row === undefined ? right(null) : snapshotFromStored(streamId, row));
    },
    write: (snapshot): Promise<Either<SnapshotError, Snapshot>> => {
      if (closed) return Promise.resolve(isClosed());
      const checked = checkSnapshot(snapshot);
      if (checked._tag === 'Right') {
        const { streamId, streamVersion, eventHash, stateSchemaVersion, state } = checked.right;
        rows.set(streamId, {
          streamVersion,
          eventHash,
          stateSchemaVersion,
          stateText: JSON.stringify(state),
        });
      }
      return Promise.resolve(checked);
    },
    tamperWithSnapshot: (streamId, rewrite) => {
      const row = rows.get(streamId);
      if (row !== undefined) row.stateText = rewrite(row.stateText);
    },
    close: () => {
      closed = true;
      return Promise.resolve();
    },
  };
};
