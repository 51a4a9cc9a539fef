import { Either } from 'fp-ts/Either';
import { CorruptEvent, parseStoredJson, RecordedEvent } from '@council-partnerships/domain';
import { EventRowColumns, eventFromRow, eventsFromRows, rowLocation } from '../shared/eventRow';

/** One row of the events table as better-sqlite3 hands it back. Typed `unknown`: nothing is trusted yet. */
export interface SqliteEventRow extends EventRowColumns {
  readonly global_position: unknown;
  readonly data: unknown;
  readonly actor: unknown;
}

export const eventColumns =
  'global_position, event_id, stream_id, stream_version, event_type, schema_version, data, actor, ' +
  'occurred_at, recorded_at, command_id, correlation_id, causation_id, previous_hash, hash';

/** Turns a row into an event, or `CorruptEvent` naming the row when a column cannot be read. */
export const decodeSqliteRow = (row: SqliteEventRow): Either<CorruptEvent, RecordedEvent> => {
  const at = rowLocation(row);
  const data = parseStoredJson(row.data, 'data', at);
  if (data._tag === 'Left') return data;
  const actor = parseStoredJson(row.actor, 'actor', at);
  if (actor._tag === 'Left') return actor;
  return eventFromRow(row, { data: data.right, actor: actor.right, globalPosition: row.global_position }, at);
};

export const decodeSqliteRows = (rows: readonly SqliteEventRow[]): Either<CorruptEvent, RecordedEvent[]> =>
  eventsFromRows(rows, decodeSqliteRow);
