import * as t from 'io-ts';
import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput, LibraryError } from '../shared/errors';
import { decodeWith } from '../shared/validation';
import { NewEvent, RecordedEvent } from '../eventstore/envelope';
import {
  AppendError,
  ConcurrencyConflict,
  CorruptEvent,
  ReadError,
  UnknownEventType,
} from '../eventstore/errors';
import { EventStore } from '../eventstore/port';
import { EventRegistry } from '../events/registry';
import { Command } from './command';
import { Decider } from './decider';

export interface CommandHandlerOptions<C extends Command, E extends { type: string; data: unknown }, S, Err> {
  readonly store: EventStore;
  readonly decider: Decider<C, E, S, Err>;
  readonly registry: EventRegistry<E>;
  /** Validates every command before anything is read: a malformed one is refused naming the field. */
  readonly commandCodec: t.Type<C, unknown, unknown>;
  readonly streamIdOf: (command: C) => string;
  /** Makes event ids; inject time-ordered ids (UUIDv7) so that storage keys stay sequential. */
  readonly newEventId: () => string;
  /** Attempts before a concurrency conflict is given back to the caller (default 5). */
  readonly maxAttempts?: number;
}

export interface HandledCommand<E, S> {
  readonly streamId: string;
  readonly events: readonly RecordedEvent[];
  readonly domainEvents: readonly E[];
  readonly state: S;
  readonly nextExpectedVersion: number;
  /** True when this command id had already been handled: nothing was written, the first result is returned. */
  readonly replayed: boolean;
}

export type HandlerError<Err> =
  Err | InvalidInput | ReadError | AppendError | CorruptEvent | UnknownEventType | ConcurrencyConflict;

export interface AggregatedStream<E, S> {
  readonly state: S;
  readonly version: number;
  readonly recorded: readonly RecordedEvent[];
  readonly events: readonly E[];
}

/** Reads a stream, upcasts and decodes each event, and folds it; an absent stream is the initial state. */
export const aggregateStream = async <C, E extends { type: string; data: unknown }, S, Err>(
  store: EventStore,
  registry: EventRegistry<E>,
  decider: Decider<C, E, S, Err>,
  streamId: string,
  options: { toVersion?: number } = {},
): Promise<Either<ReadError | CorruptEvent | UnknownEventType, AggregatedStream<E, S>>> => {
  const read = await store.readStream(
    streamId,
    options.toVersion ? { toVersion: options.toVersion } : undefined,
  );
  if (read._tag === 'Left') {
    if (read.left.code === 'StreamNotFound') {
      return right({ state: decider.initialState(), version: 0, recorded: [], events: [] });
    }
    return left(read.left);
  }
  const events: E[] = [];
  let state = decider.initialState();
  for (const recorded of read.right) {
    const decoded = registry.decode(recorded);
    if (decoded._tag === 'Left') return left(decoded.left);
    events.push(decoded.right);
    state = decider.evolve(state, decoded.right);
  }
  const last = read.right[read.right.length - 1];
  return right({ state, version: last?.streamVersion ?? 0, recorded: read.right, events });
};

/**
 * Read, fold, decide, append with the exact expected version; on a concurrency conflict, read again
 * and decide again, a bounded number of times. A command id already recorded in the stream returns
 * the events it recorded the first time and writes nothing.
 */
export const createCommandHandler = <
  C extends Command,
  E extends { type: string; data: unknown },
  S,
  Err extends LibraryError,
>(
  options: CommandHandlerOptions<C, E, S, Err>,
) => {
  const maxAttempts = options.maxAttempts ?? 5;
  const validate = decodeWith(options.commandCodec, 'command');

  return async (input: unknown): Promise<Either<HandlerError<Err>, HandledCommand<E, S>>> => {
    const validated = validate(input);
    if (validated._tag === 'Left') return validated;
    const command = validated.right;
    const streamId = options.streamIdOf(command);
    let lastConflict: ConcurrencyConflict | undefined;

    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const current = await aggregateStream(options.store, options.registry, options.decider, streamId);
      if (current._tag === 'Left') return current;
      const { state, version, recorded } = current.right;

      const earlier = recorded.filter((e) => e.commandId === command.metadata.commandId);
      if (earlier.length > 0) {
        const domainEvents = current.right.events.filter(
          (_, i) => recorded[i]!.commandId === command.metadata.commandId,
        );
        return right({
          streamId,
          events: earlier,
          domainEvents,
          state,
          nextExpectedVersion: version,
          replayed: true,
        });
      }

      const decided = options.decider.decide(command, state);
      if (decided._tag === 'Left') return decided;
      if (decided.right.length === 0) {
        return right({
          streamId,
          events: [],
          domainEvents: [],
          state,
          nextExpectedVersion: version,
          replayed: false,
        });
      }

      const newEvents: NewEvent[] = [];
      for (const event of decided.right) {
        const encoded = options.registry.encode(event);
        if (encoded._tag === 'Left') return encoded;
        newEvents.push({
          ...encoded.right,
          eventId: options.newEventId(),
          occurredAt: command.metadata.occurredAt,
          actor: command.metadata.actor,
          commandId: command.metadata.commandId,
          correlationId: command.metadata.correlationId ?? command.metadata.commandId,
          causationId: command.metadata.causationId ?? command.metadata.commandId,
        });
      }

      const appended = await options.store.appendToStream(streamId, newEvents, {
        expectedVersion: version === 0 ? 'no_stream' : version,
      });
      if (appended._tag === 'Right') {
        const state2 = decided.right.reduce(options.decider.evolve, state);
        return right({
          streamId,
          events: appended.right.events,
          domainEvents: decided.right,
          state: state2,
          nextExpectedVersion: appended.right.nextExpectedVersion,
          replayed: false,
        });
      }
      if (appended.left.code !== 'ConcurrencyConflict') return appended;
      lastConflict = appended.left;
    }
    return left(lastConflict!);
  };
};
