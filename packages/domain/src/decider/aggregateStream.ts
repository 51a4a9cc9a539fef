import { Either, left, right } from 'fp-ts/Either';
import { CorruptEvent, ReadError, UnknownEventType } from '../eventstore/errors';
import { FoldableEvent, readStreamForFold } from '../eventstore/foldableEvent';
import { EventStore } from '../eventstore/port';
import { EventRegistry } from '../events/registry';
import { Decider, evolveAll } from './decider';

export interface AggregatedStream<E, S> {
  readonly state: S;
  readonly version: number;
  /** What the fold read of each event (the lean read: no times, actor or hashes). */
  readonly recorded: readonly FoldableEvent[];
  readonly events: readonly E[];
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
 * it; an absent stream is the initial state.
 */
export const aggregateStream = async <C, E extends { type: string; data: unknown }, S, Err>(
  store: EventStore,
  registry: EventRegistry<E>,
  decider: Decider<C, E, S, Err>,
  streamId: string,
  options: { toVersion?: number } = {},
): Promise<Either<ReadError | CorruptEvent | UnknownEventType, AggregatedStream<E, S>>> => {
  const read = await readStreamForFold(
    store,
    streamId,
    options.toVersion ? { toVersion: options.toVersion } : undefined,
  );
  if (read._tag === 'Left') {
    if (read.left.code === 'StreamNotFound') {
      return right({ state: decider.initialState(), version: 0, recorded: [], events: [] });
    }
    return left(read.left);
  }
  const events = decodeAll(registry, read.right);
  if (events._tag === 'Left') return events;
  const state = evolveAll(decider, decider.initialState(), events.right);
  const last = read.right[read.right.length - 1];
  return right({ state, version: last?.streamVersion ?? 0, recorded: read.right, events: events.right });
};
