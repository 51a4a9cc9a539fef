import { Either, left, right } from 'fp-ts/Either';
import { CorruptEvent, corruptEvent, LoggedEvent, RecordedEvent } from '@council-partnerships/domain';
import { EventRowColumns, eventFromRow, eventsFromRows, rowLocation } from '../shared/eventRow';
import { loggedColumns, loggedFromRow, LoggedRowColumns } from '../shared/loggedRow';

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

/** The columns of the lean read of the log (see `LoggedEvent`): the position, then the shared lean columns. */
export const postgresLoggedColumns = `position, transaction_id::text AS transaction_id, ${loggedColumns}`;

/** A lean row of the log as `pg` hands it back. */
export interface PostgresLoggedRow extends LoggedRowColumns {
  readonly position: unknown;
  readonly transaction_id: unknown;
  readonly data: unknown;
  readonly actor: unknown;
}

/** The row's global position (bigint, as text), or `CorruptEvent` naming the row. */
const positionOf = (
  row: Pick<PostgresEventRow, 'position' | 'stream_id' | 'stream_version' | 'event_id'>,
): Either<CorruptEvent, number> => {
  const position = typeof row.position === 'string' ? Number(row.position) : Number.NaN;
  if (Number.isSafeInteger(position)) return right(position);
  const at = rowLocation(row);
  return left(
    corruptEvent(
      at.streamId,
      at.streamVersion,
      at.eventId,
      `position ${String(row.position)} is not a safe integer`,
    ),
  );
};

/** Turns a row into an event, or `CorruptEvent` naming the row when a column holds the wrong thing. */
export const decodePostgresRow = (row: PostgresEventRow): Either<CorruptEvent, RecordedEvent> => {
  const position = positionOf(row);
  return position._tag === 'Left' ? position : eventFromRow(row, row.data, row.actor, position.right);
};

/** Turns a lean row of the log into what read models need of its event, or `CorruptEvent` naming the row. */
export const decodePostgresLoggedRow = (row: PostgresLoggedRow): Either<CorruptEvent, LoggedEvent> => {
  const position = positionOf(row);
  return position._tag === 'Left' ? position : loggedFromRow(row, row.data, row.actor, position.right);
};

export const decodePostgresRows = (
  rows: readonly PostgresEventRow[],
): Either<CorruptEvent, RecordedEvent[]> => eventsFromRows(rows, decodePostgresRow);

export const decodePostgresLoggedRows = (
  rows: readonly PostgresLoggedRow[],
): Either<CorruptEvent, LoggedEvent[]> => eventsFromRows(rows, decodePostgresLoggedRow);
