import { right } from 'fp-ts/Either';
import { EventRegistry, RecordedEvent } from '@council-partnerships/domain';

/**
 * Remembers the decoded form of each recorded event object it is handed. Decoding is a pure function
 * of the recorded event, so this changes no result; with the stream cache (which hands back the same
 * objects on every read) it means each event is decoded once, not once per command. Only successful
 * decodes are remembered.
 */
export const memoisedRegistry = <E extends { type: string; data: unknown }>(
  inner: EventRegistry<E>,
): EventRegistry<E> => {
  const cache = new WeakMap<RecordedEvent, E>();
  return {
    types: inner.types,
    encode: (event) => inner.encode(event),
    decode: (recorded) => {
      const hit = cache.get(recorded);
      if (hit !== undefined) return right(hit);
      const decoded = inner.decode(recorded);
      if (decoded._tag === 'Right') cache.set(recorded, decoded.right);
      return decoded;
    },
  };
};
