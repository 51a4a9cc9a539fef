import { Either } from 'fp-ts/Either';
import {
  EventStore,
  GlobalLogPage,
  ReadAllOptions,
  readAllForProjection,
  ReadError,
} from '@council-partnerships/domain';
import { Projection } from './projection';

/**
 * A page of the global log for `projection`: the store's lean read (`readAllForProjection`) when the
 * projection reads only what a `LoggedEvent` holds of each envelope, the full read otherwise. The
 * pages and checkpoints are the same either way.
 */
export const readLogFor = <E extends { type: string; data: unknown }>(
  store: EventStore,
  projection: Pick<Projection<unknown, E>, 'envelope'>,
  options: ReadAllOptions,
): Promise<Either<ReadError, GlobalLogPage>> =>
  projection.envelope === 'logged'
    ? // Typed as whole events for the fold functions: `defineLoggedProjection` holds the reducers
      // of a projection marked 'logged' to the fields a lean event has.
      (readAllForProjection(store, options) as Promise<Either<ReadError, GlobalLogPage>>)
    : store.readAll(options);
