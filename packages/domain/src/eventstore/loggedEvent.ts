import { Either } from 'fp-ts/Either';
import { RecordedEvent, envelopeCodecOf } from './envelope';
import { ReadError } from './errors';
import type { EventStore, GlobalLogPage, ReadAllOptions } from './port';
import { decodeRowWith } from './storedRow';

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

export const LoggedEventCodec = envelopeCodecOf<LoggedEvent>([
  'globalPosition',
  'streamId',
  'streamVersion',
  'eventId',
  'type',
  'schemaVersion',
  'data',
  'occurredAt',
  'recordedAt',
  'actor',
]);

/** Checks a lean row of the log that the fast check (`isSoundLoggedEvent`) refused, saying what is wrong. */
export const decodeLoggedEvent = decodeRowWith(LoggedEventCodec);

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
