import * as t from 'io-ts';
import { Either, left, right } from 'fp-ts/Either';
import {
  CorruptEvent,
  EventRegistry,
  JsonValue,
  LoggedEvent,
  RecordedEvent,
  UnknownEventType,
} from '@council-partnerships/domain';

/** A decoded domain event with the envelope it was recorded in: who, when (both times), which command. */
export type Projected<E> = E & { readonly envelope: RecordedEvent };

/**
 * A decoded domain event with what the global log's lean read holds of its envelope (`LoggedEvent`):
 * where it stands, who recorded it and when; no hashes, command, correlation or causation ids.
 */
export type LoggedProjected<E> = E & { readonly envelope: LoggedEvent };

/**
 * A fold in progress over one batch of events. It owns the state it is building, so it may update it
 * in place (one event costs what that event changes, not a copy of everything), until `result` hands
 * the state over. A handed-over state is never changed again: a folding that goes on after `result`
 * copies before it writes, and a new folding never writes into the state it was started from.
 */
export interface Folding<State, E> {
  apply(event: Projected<E>): void;
  result(): State;
}

/**
 * A read model: how to start, how one event changes it, and how to store it. `apply` is a pure
 * reducer, so folding the same events always gives the same state, whichever mode ran the fold.
 * `begin`, when given, folds the same way in place over a batch (see `Folding`); it must agree with
 * `apply` event for event, and the fold functions of this package use it whenever it is there.
 */
export interface Projection<State, E extends { type: string; data: unknown }> {
  /** Names the stored snapshot; two projections must not share a name. */
  readonly name: string;
  /** Bump whenever `apply` changes meaning: snapshots of another version are discarded and rebuilt. */
  readonly version: number;
  /** Decodes (and upcasts) the events this projection reads; other event types in the log are skipped. */
  readonly registry: EventRegistry<E>;
  readonly initial: () => State;
  readonly apply: (state: State, event: Projected<E>) => State;
  readonly begin?: (state: State) => Folding<State, E>;
  /** Encodes the state for a snapshot and checks it on the way back in. */
  readonly stateCodec: t.Type<State, JsonValue, unknown>;
  /**
   * 'logged' when the reducers read no more of an envelope than a `LoggedEvent` holds: a fold from
   * the log then asks the store for that much of each event alone (`readAllForProjection`), about a
   * third fewer bytes a row. Set by `defineLoggedProjection`, whose types hold the reducers to it.
   */
  readonly envelope?: 'logged';
}

export const defineProjection = <State, E extends { type: string; data: unknown }>(
  projection: Projection<State, E>,
): Projection<State, E> => projection;

/** A fold in progress whose events carry only what the log's lean read holds (see `Folding`). */
export interface LoggedFolding<State, E> {
  apply(event: LoggedProjected<E>): void;
  result(): State;
}

/** A read model whose reducers read only what a `LoggedEvent` holds of each envelope. */
export interface LoggedProjection<State, E extends { type: string; data: unknown }> extends Omit<
  Projection<State, E>,
  'apply' | 'begin' | 'envelope'
> {
  readonly apply: (state: State, event: LoggedProjected<E>) => State;
  readonly begin?: (state: State) => LoggedFolding<State, E>;
}

/**
 * Defines a read model that reads only what a `LoggedEvent` holds of each envelope (its types refuse a
 * reducer that reads a hash or a command id), so that folds from the log use the store's lean read.
 */
export const defineLoggedProjection = <State, E extends { type: string; data: unknown }>(
  projection: LoggedProjection<State, E>,
): Projection<State, E> => ({ ...projection, envelope: 'logged' });

/** Starts folding a batch: in place when the projection can, else one pure `apply` after another. */
export const beginFolding = <State, E>(
  projection: Pick<Projection<State, E & { type: string; data: unknown }>, 'apply' | 'begin'>,
  state: State,
): Folding<State, E> => {
  if (projection.begin !== undefined) return projection.begin(state);
  let current = state;
  return {
    apply: (event) => {
      current = projection.apply(current, event as Projected<E & { type: string; data: unknown }>);
    },
    result: () => current,
  };
};

/** The event types of a projection, looked up once rather than scanned for every event. */
const typeSets = new WeakMap<object, ReadonlySet<string>>();
const typesOf = (registry: EventRegistry<{ type: string; data: unknown }>): ReadonlySet<string> => {
  let types = typeSets.get(registry);
  if (types === undefined) {
    types = new Set(registry.types);
    typeSets.set(registry, types);
  }
  return types;
};

export const readsType = <E extends { type: string; data: unknown }>(
  projection: Projection<unknown, E>,
  type: string,
): boolean => typesOf(projection.registry).has(type);

/**
 * Applies recorded events to a folding in progress, in the order given, and counts those applied. An
 * event of a type the projection does not read is skipped (the log holds other aggregates too); one it
 * reads but cannot decode stops the fold, because a read model that silently missed an event would
 * mislead whoever relies on it.
 */
export const foldInto = <State, E extends { type: string; data: unknown }>(
  projection: Projection<State, E>,
  folding: Folding<State, E>,
  events: readonly RecordedEvent[],
  visible: (recorded: LoggedEvent) => boolean = () => true,
): Either<CorruptEvent | UnknownEventType, number> => {
  const types = typesOf(projection.registry);
  let applied = 0;
  for (const recorded of events) {
    if (!types.has(recorded.type) || !visible(recorded)) continue;
    const decoded = projection.registry.decode(recorded);
    if (decoded._tag === 'Left') return left(decoded.left);
    // Registries decode to { type, data }: built as one literal, which costs less than a spread.
    folding.apply({ type: decoded.right.type, data: decoded.right.data, envelope: recorded } as Projected<E>);
    applied += 1;
  }
  return right(applied);
};

/** Folds recorded events into a state, in the order given (see `foldInto`). */
export const foldRecorded = <State, E extends { type: string; data: unknown }>(
  projection: Projection<State, E>,
  state: State,
  events: readonly RecordedEvent[],
  visible: (recorded: LoggedEvent) => boolean = () => true,
): Either<CorruptEvent | UnknownEventType, { state: State; applied: number }> => {
  const folding = beginFolding(projection, state);
  const applied = foldInto(projection, folding, events, visible);
  return applied._tag === 'Left' ? applied : right({ state: folding.result(), applied: applied.right });
};
