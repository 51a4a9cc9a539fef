import { Either, left, right } from 'fp-ts/Either';
import { CorruptEvent, ReadError, UnknownEventType } from '../eventstore/errors';
import { FoldableEvent, readStreamForFold } from '../eventstore/foldableEvent';
import { EventStore, ReadStreamOptions } from '../eventstore/port';
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

/** The versions the next read asks for: the rest of the stream (up to `last`), or a page of it. */
const nextRange = (after: number, last: number | undefined, page: number | undefined): ReadStreamOptions => {
  const toVersion = page === undefined ? last : Math.min(last ?? Infinity, after + page);
  return toVersion === undefined ? { fromVersion: after + 1 } : { fromVersion: after + 1, toVersion };
};

/**
 * Reads a stream (the lean read: only what a fold needs), upcasts and decodes each event, and folds
 * it; an absent stream is the initial state. A store that names a `foldPageSize` is read a page at a
 * time, each page folded and let go before the next is read, so that only one page's events are
 * alive at once; the pages are one fold, and its records are changed in place throughout.
 */
export const aggregateStream = async <C, E extends { type: string; data: unknown }, S, Err>(
  store: EventStore,
  registry: EventRegistry<E>,
  decider: Decider<C, E, S, Err>,
  streamId: string,
  options: { toVersion?: number } = {},
): Promise<Either<ReadError | CorruptEvent | UnknownEventType, AggregatedStream<S>>> => {
  // 0 has always meant "to the end", as an absent toVersion does.
  const last = options.toVersion ? options.toVersion : undefined;
  const asked = store.foldPageSize;
  const page = asked !== undefined && Number.isSafeInteger(asked) && asked >= 1 ? asked : undefined;
  const continuing = foldOwnership();
  let state = decider.initialState();
  let version = 0;
  for (;;) {
    const range = nextRange(version, last, page);
    const read = await readStreamForFold(store, streamId, range);
    if (read._tag === 'Left')
      return read.left.code === 'StreamNotFound' && version === 0
        ? right({ state, version })
        : left(read.left);
    const events = decodeAll(registry, read.right);
    if (events._tag === 'Left') return events;
    state = evolveAll(decider, state, events.right, { continuing });
    const wanted = range.toVersion === undefined ? Infinity : range.toVersion - version;
    version = read.right[read.right.length - 1]?.streamVersion ?? version;
    // A page shorter than asked for reached the end of the stream (its versions have no gaps).
    if (read.right.length < wanted || version === last) return right({ state, version });
  }
};
