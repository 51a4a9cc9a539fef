import * as t from 'io-ts';
import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput, invalidInput, LibraryError } from '../shared/errors';
import { checkInput, InputLimits, inputLimits } from '../shared/limits';
import { backoffDelayMs, defaultRetryPolicy, jitterOf, RetryPolicy, sleepMs } from './retry';
import { decodeWith } from '../shared/validation';
import { NewEvent, RecordedEvent } from '../eventstore/envelope';
import {
  AppendError,
  ConcurrencyConflict,
  CorruptEvent,
  ReadError,
  UnknownEventType,
} from '../eventstore/errors';
import { FoldableEvent } from '../eventstore/foldableEvent';
import { readStreamForFoldInPages } from '../eventstore/foldPages';
import { EventStore } from '../eventstore/port';
import { EventRegistry } from '../events/registry';
import { Command } from './command';
import { Decider, evolveAll } from './decider';
import { decodeAll } from './aggregateStream';
import { HandlerSnapshots, snapshotKeeper } from './snapshots';
import { StreamMemory } from './streamMemory';
import { exactCommandPlaces } from './exactCommandPlaces';
import { foldOwnership, FoldOwnership } from '../shared/idRecord';

export { aggregateStream, type AggregatedStream } from './aggregateStream';
export type { HandlerSnapshots, SnapshotWarning } from './snapshots';

