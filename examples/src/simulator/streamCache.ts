import { right } from 'fp-ts/Either';
import { EventStore, RecordedEvent } from '@council-partnerships/domain';

/**
 * A read-through cache in front of a store, for a writer that owns its streams (the simulator). The
 * command handler reads a partnership's whole stream for every command; this keeps what was read
 * and asks the store only for the versions after it (`fromVersion`), so a later write by anyone else
 * is still seen. Appends, the global log and everything else go straight to the store. Not for
 * auditing: a row altered behind the cache's back would not be noticed here (the audit reads the
 * store itself).
 */
export const withStreamCache = (store: EventStore): EventStore => {
  const streams = new Map<string, RecordedEvent[]>();
  return {
    name: `${store.name} (stream cache)`,
    appendToStream: (streamId, events, options) => store.appendToStream(streamId, events, options),
    readStream: async (streamId, options) => {
      const cached = streams.get(streamId) ?? [];
      const tail = await store.readStream(streamId, { fromVersion: cached.length + 1 });
      if (tail._tag === 'Left') {
        if (cached.length === 0 || tail.left.code !== 'StreamNotFound') return tail;
      } else if (tail.right.length > 0) {
        cached.push(...tail.right);
        streams.set(streamId, cached);
      }
      const from = (options?.fromVersion ?? 1) - 1;
      const to = options?.toVersion ?? cached.length;
      return right(cached.slice(from, to));
    },
    readAll: (options) => store.readAll(options),
    listStreams: () => store.listStreams(),
    close: () => store.close(),
  };
};
