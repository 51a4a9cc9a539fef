import { Either, right } from 'fp-ts/Either';
import {
  CorruptEvent,
  decodeFoldableEvent,
  FoldableEvent,
  isSoundFoldableEvent,
} from '@council-partnerships/domain';
import { locationIn } from './eventRow';

/** The columns of a lean read for folding, as a driver hands them back. Nothing is trusted yet. */
export interface FoldRowColumns {
  readonly stream_version: unknown;
  readonly event_id: unknown;
  readonly event_type: unknown;
  readonly schema_version: unknown;
  readonly command_id: unknown;
}

/** The columns a lean read selects, in every SQL adapter (the data column is each driver's own). */
export const foldColumns = 'stream_version, event_id, event_type, schema_version, data, command_id';

/**
 * Assembles a foldable event from a lean row of the stream that was asked for, and checks it (a type
 * guard on the fast path, a full decode only to explain a failure).
 */
export const foldableFromRow = (
  streamId: string,
  row: FoldRowColumns,
  data: unknown,
): Either<CorruptEvent, FoldableEvent> => {
  const candidate = {
    streamId,
    streamVersion: row.stream_version,
    eventId: row.event_id,
    type: row.event_type,
    schemaVersion: row.schema_version,
    data,
    commandId: row.command_id,
  } as FoldableEvent;
  return isSoundFoldableEvent(candidate)
    ? right(candidate)
    : decodeFoldableEvent(candidate, locationIn(streamId, row));
};

/** Decodes a lean page, stopping at the first row that cannot be read. */
export const foldablesFromRows = <Row>(
  rows: readonly Row[],
  decodeRow: (row: Row) => Either<CorruptEvent, FoldableEvent>,
): Either<CorruptEvent, FoldableEvent[]> => {
  const out: FoldableEvent[] = new Array<FoldableEvent>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const event = decodeRow(rows[i]!);
    if (event._tag === 'Left') return event;
    out[i] = event.right;
  }
  return right(out);
};
