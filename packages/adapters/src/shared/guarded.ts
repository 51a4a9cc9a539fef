import { Either, left } from 'fp-ts/Either';
import { StoreUnavailable } from '@council-partnerships/domain';

/**
 * Runs one operation of a store: first what makes the store usable (opening its file, migrating its
 * schema, or only checking it is not closed), then the work, with anything the driver throws turned
 * into a value by `failure`, because the port answers with values and never throws.
 */
export const guardedBy =
  <Ready, F>(
    ready: () => Either<StoreUnavailable, Ready> | Promise<Either<StoreUnavailable, Ready>>,
    failure: (error: unknown) => F,
  ) =>
  async <E, A>(
    work: (ready: Ready) => Either<E, A> | Promise<Either<E, A>>,
  ): Promise<Either<E | F | StoreUnavailable, A>> => {
    // Awaited only when it is a promise: an open store answers at once, without a turn of the event loop.
    const pending = ready();
    const usable = pending instanceof Promise ? await pending : pending;
    if (usable._tag === 'Left') return usable;
    try {
      return await work(usable.right);
    } catch (error) {
      return left(failure(error));
    }
  };
