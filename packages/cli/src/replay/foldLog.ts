import { Either, left, right } from 'fp-ts/Either';
import {
  Checkpoint,
  CorruptEvent,
  EventStore,
  ReadError,
  UnknownEventType,
} from '@council-partnerships/domain';
import { AsOf, foldRecorded, Projection, visibleAsOf } from '@council-partnerships/projections';
import { ReadCheck } from '../read/readCheck';

/**
 * Rebuilds a read model from the whole global log, one page at a time, reporting how many events
 * have been read so far (the log's length is not known in advance). Every event read goes past
 * `check` (its chain, its type); those of types this release does not read are left out of the fold.
 */
export const foldLog = async <State, E extends { type: string; data: unknown }>(
  store: EventStore,
  projection: Projection<State, E>,
  asOf: AsOf,
  onProgress: (eventsRead: number) => void = () => undefined,
  check?: ReadCheck,
): Promise<Either<ReadError | CorruptEvent | UnknownEventType, { state: State; eventsRead: number }>> => {
  const visible = visibleAsOf(asOf);
  let state = projection.initial();
  let after: Checkpoint | null = null;
  let eventsRead = 0;
  for (;;) {
    const page = await store.readAll({ after, limit: 1000 });
    if (page._tag === 'Left') return left(page.left);
    const events = check === undefined ? page.right.events : page.right.events.filter(check.take);
    const folded = foldRecorded(projection, state, events, visible);
    if (folded._tag === 'Left') return folded;
    state = folded.right.state;
    eventsRead += page.right.events.length;
    onProgress(eventsRead);
    after = page.right.checkpoint;
    if (page.right.isEndOfLog || page.right.events.length === 0) return right({ state, eventsRead });
  }
};
