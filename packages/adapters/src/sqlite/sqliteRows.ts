import { Either, right } from 'fp-ts/Either';
import {
  CorruptEvent,
  decodeStoredEvent,
  RecordedEventCodec,
  parseStoredJson,
  RecordedEvent,
  RowLocation,
} from '@council-partnerships/domain';

/** One row of the events table as better-sqlite3 hands it back. Typed `unknown`: nothing is trusted yet. */
export interface SqliteEventRow {
  readonly global_position: unknown;
  readonly event_id: unknown;
  readonly stream_id: unknown;
  readonly stream_version: unknown;
  readonly event_type: unknown;
  readonly schema_version: unknown;
  readonly data: unknown;
  readonly actor: unknown;
  readonly occurred_at: unknown;
  readonly recorded_at: unknown;
  readonly command_id: unknown;
  readonly correlation_id: unknown;
  readonly causation_id: unknown;
  readonly previous_hash: unknown;
  readonly hash: unknown;
}

export const eventColumns =
  'global_position, event_id, stream_id, stream_version, event_type, schema_version, data, actor, ' +
  'occurred_at, recorded_at, command_id, correlation_id, causation_id, previous_hash, hash';

const locationOf = (row: SqliteEventRow): RowLocation => ({
  streamId: typeof row.stream_id === 'string' ? row.stream_id : String(row.stream_id ?? '(unknown stream)'),
  streamVersion: typeof row.stream_version === 'number' ? row.stream_version : null,
  eventId: typeof row.event_id === 'string' ? row.event_id : null,
});

/** Turns a row into an event, or `CorruptEvent` naming the row when a column cannot be read. */
export const decodeSqliteRow = (row: SqliteEventRow): Either<CorruptEvent, RecordedEvent> => {
  const at = locationOf(row);
  const data = parseStoredJson(row.data, 'data', at);
  if (data._tag === 'Left') return data;
  const actor = parseStoredJson(row.actor, 'actor', at);
  if (actor._tag === 'Left') return actor;
  const candidate = {
    eventId: row.event_id,
    type: row.event_type,
    schemaVersion: row.schema_version,
    data: data.right,
    occurredAt: row.occurred_at,
    actor: actor.right,
    commandId: row.command_id,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    globalPosition: row.global_position,
    recordedAt: row.recorded_at,
    previousHash: row.previous_hash,
    hash: row.hash,
  };
  // The type guard is many times cheaper than a full decode; the decode runs only to explain a failure.
  return RecordedEventCodec.is(candidate) ? right(candidate) : decodeStoredEvent(candidate, at);
};

export const decodeSqliteRows = (rows: readonly SqliteEventRow[]): Either<CorruptEvent, RecordedEvent[]> => {
  const out: RecordedEvent[] = [];
  for (const row of rows) {
    const event = decodeSqliteRow(row);
    if (event._tag === 'Left') return event;
    out.push(event.right);
  }
  return right(out);
};
