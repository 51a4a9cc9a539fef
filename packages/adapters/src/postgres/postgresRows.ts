import { Either, left } from 'fp-ts/Either';
import { CorruptEvent, corruptEvent, RecordedEvent } from '@council-partnerships/domain';
import { EventRowColumns, eventFromRow, eventsFromRows, rowLocation } from '../shared/eventRow';

/**
 * One row of the events table as `pg` hands it back: json columns already parsed, bigint and xid8 as
 * text. Typed `unknown`: nothing is trusted until it is decoded.
 */
export interface PostgresEventRow extends EventRowColumns {
  readonly position: unknown;
  readonly transaction_id: unknown;
  readonly data: unknown;
  readonly actor: unknown;
}

export const postgresEventColumns =
  'position, transaction_id::text AS transaction_id, event_id, stream_id, stream_version, event_type, ' +
  'schema_version, data, actor, occurred_at, recorded_at, command_id, correlation_id, causation_id, ' +
  'previous_hash, hash';

/** Turns a row into an event, or `CorruptEvent` naming the row when a column holds the wrong thing. */
export const decodePostgresRow = (row: PostgresEventRow): Either<CorruptEvent, RecordedEvent> => {
  const position = typeof row.position === 'string' ? Number(row.position) : Number.NaN;
  if (!Number.isSafeInteger(position)) {
    const at = rowLocation(row);
    return left(
      corruptEvent(
        at.streamId,
        at.streamVersion,
        at.eventId,
        `position ${String(row.position)} is not a safe integer`,
      ),
    );
  }
  return eventFromRow(row, row.data, row.actor, position);
};

export const decodePostgresRows = (
  rows: readonly PostgresEventRow[],
): Either<CorruptEvent, RecordedEvent[]> => eventsFromRows(rows, decodePostgresRow);
