import { Either, left, right } from 'fp-ts/Either';
import { CorruptEvent, ReadError, UnknownEventType } from '../eventstore/errors';
import { FoldableEvent } from '../eventstore/foldableEvent';
import { readStreamForFoldInPages } from '../eventstore/foldPages';
import { EventStore } from '../eventstore/port';
import { EventRegistry } from '../events/registry';
import { foldOwnership } from '../shared/idRecord';
import { Decider, evolveAll } from './decider';

export interface AggregatedStream<S> {
  readonly state: S;
  /** The version of the last event folded; 0 for a stream with no events. */
  readonly version: number;
}

/** Upcasts and decodes recorded events, stopping at the first that cannot be read. */
export const decodeAll = <E extends { type: string; data: unknown }>(
  registry: EventRegistry<E>,
  recorded: readonly FoldableEvent[],
): Either<CorruptEvent | UnknownEventType, E[]> => {
  const events = new Array<E>(recorded.length);
  for (let i = 0; i < recorded.length; i++) {
    const decoded = registry.decode(recorded[i]!);
    if (decoded._tag === 'Left') return decoded;
    events[i] = decoded.right;
  }
  return right(events);
};

/**
 * Reads a stream (the lean read: only what a fold needs), upcasts and decodes each event, and folds
 * it; an absent stream is the initial state. The stream is read a page at a time where the store can
 * (see `readStreamForFoldInPages`), each page folded and let go before the next is needed, so that only
 * a page's events are alive at once; the pages are one fold, and its records are changed in place
 * throughout.
 */
export const aggregateStream = async <C, E extends { type: string; data: unknown }, S, Err>(
  store: EventStore,
  registry: EventRegistry<E>,
  decider: Decider<C, E, S, Err>,
  streamId: string,
  options: { toVersion?: number } = {},
): Promise<Either<ReadError | CorruptEvent | UnknownEventType, AggregatedStream<S>>> => {
  // 0 has always meant "to the end", as an absent toVersion does.
  const range = options.toVersion ? { toVersion: options.toVersion } : {};
  const continuing = foldOwnership();
  let state = decider.initialState();
  let version = 0;
  for await (const page of readStreamForFoldInPages(store, streamId, range)) {
    if (page._tag === 'Left')
      return page.left.code === 'StreamNotFound' && version === 0
        ? right({ state, version })
        : left(page.left);
    const events = decodeAll(registry, page.right);
    if (events._tag === 'Left') return events;
    state = evolveAll(decider, state, events.right, { continuing });
    version = page.right[page.right.length - 1]?.streamVersion ?? version;
  }
  return right({ state, version });
};
