import { Either, right } from 'fp-ts/Either';
import {
  AppendError,
  AppendResult,
  EventStore,
  GlobalLogPage,
  InvalidInput,
  invalidInput,
  LoggedEvent,
  ReadAllOptions,
  ReadError,
  ReadStreamOptions,
  RecordedEvent,
  ValidAppend,
  validateAppend,
  validateReadAll,
  validateReadStream,
} from '@council-partnerships/domain';

/**
 * The port's input is checked here, the same way for every store, before a store's own code sees
 * it: bad input is `InvalidInput` and nothing is read or written.
 */

/** A stream and the versions to read from it, both ends inclusive, once checked. */
export interface StreamRange {
  readonly streamId: string;
  readonly fromVersion: number;
  /** `Number.MAX_SAFE_INTEGER` when the read runs to the end of the stream. */
  readonly toVersion: number;
}

/** A page of the global log asked for, with `after` read as the store's own kind of position. */
export interface PageRequest<Position> {
  /** The checkpoint as given; a page with no events hands it back. */
  readonly after: string | null;
  /** Where `after` points, or null for the start of the log. */
  readonly from: Position | null;
  readonly limit: number;
}

export const appendChecked =
  (
    append: (valid: ValidAppend) => Promise<Either<AppendError, AppendResult>>,
  ): EventStore['appendToStream'] =>
  (streamId, events, options) => {
    const valid = validateAppend(streamId, events, options);
    return valid._tag === 'Left' ? Promise.resolve(valid) : append(valid.right);
  };

export const readStreamChecked =
  <Event>(read: (range: StreamRange) => Promise<Either<ReadError, readonly Event[]>>) =>
  (streamId: string, options?: ReadStreamOptions): Promise<Either<ReadError, readonly Event[]>> => {
    const valid = validateReadStream(streamId, options);
    return valid._tag === 'Left' ? Promise.resolve(valid) : read(valid.right);
  };

/** `parseCheckpoint` reads a checkpoint the store issued; anything else is refused, never guessed at. */
export const readAllChecked =
  <Position, Event extends LoggedEvent = RecordedEvent>(
    parseCheckpoint: (after: string) => Either<InvalidInput, Position>,
    read: (page: PageRequest<Position>) => Promise<Either<ReadError, GlobalLogPage<Event>>>,
  ) =>
  (options?: ReadAllOptions): Promise<Either<ReadError, GlobalLogPage<Event>>> => {
    const valid = validateReadAll(options);
    if (valid._tag === 'Left') return Promise.resolve(valid);
    const { after, limit } = valid.right;
    const from = after === null ? right(null) : parseCheckpoint(after);
    return from._tag === 'Left' ? Promise.resolve(from) : read({ after, from: from.right, limit });
  };

/** A checkpoint from elsewhere (another store, a typo): `expected` describes the store's own form. */
export const checkpointNotIssued = (after: string, store: string, expected?: string): InvalidInput =>
  invalidInput(
    `checkpoint ${after} was not issued by the ${store} store${expected === undefined ? '' : ` (expected ${expected})`}`,
    ['after'],
  );
