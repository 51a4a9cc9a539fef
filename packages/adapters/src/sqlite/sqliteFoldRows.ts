import { Either, right } from 'fp-ts/Either';
import {
  CorruptEvent,
  FoldableEvent,
  isSoundFoldableEvent,
  parseStoredJson,
} from '@council-partnerships/domain';
import { locationIn } from '../shared/eventRow';
import { foldableFromRow, foldColumns, FoldRowColumns } from '../shared/foldRow';
import { parsedOrUnreadable, rowFromArray, unreadable } from './sqliteRows';

/** A lean row as better-sqlite3 hands it back: the data column is JSON text. */
export interface SqliteFoldRow extends FoldRowColumns {
  readonly data: unknown;
}

/** A lean row as a raw statement hands it back: the columns of `foldColumns`, in that order. */
export type SqliteFoldArray = readonly unknown[];

const foldColumnNames = foldColumns.split(', ');

/** Parses the data column and checks the row; an unparseable column is `CorruptEvent` naming it. */
const decodeSqliteFoldRow = (streamId: string, row: SqliteFoldRow): Either<CorruptEvent, FoldableEvent> => {
  const data = parseStoredJson(row.data, 'data', locationIn(streamId, row));
  return data._tag === 'Left' ? data : foldableFromRow(streamId, row, data.right);
};

/**
 * Decodes a lean page, stopping at the first row that cannot be read. Each row becomes its event
 * directly and is checked field by field; only a row that fails is read again, column by name, by the
 * codec that explains what is wrong with it.
 */
export const decodeSqliteFoldRows = (
  streamId: string,
  rows: readonly SqliteFoldArray[],
): Either<CorruptEvent, FoldableEvent[]> => {
  const out = new Array<FoldableEvent>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const data = parsedOrUnreadable(row[4]);
    const event = {
      streamId,
      streamVersion: row[0],
      eventId: row[1],
      type: row[2],
      schemaVersion: row[3],
      data,
      commandId: row[5],
    } as FoldableEvent;
    if (data !== unreadable && isSoundFoldableEvent(event)) {
      out[i] = event;
      continue;
    }
    const slow = decodeSqliteFoldRow(streamId, rowFromArray<SqliteFoldRow>(foldColumnNames, row));
    if (slow._tag === 'Left') return slow;
    out[i] = slow.right;
  }
  return right(out);
};
