import { Either, left, right } from 'fp-ts/Either';
import { Checkpoint, EventStore, ReadError, RecordedEvent } from '@council-partnerships/domain';
import { ReadCheck } from './readCheck';

/**
 * Reads the whole global log one page at a time, reporting how many events have been read so far
 * (the log's length is not known in advance). Every event read goes past `check` (its chain, its
 * type); those of types this release does not read are not handed to `onPage`. The first refusal of
 * `onPage` stops the read; otherwise the answer is the number of events read.
 */
export const readLogPages = async <E>(
  store: EventStore,
  onPage: (events: readonly RecordedEvent[]) => Either<E, unknown>,
  onProgress: (eventsRead: number) => void = () => undefined,
  check?: ReadCheck,
): Promise<Either<ReadError | E, number>> => {
  let after: Checkpoint | null = null;
  let eventsRead = 0;
  for (;;) {
    const page = await store.readAll({ after, limit: 1000 });
    if (page._tag === 'Left') return left(page.left);
    const taken = onPage(check === undefined ? page.right.events : page.right.events.filter(check.take));
    if (taken._tag === 'Left') return taken;
    eventsRead += page.right.events.length;
    onProgress(eventsRead);
    after = page.right.checkpoint;
    if (page.right.isEndOfLog || page.right.events.length === 0) return right(eventsRead);
  }
};
