import { Either, left } from 'fp-ts/Either';
import { validateReadStream } from './appendInput';
import { ReadError } from './errors';
import { FoldableEvent, readStreamForFold } from './foldableEvent';
import type { EventStore, ReadStreamOptions } from './port';

/** Pages of a stream's lean events, in order, ending at the first failure (see `EventStore`). */
export type FoldPages = AsyncIterable<Either<ReadError, readonly FoldableEvent[]>>;

/** The lean read as a store answers it: its events, or why it could not read them. */
export type FoldRead = (
  streamId: string,
  options?: ReadStreamOptions,
) => Promise<Either<ReadError, readonly FoldableEvent[]>>;

/** One answer as pages: the events as one page (none when there are none), or the failure alone. */
async function* asOnePage(read: Promise<Either<ReadError, readonly FoldableEvent[]>>): FoldPages {
  const events = await read;
  if (events._tag === 'Left' || events.right.length > 0) yield events;
}

/**
 * Reads a stream for folding a page at a time: the store's own paged read when it has one, else its
 * lean (or full) read as one page. Leaving the loop early ends the read.
 */
export const readStreamForFoldInPages = (
  store: EventStore,
  streamId: string,
  options?: ReadStreamOptions,
): FoldPages =>
  store.readStreamForFoldInPages !== undefined
    ? store.readStreamForFoldInPages(streamId, options)
    : asOnePage(readStreamForFold(store, streamId, options));

/**
 * A paged read made of lean reads of `pageSize` versions each, one after another, for a store whose
 * read costs no round trip (an embedded file): each range is read when the one before has been folded,
 * so one page of events is alive at a time. A page shorter than asked for ends the read (a stream's
 * versions have no gaps).
 */
export const pagedByRanges =
  (read: FoldRead, pageSize: number) =>
  (streamId: string, options?: ReadStreamOptions): FoldPages => {
    const size = Number.isSafeInteger(pageSize) && pageSize >= 1 ? pageSize : 1;
    async function* pages(): FoldPages {
      // The range is checked once, here, so that the ranges below are made of sound numbers.
      const range = validateReadStream(streamId, options);
      if (range._tag === 'Left') {
        yield left(range.left);
        return;
      }
      const { fromVersion, toVersion } = range.right;
      for (let from = fromVersion; from <= toVersion; from += size) {
        const to = Math.min(toVersion, from + size - 1);
        const page = await read(range.right.streamId, { fromVersion: from, toVersion: to });
        if (page._tag === 'Left' || page.right.length > 0) yield page;
        if (page._tag === 'Left' || page.right.length < to - from + 1) return;
      }
    }
    return pages();
  };
