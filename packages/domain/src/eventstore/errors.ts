import { LibraryError, InvalidInput } from '../shared/errors';
import { ExpectedVersion } from './envelope';

export interface ConcurrencyConflict extends LibraryError {
  readonly code: 'ConcurrencyConflict';
  readonly streamId: string;
  readonly expected: ExpectedVersion;
  readonly actual: number;
}

export interface StreamNotFound extends LibraryError {
  readonly code: 'StreamNotFound';
  readonly streamId: string;
}

export interface CorruptEvent extends LibraryError {
  readonly code: 'CorruptEvent';
  readonly streamId: string;
  readonly streamVersion: number | null;
  readonly eventId: string | null;
  readonly reason: string;
}

export interface UnknownEventType extends LibraryError {
  readonly code: 'UnknownEventType';
  readonly streamId: string;
  readonly streamVersion: number;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
}

/** The same event id is already stored somewhere the append did not expect (not a retry of one append). */
export interface DuplicateEventId extends LibraryError {
  readonly code: 'DuplicateEventId';
  readonly eventId: string;
}

export interface StoreUnavailable extends LibraryError {
  readonly code: 'StoreUnavailable';
  readonly cause: string;
}

export type AppendError =
  ConcurrencyConflict | DuplicateEventId | InvalidInput | StoreUnavailable | CorruptEvent;
export type ReadError = StreamNotFound | CorruptEvent | InvalidInput | StoreUnavailable;

export const concurrencyConflict = (
  streamId: string,
  expected: ExpectedVersion,
  actual: number,
): ConcurrencyConflict => ({
  code: 'ConcurrencyConflict',
  message: `stream ${streamId} is at version ${actual} but the append expected ${String(expected)}; read the stream again and retry the decision`,
  path: [streamId],
  streamId,
  expected,
  actual,
});

export const streamNotFound = (streamId: string): StreamNotFound => ({
  code: 'StreamNotFound',
  message: `stream ${streamId} has no events`,
  path: [streamId],
  streamId,
});

export const corruptEvent = (
  streamId: string,
  streamVersion: number | null,
  eventId: string | null,
  reason: string,
): CorruptEvent => ({
  code: 'CorruptEvent',
  message: `event ${eventId ?? '(unknown id)'} at ${streamId} version ${streamVersion ?? '?'} cannot be read: ${reason}`,
  path: [streamId, String(streamVersion ?? '?')],
  streamId,
  streamVersion,
  eventId,
  reason,
});

export const unknownEventType = (
  streamId: string,
  streamVersion: number,
  eventId: string,
  type: string,
  schemaVersion: number,
): UnknownEventType => ({
  code: 'UnknownEventType',
  message: `event ${eventId} at ${streamId} version ${streamVersion} has type ${type} v${schemaVersion}, which no registered event definition reads; register it or an upcaster for it`,
  path: [streamId, String(streamVersion)],
  streamId,
  streamVersion,
  eventId,
  type,
  schemaVersion,
});

export const duplicateEventId = (eventId: string, where: string): DuplicateEventId => ({
  code: 'DuplicateEventId',
  message: `event id ${eventId} is already stored (${where}); event ids must be unique, and a retry must resend the whole original batch`,
  path: [eventId],
  eventId,
});

export const storeUnavailable = (cause: unknown, hint = ''): StoreUnavailable => {
  const text = cause instanceof Error ? cause.message : String(cause);
  return {
    code: 'StoreUnavailable',
    message: `the event store could not be reached or failed: ${text}${hint ? `; ${hint}` : ''}`,
    path: [],
    cause: text,
  };
};
