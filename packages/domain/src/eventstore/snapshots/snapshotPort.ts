import * as t from 'io-ts';
import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput, invalidInput, LibraryError } from '../../shared/errors';
import { JsonValue, unstorableText, validateJson } from '../../shared/json';
import { StoreUnavailable } from '../errors';

/**
 * A stream's folded state as it stood at one version, kept so that a cold start folds only the
 * events after it. A cache, never a source of truth: it can be deleted at any time and rebuilt from
 * the stream, and it is trusted only while the event at `streamVersion` still has `eventHash` and
 * the state is still written in the shape numbered `stateSchemaVersion`.
 */
export interface Snapshot {
  readonly streamId: string;
  /** The version of the last event folded into the state (1 or more). */
  readonly streamVersion: number;
  /** The hash of the event at `streamVersion`: a history rewritten since then no longer matches. */
  readonly eventHash: string;
  /** The shape the state was written in; a snapshot of any other shape is ignored, never read. */
  readonly stateSchemaVersion: number;
  /** The state, encoded by the codec of the handler that took it. */
  readonly state: JsonValue;
}

const JsonValueCodec = new t.Type<JsonValue, JsonValue, unknown>(
  'JsonValue',
  (u): u is JsonValue => validateJson(u)._tag === 'Right',
  (u, context) => {
    const checked = validateJson(u);
    return checked._tag === 'Right' ? t.success(checked.right) : t.failure(u, context, checked.left.message);
  },
  (a) => a,
);

/** A snapshot as a store hands it back: checked field by field before anyone trusts it. */
export const SnapshotCodec: t.Type<Snapshot, Snapshot, unknown> = t.readonly(
  t.type({
    streamId: t.string,
    streamVersion: t.Int,
    eventHash: t.string,
    stateSchemaVersion: t.Int,
    state: JsonValueCodec,
  }),
) as unknown as t.Type<Snapshot, Snapshot, unknown>;

/** A stored snapshot that cannot be read back as one (a damaged row, text that is not JSON). */
export interface CorruptSnapshot extends LibraryError {
  readonly code: 'CorruptSnapshot';
  readonly streamId: string;
  readonly reason: string;
}

export const corruptSnapshot = (streamId: string, reason: string): CorruptSnapshot => ({
  code: 'CorruptSnapshot',
  message: `the snapshot of ${streamId} cannot be read: ${reason}; it is ignored and can be deleted, the stream rebuilds the state`,
  path: [streamId],
  streamId,
  reason,
});

export type SnapshotError = CorruptSnapshot | InvalidInput | StoreUnavailable;

/**
 * Where snapshots are kept: at most one per stream, the one written last. Like the event store, it
 * answers with values and never throws.
 */
export interface SnapshotStore {
  readonly name: string;
  /** The snapshot held for the stream, or null when there is none. */
  readLatest(streamId: string): Promise<Either<SnapshotError, Snapshot | null>>;
  /** Keeps the snapshot in place of any the stream had. */
  write(snapshot: Snapshot): Promise<Either<SnapshotError, Snapshot>>;
  close(): Promise<void>;
}

const positiveWhole = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 1;

/** Checks a snapshot before a store keeps it: whole versions from 1, text every store can hold, JSON state. */
export const checkSnapshot = (candidate: Snapshot): Either<InvalidInput, Snapshot> => {
  const { streamId, streamVersion, eventHash, stateSchemaVersion, state } = candidate;
  if (typeof streamId !== 'string' || streamId === '')
    return left(invalidInput('a snapshot names the stream it was taken of', ['streamId']));
  const badText =
    unstorableText(streamId) ?? (typeof eventHash === 'string' ? unstorableText(eventHash) : null);
  if (badText !== null) return left(invalidInput(badText, ['streamId']));
  if (!positiveWhole(streamVersion))
    return left(invalidInput('a snapshot is taken at a stream version of 1 or more', ['streamVersion']));
  if (typeof eventHash !== 'string' || eventHash === '')
    return left(invalidInput('a snapshot carries the hash of the event it was taken at', ['eventHash']));
  if (!positiveWhole(stateSchemaVersion))
    return left(invalidInput('a state schema version is a whole number from 1', ['stateSchemaVersion']));
  const json = validateJson(state, ['state']);
  if (json._tag === 'Left') return json;
  return right({ streamId, streamVersion, eventHash, stateSchemaVersion, state: json.right });
};

/**
 * Reads a snapshot row back: the state's JSON text parsed, and every field checked by the codec.
 * Anything that fails is `CorruptSnapshot`, never a throw.
 */
export const snapshotFromStored = (
  streamId: string,
  row: {
    readonly streamVersion: unknown;
    readonly eventHash: unknown;
    readonly stateSchemaVersion: unknown;
    readonly stateText: unknown;
  },
): Either<CorruptSnapshot, Snapshot> => {
  let state: unknown;
  try {
    state = typeof row.stateText === 'string' ? JSON.parse(row.stateText) : undefined;
  } catch (error) {
    return left(corruptSnapshot(streamId, `its state is not JSON (${(error as Error).message})`));
  }
  const streamVersion = typeof row.streamVersion === 'string' ? Number(row.streamVersion) : row.streamVersion;
  const { eventHash, stateSchemaVersion } = row;
  // Whatever JSON.parse gives is JSON: the state is checked in full by the codec of whoever reads it.
  if (
    positiveWhole(streamVersion) &&
    typeof eventHash === 'string' &&
    typeof stateSchemaVersion === 'number' &&
    Number.isSafeInteger(stateSchemaVersion) &&
    state !== undefined
  )
    return right({ streamId, streamVersion, eventHash, stateSchemaVersion, state: state as JsonValue });
  return left(corruptSnapshot(streamId, 'a field is missing or of the wrong kind'));
};
