import { Either, left, right } from 'fp-ts/Either';
import { AppendError, AppendResult, concurrencyConflict, ValidAppend } from '@council-partnerships/domain';

/**
 * The answer to a batch that does not fit the stream's version: when the same batch is already stored
 * (`prior`, from `matchPriorAppend`) the command is being retried and gets its original result;
 * otherwise another writer got in first, a conflict naming the version found.
 */
export const retriedOrConflict = (
  valid: ValidAppend,
  currentVersion: number,
  prior: Either<AppendError, AppendResult | null>,
): Either<AppendError, AppendResult> => {
  if (prior._tag === 'Left') return prior;
  return prior.right !== null
    ? right(prior.right)
    : left(concurrencyConflict(valid.streamId, valid.expectedVersion, currentVersion));
};
