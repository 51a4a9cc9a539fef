import * as t from 'io-ts';
import { Either, left, right } from 'fp-ts/Either';
import { JsonObject } from '../shared/json';
import { StoredTimestampCodec } from '../shared/timestamp';
import { decodeWith } from '../shared/validation';
import { ActorCodec, RecordedEvent } from './envelope';
import { CorruptEvent, corruptEvent, ReadError } from './errors';
import type { EventStore, GlobalLogPage, ReadAllOptions } from './port';
import { isActor, isInt, isJsonRecord, isStoredTimestamp } from './rowChecks';
import { RowLocation } from './storedRow';

/**
 * What a read model needs of each event of the global log: where it stands (in the log and in its
 * stream), what it says, who recorded it and when, in business time and in system time. No hashes
 * and no command, correlation or causation ids: those are for auditors verifying the chain and for
 * the command handler, and a rebuild that reads only this much of each row moves about a third fewer
 * bytes. Every `RecordedEvent` is one.
 */
export type LoggedEvent = Pick<
  RecordedEvent,
  | 'globalPosition'
  | 'streamId'
  | 'streamVersion'
  | 'eventId'
  | 'type'
  | 'schemaVersion'
  | 'data'
  | 'occurredAt'
  | 'recordedAt'
  | 'actor'
>;

export const LoggedEventCodec: t.Type<LoggedEvent, LoggedEvent, unknown> = t.readonly(
  t.type({
    globalPosition: t.number,
    streamId: t.string,
    streamVersion: t.Int,
    eventId: t.string,
    type: t.string,
    schemaVersion: t.Int,
    data: t.UnknownRecord as unknown as t.Type<JsonObject, JsonObject, unknown>,
    occurredAt: StoredTimestampCodec,
    recordedAt: StoredTimestampCodec,
    actor: ActorCodec,
  }),
) as unknown as t.Type<LoggedEvent, LoggedEvent, unknown>;

/** Exactly `LoggedEventCodec.is`, field by field (the codec walks its parts). */
export const isSoundLoggedEvent = (e: LoggedEvent): boolean =>
  typeof e.globalPosition === 'number' &&
  typeof e.streamId === 'string' &&
  isInt(e.streamVersion) &&
  typeof e.eventId === 'string' &&
  typeof e.type === 'string' &&
  isInt(e.schemaVersion) &&
  isJsonRecord(e.data) &&
  isStoredTimestamp(e.occurredAt) &&
  isStoredTimestamp(e.recordedAt) &&
  isActor(e.actor);

/**
 * Checks a lean row of the log before a read model trusts it: the type guard on the fast path, the
 * full decode only to explain a failure, as `CorruptEvent` at the row's location.
 */
export const decodeLoggedEvent = (candidate: unknown, at: RowLocation): Either<CorruptEvent, LoggedEvent> => {
  if (isJsonRecord(candidate) && isSoundLoggedEvent(candidate as LoggedEvent))
    return right(candidate as LoggedEvent);
  const decoded = decodeWith(LoggedEventCodec, 'stored event')(candidate);
  return decoded._tag === 'Left'
    ? left(corruptEvent(at.streamId, at.streamVersion, at.eventId, decoded.left.message))
    : right(decoded.right);
};

/**
 * Reads a page of the global log for read models: the store's lean read when it has one, its full
 * read otherwise (a recorded event carries all a read model needs). Same pages, checkpoints and
 * errors as `readAll`.
 */
export const readAllForProjection = (
  store: EventStore,
  options?: ReadAllOptions,
): Promise<Either<ReadError, GlobalLogPage<LoggedEvent>>> =>
  store.readAllForProjection !== undefined ? store.readAllForProjection(options) : store.readAll(options);
