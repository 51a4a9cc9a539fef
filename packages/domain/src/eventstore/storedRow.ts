import * as t from 'io-ts';
import { Either, left, right } from 'fp-ts/Either';
import { decodeWith } from '../shared/validation';
import { isActor, isInt, isJsonRecord, isStoredTimestamp } from './rowChecks';
import { RecordedEvent, RecordedEventCodec } from './envelope';
import { CorruptEvent, corruptEvent } from './errors';
import type { LoggedEvent } from './loggedEvent';

/** Where a row claims to be, for naming it in an error even when the row itself is unreadable. */
export interface RowLocation {
  readonly streamId: string;
  readonly streamVersion: number | null;
  readonly eventId: string | null;
}

/** Parses a JSON column, turning a syntax error into `CorruptEvent` at the row's location. */
export const parseStoredJson = (
  text: unknown,
  column: string,
  at: RowLocation,
): Either<CorruptEvent, unknown> => {
  if (typeof text !== 'string') {
    return left(corruptEvent(at.streamId, at.streamVersion, at.eventId, `column ${column} is not text`));
  }
  try {
    return right(JSON.parse(text));
  } catch (error) {
    return left(
      corruptEvent(
        at.streamId,
        at.streamVersion,
        at.eventId,
        `column ${column} is not valid JSON (${(error as Error).message})`,
      ),
    );
  }
};

/**
 * The codec's answer on a row a store's fast check refused: the row decoded, or `CorruptEvent` at its
 * location saying what is wrong with it.
 */
export const decodeRowWith =
  <A>(codec: t.Type<A, A, unknown>) =>
  (candidate: unknown, at: RowLocation): Either<CorruptEvent, A> => {
    const decoded = decodeWith(codec, 'stored event')(candidate);
    return decoded._tag === 'Left'
      ? left(corruptEvent(at.streamId, at.streamVersion, at.eventId, decoded.left.message))
      : right(decoded.right);
  };

/** Checks a row read out of storage against the envelope codec before anything trusts it. */
export const decodeStoredEvent = decodeRowWith(RecordedEventCodec);

const isStringOrNull = (u: unknown): boolean => u === null || typeof u === 'string';

/**
 * Exactly `LoggedEventCodec.is`, field by field (the codec walks its parts): the fast path of the
 * log's lean read, and the part of `isSoundRecordedEvent` a read model relies on.
 */
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
 * The fast path of reading a row: the same answer as `RecordedEventCodec.is`, field by field, with a
 * timestamp that the read saw a moment ago taken as read. A store that gets false here decodes the
 * candidate with the codec (`decodeStoredEvent`), which says what is wrong.
 */
export const isSoundRecordedEvent = (e: RecordedEvent): boolean =>
  isSoundLoggedEvent(e) &&
  typeof e.commandId === 'string' &&
  typeof e.correlationId === 'string' &&
  isStringOrNull(e.causationId) &&
  isStringOrNull(e.previousHash) &&
  typeof e.hash === 'string';
