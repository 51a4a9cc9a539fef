import { Either } from 'fp-ts/Either';
import { CorruptEvent, FoldableEvent } from '@council-partnerships/domain';
import { foldableFromRow, foldablesFromRows, FoldRowColumns } from '../shared/foldRow';

/** A lean row as `pg` hands it back: the json column already parsed. */
export interface PostgresFoldRow extends FoldRowColumns {
  readonly data: unknown;
}

export const decodePostgresFoldRows = (
  streamId: string,
  rows: readonly PostgresFoldRow[],
): Either<CorruptEvent, FoldableEvent[]> =>
  foldablesFromRows(rows, (row) => foldableFromRow(streamId, row, row.data));
