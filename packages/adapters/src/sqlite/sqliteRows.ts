import { Either, right } from 'fp-ts/Either';
import {
  CorruptEvent,
  isSoundRecordedEvent,
  parseStoredJson,
  RecordedEvent,
} from '@council-partnerships/domain';
import { EventRowColumns, eventFromRow, rowLocation } from '../shared/eventRow';

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
export const unreadable = Symbol('unreadable');

export const parsedOrUnreadable = (text: unknown): unknown => {
  if (typeof text !== 'string') return unreadable;
  try {
    return JSON.parse(text);
  } catch {
    return unreadable;
  }
};

/**
 * The data and actor columns of a row parsed from their JSON text, or `CorruptEvent` naming the row
 * and the first of them that cannot be read.
 */
export const parsedJsonColumns = (
  row: Pick<SqliteEventRow, 'data' | 'actor' | 'stream_id' | 'stream_version' | 'event_id'>,
): Either<CorruptEvent, { readonly data: unknown; readonly actor: unknown }> => {
  const at = rowLocation(row);
  const data = parseStoredJson(row.data, 'data', at);
  if (data._tag === 'Left') return data;
  const actor = parseStoredJson(row.actor, 'actor', at);
  return actor._tag === 'Left' ? actor : right({ data: data.right, actor: actor.right });
};

/** Turns a row into an event, or `CorruptEvent` naming the row when a column cannot be read. */
export const decodeSqliteRow = (row: SqliteEventRow): Either<CorruptEvent, RecordedEvent> => {
  const parsed = parsedJsonColumns(row);
  return parsed._tag === 'Left'
    ? parsed
    : eventFromRow(row, parsed.right.data, parsed.right.actor, row.global_position);
};

/**
 * Parses the actor column of a page's rows, once for each run of rows with the same text (the events
 * of one command), into one frozen actor the run shares; `unreadable` where the text is not JSON.
 */
export const actorRuns = (): ((text: unknown) => unknown) => {
  let last: unknown = null;
  let actor: unknown = unreadable;
  return (text) => {
    if (text !== last || typeof last !== 'string') {
      last = text;
      actor = parsedOrUnreadable(text);
      if (typeof actor === 'object' && actor !== null) Object.freeze(actor);
    }
    return actor;
  };
};

/** A raw row (an array in the order of `columns`) as the object a statement without `raw` hands back. */
export const rowFromArray = <Row>(columns: readonly string[], values: readonly unknown[]): Row => {
  const row: Record<string, unknown> = {};
  columns.forEach((column, i) => (row[column] = values[i]));
  return row as Row;
};

/** A row as a raw statement hands it back: the columns of `eventColumns`, in that order. */
export type SqliteEventArray = readonly unknown[];

const eventColumnNames = eventColumns.split(', ');

/**
 * Decodes a page of raw rows, stopping at the first that cannot be read. Each row becomes its event
 * directly and is checked field by field (`isSoundRecordedEvent`); only a row that fails goes the slow
 * way, by column name, to the codec that explains what is wrong with it. Rows in a run by one actor
 * (the events of one command) share one parsed, frozen actor rather than parsing the same text again.
 */
export const decodeSqliteArrays = (
  rows: readonly SqliteEventArray[],
): Either<CorruptEvent, RecordedEvent[]> => {
  const out = new Array<RecordedEvent>(rows.length);
  const actorOf = actorRuns();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const actor = actorOf(row[7]);
    const data = parsedOrUnreadable(row[6]);
    const event = {
      eventId: row[1],
      type: row[4],
      schemaVersion: row[5],
      data,
      occurredAt: row[8],
      actor,
      commandId: row[10],
      correlationId: row[11],
      causationId: row[12],
      streamId: row[2],
      streamVersion: row[3],
      globalPosition: row[0],
      recordedAt: row[9],
      previousHash: row[13],
      hash: row[14],
    } as RecordedEvent;
    if (data !== unreadable && actor !== unreadable && isSoundRecordedEvent(event)) {
      out[i] = event;
      continue;
    }
    const slow = decodeSqliteRow(rowFromArray<SqliteEventRow>(eventColumnNames, row));
    if (slow._tag === 'Left') return slow;
    out[i] = slow.right;
  }
  return right(out);
};
