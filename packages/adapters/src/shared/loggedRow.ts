import { Either, right } from 'fp-ts/Either';
import {
  CorruptEvent,
  decodeLoggedEvent,
  isSoundLoggedEvent,
  LoggedEvent,
} from '@council-partnerships/domain';
import { EventRowColumns, rowLocation } from './eventRow';

/**
 * The columns of the lean read of the global log that every SQL adapter shares, in this order; each
 * puts its own position column(s) first. No hashes, command, correlation or causation ids.
 */
export const loggedColumns =
  'event_id, stream_id, stream_version, event_type, schema_version, data, actor, occurred_at, recorded_at';

/** The shared columns of a lean row of the log, as a driver hands them back. Nothing is trusted yet. */
export type LoggedRowColumns = Pick<
  EventRowColumns,
  | 'event_id'
  | 'stream_id'
  | 'stream_version'
  | 'event_type'
  | 'schema_version'
  | 'occurred_at'
  | 'recorded_at'
>;

/**
 * Assembles what a read model needs of an event from a lean row and the columns each driver reads its
 * own way, and checks it: the type guard on the fast path, the codec only to explain a failure.
 */
export const loggedFromRow = (
  row: LoggedRowColumns,
  data: unknown,
  actor: unknown,
  globalPosition: unknown,
): Either<CorruptEvent, LoggedEvent> => {
  const candidate = {
    globalPosition,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    eventId: row.event_id,
    type: row.event_type,
    schemaVersion: row.schema_version,
    data,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    actor,
  } as LoggedEvent;
  return isSoundLoggedEvent(candidate) ? right(candidate) : decodeLoggedEvent(candidate, rowLocation(row));
};
