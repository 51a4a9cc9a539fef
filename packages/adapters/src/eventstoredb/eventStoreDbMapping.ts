import { Either, left, right } from 'fp-ts/Either';
import {
  CorruptEvent,
  corruptEvent,
  decodeStoredEvent,
  RecordedEventCodec,
  InvalidInput,
  invalidInput,
  RecordedEvent,
} from '@council-partnerships/domain';
import { checkpointNotIssued } from '../shared/checkedInput';

/**
 * Pure translations between the library's envelope and EventStoreDB's: versions and revisions, $all
 * positions and checkpoints, event metadata. Kept apart from the client so they are tested without a server.
 */

/** The client's own spelling of "the stream must not exist yet". */
export const NO_STREAM_REVISION = 'no_stream' as const;

/** Stream version n (1-based, 0 = empty) is EventStoreDB revision n - 1; an empty stream has no revision. */
export const revisionAfter = (currentVersion: number): typeof NO_STREAM_REVISION | bigint =>
  currentVersion === 0 ? NO_STREAM_REVISION : BigInt(currentVersion - 1);

export const versionOfRevision = (revision: bigint): number => Number(revision) + 1;

/** A position in $all, as the client hands it over. */
export interface AllPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

export const checkpointOf = (position: AllPosition): string => `${position.commit}:${position.prepare}`;

export const parseCheckpoint = (checkpoint: string): Either<InvalidInput, AllPosition> => {
  const match = /^(\d{1,20}):(\d{1,20})$/.exec(checkpoint);
  if (match === null) return left(checkpointNotIssued(checkpoint, 'EventStoreDB', '<commit>:<prepare>'));
  return right({ commit: BigInt(match[1]!), prepare: BigInt(match[2]!) });
};

export const samePosition = (a: AllPosition, b: AllPosition): boolean =>
  a.commit === b.commit && a.prepare === b.prepare;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * EventStoreDB stores event ids as UUIDs and hands them back in lower case; an id in any other form would
 * come back different from the one that was hashed.
 */
export const checkEventIds = (eventIds: readonly string[]): Either<InvalidInput, void> => {
  const bad = eventIds.findIndex((id) => !uuidPattern.test(id));
  return bad === -1
    ? right(undefined)
    : left(
        invalidInput(`event id ${eventIds[bad]} is not a lower-case UUID, which EventStoreDB requires`, [
          'events',
          String(bad),
          'eventId',
        ]),
      );
};

/** The envelope fields that EventStoreDB has no place for of its own travel in the event's metadata. */
export const metadataOf = (event: RecordedEvent) => ({
  schemaVersion: event.schemaVersion,
  occurredAt: event.occurredAt,
  recordedAt: event.recordedAt,
  actor: event.actor,
  commandId: event.commandId,
  correlationId: event.correlationId,
  causationId: event.causationId,
  previousHash: event.previousHash,
  hash: event.hash,
  // EventStoreDB's own projections read these two names.
  $correlationId: event.correlationId,
  ...(event.causationId === null ? {} : { $causationId: event.causationId }),
});

/** What the client returns for a stored event, reduced to the fields the store reads. */
export interface StoredEsdbEvent {
  readonly streamId: string;
  readonly id: string;
  readonly revision: bigint;
  readonly type: string;
  readonly isJson: boolean;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly position?: AllPosition;
}

/** System events ($-prefixed streams or types) are the server's, not the library's. */
export const isSystemEvent = (event: { streamId: string; type: string }): boolean =>
  event.streamId.startsWith('$') || event.type.startsWith('$');

/** Rebuilds the envelope from an EventStoreDB event, or `CorruptEvent` naming what cannot be read. */
export const decodeEsdbEvent = (
  stored: StoredEsdbEvent,
  streamId: string,
): Either<CorruptEvent, RecordedEvent> => {
  const streamVersion = versionOfRevision(stored.revision);
  const fail = (reason: string) => left(corruptEvent(streamId, streamVersion, stored.id, reason));
  if (!stored.isJson) return fail('the event is not stored as JSON');
  if (
    typeof stored.metadata !== 'object' ||
    stored.metadata === null ||
    stored.metadata instanceof Uint8Array
  ) {
    return fail('its metadata is missing or is not a JSON object');
  }
  if (stored.position === undefined)
    return fail('the server did not report its position (EventStoreDB 22.6 or later is needed)');
  const md = stored.metadata as Record<string, unknown>;
  const globalPosition = Number(stored.position.prepare);
  const candidate = {
    eventId: stored.id,
    type: stored.type,
    schemaVersion: md['schemaVersion'],
    data: stored.data,
    occurredAt: md['occurredAt'],
    actor: md['actor'],
    commandId: md['commandId'],
    correlationId: md['correlationId'],
    causationId: md['causationId'],
    streamId,
    streamVersion,
    globalPosition,
    recordedAt: md['recordedAt'],
    previousHash: md['previousHash'],
    hash: md['hash'],
  };
  // The type guard is many times cheaper than a full decode; the decode runs only to explain a failure.
  return RecordedEventCodec.is(candidate)
    ? right(candidate)
    : decodeStoredEvent(candidate, { streamId, streamVersion, eventId: stored.id });
};

/** Stream ids of the library live under an optional prefix, so several stores can share one server. */
export interface StreamNaming {
  readonly toEsdb: (streamId: string) => string;
  /** The library's stream id for an EventStoreDB stream, or null when the stream is not one of this store's. */
  readonly fromEsdb: (esdbStreamId: string) => string | null;
  readonly reservationOf: (eventId: string) => string;
  readonly isReservedName: (streamId: string) => boolean;
}

/** Where an event id is claimed for one stream, so reusing it in another can be refused. */
const reservationMarker = '__event-id-';

export const streamNaming = (prefix: string): StreamNaming => ({
  toEsdb: (streamId) => `${prefix}${streamId}`,
  fromEsdb: (name) => {
    if (!name.startsWith(prefix)) return null;
    const streamId = name.slice(prefix.length);
    return streamId.startsWith(reservationMarker) ? null : streamId;
  },
  reservationOf: (eventId) => `${prefix}${reservationMarker}${eventId}`,
  isReservedName: (streamId) => streamId.startsWith(reservationMarker),
});
