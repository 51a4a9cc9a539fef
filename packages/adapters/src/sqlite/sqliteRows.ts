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

/** Marks a JSON column that could not be parsed; the slow path then says why. */
const unreadable = Symbol('unreadable');

const parsedOrUnreadable = (text: unknown): unknown => {
  if (typeof text !== 'string') return unreadable;
  try {
    return JSON.parse(text);
  } catch {
    return unreadable;
  }
};

/** Turns a row into an event, or `CorruptEvent` naming the row when a column cannot be read. */
export const decodeSqliteRow = (row: SqliteEventRow): Either<CorruptEvent, RecordedEvent> => {
  const data = parsedOrUnreadable(row.data);
  const actor = parsedOrUnreadable(row.actor);
  if (data === unreadable || actor === unreadable) {
    const at = rowLocation(row);
    const problem =
      data === unreadable ? parseStoredJson(row.data, 'data', at) : parseStoredJson(row.actor, 'actor', at);
    if (problem._tag === 'Left') return problem;
  }
  return eventFromRow(row, data, actor, row.global_position);
};

export const decodeSqliteRows = (rows: readonly SqliteEventRow[]): Either<CorruptEvent, RecordedEvent[]> =>
  eventsFromRows(rows, decodeSqliteRow);
