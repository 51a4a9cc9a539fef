import { Either, left, right } from 'fp-ts/Either';
import { decodeWith } from '../shared/validation';
import { isActor, isInt, isJsonRecord, isStoredTimestamp } from './rowChecks';
import { RecordedEvent, RecordedEventCodec } from './envelope';
import { CorruptEvent, corruptEvent } from './errors';

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

/** Checks a row read out of storage against the envelope codec before anything trusts it. */
export const decodeStoredEvent = (
  candidate: unknown,
  at: RowLocation,
): Either<CorruptEvent, RecordedEvent> => {
  const decoded = decodeWith(RecordedEventCodec, 'stored event')(candidate);
  if (decoded._tag === 'Left') {
    return left(corruptEvent(at.streamId, at.streamVersion, at.eventId, decoded.left.message));
  }
  return right(decoded.right);
};

const isStringOrNull = (u: unknown): boolean => u === null || typeof u === 'string';

/**
 * The fast path of reading a row: the same answer as `RecordedEventCodec.is`, field by field, with a
 * timestamp that the read saw a moment ago taken as read. A store that gets false here decodes the
 * candidate with the codec (`decodeStoredEvent`), which says what is wrong.
 */
export const isSoundRecordedEvent = (e: RecordedEvent): boolean =>
  typeof e.eventId === 'string' &&
  typeof e.type === 'string' &&
  isInt(e.schemaVersion) &&
  isJsonRecord(e.data) &&
  isStoredTimestamp(e.occurredAt) &&
  isActor(e.actor) &&
  typeof e.commandId === 'string' &&
  typeof e.correlationId === 'string' &&
  isStringOrNull(e.causationId) &&
  typeof e.streamId === 'string' &&
  isInt(e.streamVersion) &&
  typeof e.globalPosition === 'number' &&
  isStoredTimestamp(e.recordedAt) &&
  isStringOrNull(e.previousHash) &&
  typeof e.hash === 'string';
