import * as t from 'io-ts';
import { Either, left, right } from 'fp-ts/Either';
import { EventStore } from '../eventstore/port';
import { Snapshot, SnapshotStore } from '../eventstore/snapshots/snapshotPort';
import { JsonValue } from '../shared/json';
import { decodeWith } from '../shared/validation';
import { CommandPlacesCodec, encodeCommandPlaces } from './commandPlacesCodec';
import { StreamMemory } from './streamMemory';

/** Snapshots for a command handler: where they are kept, how the state is written, and how often. */
export interface HandlerSnapshots<S> {
  readonly store: SnapshotStore;
  /** Writes the state as JSON and reads it back exactly (decode(encode(s)) equals s). */
  readonly codec: t.Type<S, JsonValue, unknown>;
  /** The shape `codec` writes; raise it whenever the state's shape changes, and older snapshots are ignored. */
  readonly stateSchemaVersion: number;
  /** A snapshot is taken once this many events were folded since the last one (default 1000). */
  readonly every?: number;
  /** Told why a snapshot was ignored or not written; the handler carries on from the stream either way. */
  readonly onWarning?: (warning: SnapshotWarning) => void;
}

/** Why a snapshot was not used (the state was rebuilt from the first event) or not kept. */
export interface SnapshotWarning {
  readonly code: 'SnapshotIgnored' | 'SnapshotNotWritten';
  readonly streamId: string;
  readonly message: string;
}

export const defaultSnapshotEvery = 1000;

/**
 * What a snapshot holds for the handler: the state, and where each command's events stand (for
 * retries), the latter in the compact form of `CommandPlacesCodec` (a snapshot in the earlier form, a
 * list of `[id, from, to]`, does not decode and is taken again).
 */
const bodyCodecOf = <S>(codec: t.Type<S, JsonValue, unknown>) =>
  t.type({ state: codec, commands: CommandPlacesCodec });

export interface SnapshotKeeper<S> {
  /** The stream's state from its snapshot, once every check passes; null means fold from the first event. */
  readonly start: (streamId: string) => Promise<StreamMemory<S> | null>;
  /** Whether enough events were folded since the last snapshot to take another. */
  readonly due: (memory: StreamMemory<S>) => boolean;
  /** Takes a snapshot of `memory`; `eventHash` is the hash of its last event, read from the stream if not given. */
  readonly keep: (streamId: string, memory: StreamMemory<S>, eventHash?: string) => Promise<StreamMemory<S>>;
}

export const snapshotKeeper = <S>(options: HandlerSnapshots<S>, events: EventStore): SnapshotKeeper<S> => {
  const every = options.every ?? defaultSnapshotEvery;
  const bodyCodec = bodyCodecOf(options.codec);
  const decodeBody = decodeWith(bodyCodec, 'snapshot');
  const warn = (warning: SnapshotWarning): void => {
    try {
      options.onWarning?.(warning);
    } catch {
      // A listener that fails must not fail the command: the warning is advice, not a result.
    }
  };
  const ignored = (streamId: string, why: string): null => {
    warn({
      code: 'SnapshotIgnored',
      streamId,
      message: `the snapshot of ${streamId} was ignored and the state rebuilt from the first event: ${why}`,
    });
    return null;
  };

  /** The hash of the event at `version`, or why it cannot be had. */
  const hashAt = async (streamId: string, version: number): Promise<Either<string, string>> => {
    const read = await events.readStream(streamId, { fromVersion: version, toVersion: version });
    if (read._tag === 'Left') return left(read.left.message);
    const event = read.right[0];
    return event === undefined ? left(`the stream ends before version ${version}`) : right(event.hash);
  };

  const start = async (streamId: string): Promise<StreamMemory<S> | null> => {
    const read = await options.store.readLatest(streamId);
    if (read._tag === 'Left') return ignored(streamId, read.left.message);
    const snapshot: Snapshot | null = read.right;
    if (snapshot === null) return null;
    if (snapshot.stateSchemaVersion !== options.stateSchemaVersion)
      return ignored(
        streamId,
        `it was written in state schema version ${snapshot.stateSchemaVersion}, this handler reads ${options.stateSchemaVersion}`,
      );
    const hash = await hashAt(streamId, snapshot.streamVersion);
    if (hash._tag === 'Left')
      return ignored(streamId, `it was taken at version ${snapshot.streamVersion} and ${hash.left}`);
    if (hash.right !== snapshot.eventHash)
      return ignored(
        streamId,
        `the event at version ${snapshot.streamVersion} is not the one it was taken at (its hash differs): the history was rewritten`,
      );
    const body = decodeBody(snapshot.state);
    if (body._tag === 'Left') return ignored(streamId, body.left.message);
    return {
      state: body.right.state,
      version: snapshot.streamVersion,
      commands: body.right.commands,
      snapshotAt: snapshot.streamVersion,
    };
  };

  const due = (memory: StreamMemory<S>): boolean => every > 0 && memory.version - memory.snapshotAt >= every;

  const keep = async (
    streamId: string,
    memory: StreamMemory<S>,
    eventHash?: string,
  ): Promise<StreamMemory<S>> => {
    // Whether or not the write succeeds, the next attempt waits for another `every` events.
    const kept: StreamMemory<S> = { ...memory, snapshotAt: memory.version };
    const notWritten = (why: string): StreamMemory<S> => {
      warn({
        code: 'SnapshotNotWritten',
        streamId,
        message: `no snapshot of ${streamId} was taken at version ${memory.version}: ${why}`,
      });
      return kept;
    };
    const hash = eventHash === undefined ? await hashAt(streamId, memory.version) : right(eventHash);
    if (hash._tag === 'Left') return notWritten(hash.left);
    let state: JsonValue;
    try {
      state = {
        state: options.codec.encode(memory.state),
        commands: encodeCommandPlaces(memory.commands, memory.version),
      };
    } catch (error) {
      return notWritten(
        `the state could not be encoded (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    const written = await options.store.write({
      streamId,
      streamVersion: memory.version,
      eventHash: hash.right,
      stateSchemaVersion: options.stateSchemaVersion,
      state,
    });
    return written._tag === 'Left' ? notWritten(written.left.message) : kept;
  };

  return { start, due, keep };
};
