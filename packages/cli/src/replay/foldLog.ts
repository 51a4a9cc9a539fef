import { Either, right } from 'fp-ts/Either';
import { CorruptEvent, EventStore, ReadError, UnknownEventType } from '@council-partnerships/domain';
import { AsOf, foldRecorded, Projection, visibleAsOf } from '@council-partnerships/projections';
import { readLogPages } from '../read/logPages';
import { ReadCheck } from '../read/readCheck';

/** Rebuilds a read model from the whole global log (see `readLogPages`), as of `asOf`. */
export const foldLog = async <State, E extends { type: string; data: unknown }>(
  store: EventStore,
  projection: Projection<State, E>,
  asOf: AsOf,
  onProgress: (eventsRead: number) => void = () => undefined,
  check?: ReadCheck,
): Promise<Either<ReadError | CorruptEvent | UnknownEventType, { state: State; eventsRead: number }>> => {
  const visible = visibleAsOf(asOf);
  let state = projection.initial();
  const read = await readLogPages(
    store,
    (events) => {
      const folded = foldRecorded(projection, state, events, visible);
      if (folded._tag === 'Right') state = folded.right.state;
      return folded;
    },
    onProgress,
    check,
  );
  return read._tag === 'Left' ? read : right({ state, eventsRead: read.right });
};