export interface CommandHandlerOptions<C extends Command, E extends { type: string; data: unknown }, S, Err> {
  readonly store: EventStore;
  readonly decider: Decider<C, E, S, Err>;
  readonly registry: EventRegistry<E>;
  /** Validates every command before anything is read: a malformed one is refused naming the field. */
  readonly commandCodec: t.Type<C, unknown, unknown>;
  readonly streamIdOf: (command: C) => string;
  /** Makes event ids; inject time-ordered ids (UUIDv7) so that storage keys stay sequential. */
  readonly newEventId: () => string;
  /** Attempts before a concurrency conflict is given back to the caller (default: `retry`'s, 16). */
  readonly maxAttempts?: number;
  /** Attempts and backoff between them after a conflict; see `defaultRetryPolicy`. */
  readonly retry?: Partial<RetryPolicy>;
  /** A number in [0, 1) for each wait (default: derived from the command id, see `jitterOf`). */
  readonly random?: (commandId: string, attempt: number) => number;
  /** How to wait between attempts (default: a timer); a test passes one that records and returns. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Size and depth limits for commands (see `defaultInputLimits`). */
  readonly limits?: Partial<InputLimits>;
  /** Streams whose folded state is kept between commands (default 1000; 0 re-reads every time). */
  readonly cachedStreams?: number;
  /**
   * Snapshots for cold starts of long streams (default none): a stream not held in memory starts from
   * its snapshot when every check passes, and a new one is taken after every `every` events.
   */
  readonly snapshots?: HandlerSnapshots<S>;
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

/**
 * Read, fold, decide, append with the exact expected version; on a concurrency conflict, read again
 * and decide again, a bounded number of times. A command id already recorded in the stream returns
 * the events it recorded the first time and writes nothing.
 *
 * The handler keeps each stream's folded state and version in memory (up to `cachedStreams`) and on
 * the next command reads only the events after that version: recorded events never change, so the
 * fold stays exact, while a 10-year partnership no longer costs a full re-read per command.
 */
export const createCommandHandler = <
  C extends Command,
  E extends { type: string; data: unknown },
  S,
  Err extends LibraryError,
>(
  options: CommandHandlerOptions<C, E, S, Err>,
) => {
  const retry: RetryPolicy = {
    ...defaultRetryPolicy,
    ...options.retry,
    ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
  };
  const maxAttempts = retry.maxAttempts;
  const random = options.random ?? jitterOf;
  const sleep = options.sleep ?? sleepMs;
  const limits = inputLimits(options.limits);
  const cachedStreams = options.cachedStreams ?? 1000;
  const validate = decodeWith(options.commandCodec, 'command');
  const memory = new Map<string, StreamMemory<S>>();
  const snapshots = options.snapshots === undefined ? null : snapshotKeeper(options.snapshots, options.store);
  const empty = (): StreamMemory<S> => ({
    state: options.decider.initialState(),
    version: 0,
    commands: exactCommandPlaces(),
    snapshotAt: 0,
  });

  const remember = (streamId: string, stream: StreamMemory<S>): void => {
    if (cachedStreams <= 0) return;
    // Commands on one stream run concurrently: one that read an older version must not replace a newer state.
    const known = memory.get(streamId);
    if (known !== undefined && known.commands === stream.commands && known.version > stream.version) return;
    memory.delete(streamId);
    memory.set(streamId, stream);
    if (memory.size > cachedStreams) memory.delete(memory.keys().next().value as string);
  };

  /**
   * The stream with a page of its events folded in. `fold` may say that the state is the caller's
   * alone (a snapshot's, just decoded: its records are adopted) and which records the fold made on
   * earlier pages (changed in place); see `evolveAll`.
   */
  const withEvents = (
    stream: StreamMemory<S>,
    recorded: readonly FoldableEvent[],
    events: readonly E[],
    fold: { readonly adoptUnheld?: boolean; readonly continuing?: FoldOwnership } = {},
  ): StreamMemory<S> => {
    const commands = stream.commands;
    const state = evolveAll(options.decider, stream.state, events, fold);
    events.forEach((event, i) => {
      const at = recorded[i]!;
      const seen = commands.get(at.commandId);
      if (seen === undefined) commands.set(at.commandId, { from: at.streamVersion, to: at.streamVersion });
      else if (at.streamVersion > seen.to) seen.to = at.streamVersion;
    });
    const version = recorded[recorded.length - 1]?.streamVersion ?? stream.version;
    return { state, version, commands, snapshotAt: stream.snapshotAt };
  };

  /** The stream as it stands now: remembered state plus whatever was appended since. */
  const current = async (streamId: string): Promise<Either<HandlerError<Err>, StreamMemory<S>>> => {
    const known = memory.get(streamId);
    // A cold start begins at the stream's snapshot when there is a sound one, else at the first event.
    const fromSnapshot = known === undefined ? await snapshots?.start(streamId) : undefined;
    const start = known ?? fromSnapshot ?? empty();
    // Read a page at a time where the store can; the pages are one fold. The state between pages is
    // held by nothing else (it is remembered only once the last page is folded), so each page changes
    // in place what the pages before it made, and a snapshot's records are adopted throughout.
    const continuing = foldOwnership();
    let folded = start;
    for await (const page of readStreamForFoldInPages(options.store, streamId, {
      fromVersion: start.version + 1,
    })) {
      if (page._tag === 'Left') {
        if (page.left.code !== 'StreamNotFound') return page;
        // A remembered stream that the store no longer has: forget it and start again from nothing.
        if (known !== undefined) memory.delete(streamId);
        return right(empty());
      }
      const decoded = decodeAll(options.registry, page.right);
      if (decoded._tag === 'Left') return decoded;
      folded = withEvents(folded, page.right, decoded.right, {
        adoptUnheld: start === fromSnapshot,
        continuing,
      });
    }
    const stream = snapshots?.due(folded) === true ? await snapshots.keep(streamId, folded) : folded;
    remember(streamId, stream);
    return right(stream);
  };

  /**
   * The first result of a command the stream already holds, or null when it holds none. The record may
   * know a command only by fingerprint (a snapshot's), so the events at each place it names are read
   * and count only if they begin and end with the command's id: a retry is answered by its own
   * events, never by those of a command whose fingerprint it shares.
   */
  const firstResult = async (
    streamId: string,
    stream: StreamMemory<S>,
    commandId: string,
  ): Promise<Either<HandlerError<Err>, HandledCommand<E, S>> | null> => {
    for (const at of stream.commands.candidates(commandId)) {
      if (at.to > stream.version) continue;
      const read = await options.store.readStream(streamId, { fromVersion: at.from, toVersion: at.to });
      if (read._tag === 'Left') return read;
      const events = read.right;
      // A place's first and last versions are events of the command it was recorded for; between
      // them may stand others', should one command id have been appended twice.
      if (events[0]?.commandId !== commandId || events[events.length - 1]?.commandId !== commandId) continue;
      const decoded = decodeAll(options.registry, events);
      if (decoded._tag === 'Left') return decoded;
      return right({
        streamId,
        events,
        domainEvents: decoded.right,
        state: stream.state,
        nextExpectedVersion: stream.version,
        replayed: true,
      });
    }
    return null;
  };

  const handle = async (input: unknown): Promise<Either<HandlerError<Err>, HandledCommand<E, S>>> => {
    const checked = checkInput(input, limits);
    if (checked._tag === 'Left') return checked;
    const validated = validate(input);
    if (validated._tag === 'Left') return validated;
    const command = validated.right;
    const streamId = options.streamIdOf(command);
    let lastConflict: ConcurrencyConflict | undefined;

    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (attempt > 1)
        await sleep(backoffDelayMs(retry, attempt, random(command.metadata.commandId, attempt)));
      const now = await current(streamId);
      if (now._tag === 'Left') return now;
      const stream = now.right;

      const first = await firstResult(streamId, stream, command.metadata.commandId);
      if (first !== null) return first;

      const decided = options.decider.decide(command, stream.state);
      if (decided._tag === 'Left') return decided;
      if (decided.right.length === 0) {
        return right({
          streamId,
          events: [],
          domainEvents: [],
          state: stream.state,
          nextExpectedVersion: stream.version,
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
        expectedVersion: stream.version === 0 ? 'no_stream' : stream.version,
      });
      if (appended._tag === 'Right') {
        const recorded = appended.right.events;
        const folded = withEvents(stream, recorded, decided.right);
        const next =
          snapshots?.due(folded) === true
            ? await snapshots.keep(streamId, folded, recorded[recorded.length - 1]!.hash)
            : folded;
        remember(streamId, next);
        return right({
          streamId,
          events: appended.right.events,
          domainEvents: decided.right,
          state: next.state,
          nextExpectedVersion: appended.right.nextExpectedVersion,
          replayed: false,
        });
      }
      if (appended.left.code !== 'ConcurrencyConflict') return appended;
      lastConflict = appended.left;
    }
    return left(lastConflict!);
  };

  // Input is checked before anything runs, so nothing should throw; if a store or decider still does,
  // the caller gets a refusal as a value, never an exception.
  return async (input: unknown): Promise<Either<HandlerError<Err>, HandledCommand<E, S>>> => {
    try {
      return await handle(input);
    } catch (thrown) {
      return left(invalidInput(`the command could not be handled: ${describeThrown(thrown)}`, ['command']));
    }
  };
};

const describeThrown = (thrown: unknown): string => {
  try {
    return thrown instanceof Error ? thrown.message : String(thrown);
  } catch {
    return 'an unreadable error';
  }
};
