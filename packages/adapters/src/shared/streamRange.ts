import { Either, left } from 'fp-ts/Either';
import { ReadError, streamNotFound } from '@council-partnerships/domain';

/**
 * A stream's events in a range, from the rows a store found there. No rows at all is
 * `StreamNotFound` only when the stream holds no events (asked only then: a range past the end of a
 * stream that exists is no events).
 */
export const eventsInRange = async <Row, Event>(
  streamId: string,
  rows: readonly Row[],
  streamExists: () => Promise<boolean>,
  decode: (rows: readonly Row[]) => Either<ReadError, readonly Event[]>,
): Promise<Either<ReadError, readonly Event[]>> =>
  rows.length === 0 && !(await streamExists()) ? left(streamNotFound(streamId)) : decode(rows);
