import { Either } from 'fp-ts/Either';
import { CorruptEvent, FoldableEvent, parseStoredJson } from '@council-partnerships/domain';
import { locationIn } from '../shared/eventRow';
import { foldableFromRow, foldablesFromRows, FoldRowColumns } from '../shared/foldRow';

/** A lean row as better-sqlite3 hands it back: the data column is JSON text. */
export interface SqliteFoldRow extends FoldRowColumns {
  readonly data: unknown;
}

/** Parses the data column and checks the row; an unparseable column is `CorruptEvent` naming it. */
const decodeSqliteFoldRow =
  (streamId: string) =>
  (row: SqliteFoldRow): Either<CorruptEvent, FoldableEvent> => {
    const data = parseStoredJson(row.data, 'data', locationIn(streamId, row));
    return data._tag === 'Left' ? data : foldableFromRow(streamId, row, data.right);
  };

export const decodeSqliteFoldRows = (
  streamId: string,
  rows: readonly SqliteFoldRow[],
): Either<CorruptEvent, FoldableEvent[]> => foldablesFromRows(rows, decodeSqliteFoldRow(streamId));
