import fc from 'fast-check';
import { Either, isLeft } from 'fp-ts/Either';
import { DateTime } from 'luxon';

/** The value of a calculation a specification expects to succeed; a refusal fails the test with its message. */
export const valueOf = <A>(result: Either<{ message: string }, A>): A => {
  if (result._tag === 'Left') throw new Error(`expected a value, got a refusal: ${result.left.message}`);
  return result.right;
};

/** The message of a refusal, or '' when there was none. */
export const refusalOf = (result: Either<{ message: string }, unknown>): string =>
  isLeft(result) ? result.left.message : '';

/**
 * Any business date from `first` to `days` days after it. Properties range over decades the built-in
 * calendar does not know, so each specification picks a span its projected holidays still cover.
 */
export const anyDateFrom = (first: string, days: number): fc.Arbitrary<string> => {
  const start = DateTime.fromISO(first, { zone: 'UTC' });
  return fc.integer({ min: 0, max: days }).map((offset) => start.plus({ days: offset }).toISODate() ?? '');
};
