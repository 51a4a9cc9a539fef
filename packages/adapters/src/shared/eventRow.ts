import { Either, right } from 'fp-ts/Either';
import { inspect } from 'node:util';
import {
  CorruptEvent,
  decodeStoredEvent,
  RecordedEvent,
  isSoundRecordedEvent,
  RowLocation,
} from '@council-partnerships/domain';

/**
 * The columns every SQL adapter's events table shares, as its driver hands them back. Typed
 * `unknown`: nothing is trusted until it is decoded.
 */
export interface EventRowColumns {
  readonly event_id: unknown;
  readonly stream_id: unknown;
  readonly stream_version: unknown;
  readonly event_type: unknown;
  readonly schema_version: unknown;
  readonly occurred_at: unknown;
  readonly recorded_at: unknown;
  readonly command_id: unknown;
  readonly correlation_id: unknown;
  readonly causation_id: unknown;
  readonly previous_hash: unknown;
  readonly hash: unknown;
}

/** Where a row of `streamId` claims to be, for naming it in an error even when the row is unreadable. */
export const locationIn = (
  streamId: string,
  row: { readonly stream_version: unknown; readonly event_id: unknown },
): RowLocation => ({
  streamId,
  streamVersion: typeof row.stream_version === 'number' ? row.stream_version : null,
  eventId: typeof row.event_id === 'string' ? row.event_id : null,
});

/** Where a row claims to be, stream included, for naming it in an error. */
export const rowLocation = (
  row: Pick<EventRowColumns, 'stream_id' | 'stream_version' | 'event_id'>,
): RowLocation =>
  locationIn(
    typeof row.stream_id === 'string'
      ? row.stream_id
      : row.stream_id === null || row.stream_id === undefined
        ? '(unknown stream)'
        : inspect(row.stream_id),
    row,
  );

/**
 * Assembles an event from a row and the columns each driver reads its own way (JSON text or jsonb,
 * integer or bigint text), then checks it against the envelope codec. The row's location is worked
 * out only for an error: this runs for every event read.
 */
export const eventFromRow = (
  row: EventRowColumns,
  data: unknown,
  actor: unknown,
  globalPosition: unknown,
): Either<CorruptEvent, RecordedEvent> => {
  const candidate = {
    eventId: row.event_id,
    type: row.event_type,
    schemaVersion: row.schema_version,
    data,
    occurredAt: row.occurred_at,
    actor,
    commandId: row.command_id,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    globalPosition,
    recordedAt: row.recorded_at,
    previousHash: row.previous_hash,
    hash: row.hash,
  };
  // The field-by-field check gives the codec's answer at a fraction of the cost; the decode runs only
  // to explain a failure.
  return isSoundRecordedEvent(candidate as RecordedEvent)
    ? right(candidate as RecordedEvent)
    : decodeStoredEvent(candidate, rowLocation(row));
};

/** Decodes a page of rows, stopping at the first that cannot be read. */
export const eventsFromRows = <Row, Event = RecordedEvent>(
  rows: readonly Row[],
  decodeRow: (row: Row) => Either<CorruptEvent, Event>,
): Either<CorruptEvent, Event[]> => {
  const out: Event[] = [];
  for (const row of rows) {
    const event = decodeRow(row);
    if (event._tag === 'Left') return event;
    out.push(event.right);
  }
  return right(out);
};

/**
 * An event's values for the columns every SQL adapter's events table shares, in the order both
 * declare them (event_id to hash), the data and actor as the JSON texts its hash was taken over.
 */
export const sharedColumnValues = (e: RecordedEvent, dataJson: string, actorJson: string): unknown[] => [
  e.eventId,
  e.streamId,
  e.streamVersion,
  e.type,
  e.schemaVersion,
  dataJson,
  actorJson,
  e.occurredAt,
  e.recordedAt,
  e.commandId,
  e.correlationId,
  e.causationId,
  e.previousHash,
  e.hash,
];
