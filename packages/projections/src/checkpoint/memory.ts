import { right } from 'fp-ts/Either';
import { decodeSnapshotText } from './decodeSnapshot';
import { CheckpointStore } from './port';

/**
 * Snapshots in process memory, for tests and short-lived tools. Kept as JSON text, so a caller that
 * mutates a state object it was handed cannot change what was saved.
 */
export const createInMemoryCheckpointStore = (): CheckpointStore => {
  const saved = new Map<string, string>();
  return {
    name: 'in-memory',
    load: (projection) => {
      const text = saved.get(projection);
      return Promise.resolve(text === undefined ? right(null) : decodeSnapshotText(projection, text));
    },
    save: (snapshot) => {
      saved.set(snapshot.projection, JSON.stringify(snapshot));
      return Promise.resolve(right(undefined));
    },
    remove: (projection) => {
      saved.delete(projection);
      return Promise.resolve(right(undefined));
    },
  };
};
