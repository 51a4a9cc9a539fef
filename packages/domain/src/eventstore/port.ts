import { Either } from 'fp-ts/Either';
import { Checkpoint, ExpectedVersion, NewEvent, RecordedEvent } from './envelope';
import { AppendError, ReadError } from './errors';
import type { FoldableEvent } from './foldableEvent';
import type { LoggedEvent } from './loggedEvent';

export interface AppendOptions {
  readonly expectedVersion: ExpectedVersion;
}

export interface AppendResult {
  readonly streamId: string;
  /** The stream's version after the append: pass it as the next exact expected version. */
  readonly nextExpectedVersion: number;
  readonly events: readonly RecordedEvent[];
}

export interface ReadStreamOptions {
  /** First version to return, inclusive (default 1). */
  readonly fromVersion?: number;
  /** Last version to return, inclusive (default: the end of the stream). */
  readonly toVersion?: number;
}

export interface ReadAllOptions {
  /** Return events after this checkpoint; omit or null to start at the beginning of the log. */
  readonly after?: Checkpoint | null;
  /** Page size (default 1000). */
  readonly limit?: number;
}

/** A page of the global log: whole recorded events, or (from the lean read) what read models need of them. */
export interface GlobalLogPage<Event extends LoggedEvent = RecordedEvent> {
  readonly events: readonly Event[];
  /** Where the next page starts: the checkpoint of the last event returned, or `after` if none. */
  readonly checkpoint: Checkpoint | null;
  /** True when nothing more was committed and visible at the time of the read. */
  readonly isEndOfLog: boolean;
}

/**
 * The port every storage adapter implements. Appends are atomic and checked against the expected
 * version by the store itself; the global log never skips an event that commits late.
 * Every method returns a value, never throws: bad input is `InvalidInput` and nothing is written.
 */
export interface EventStore {
  readonly name: string;
  appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<Either<AppendError, AppendResult>>;
  readStream(
    streamId: string,
    options?: ReadStreamOptions,
  ): Promise<Either<ReadError, readonly RecordedEvent[]>>;
  /**
   * Optional lean read of a stream for rehydration: only what a fold needs of each event (see
   * `FoldableEvent`), checked as strictly as `readStream` checks whole rows. Same range, order and
   * errors as `readStream`. Callers go through `readStreamForFold`, which falls back to `readStream`.
   */
  readStreamForFold?(
    streamId: string,
    options?: ReadStreamOptions,
  ): Promise<Either<ReadError, readonly FoldableEvent[]>>;
  /**
   * Optional lean read of a stream a page at a time: the events of `readStreamForFold`, in the same
   * order, handed over in pages (none empty) as the store reads them, so that a fold keeps one page
   * alive where a single read keeps every event of the stream alive until the last is folded (and
   * every young-generation collection in between copies them). Stopping early (leaving a `for await`)
   * ends the read. A failure is the last item: the same errors as `readStreamForFold`, after the
   * pages of the events before an unreadable one and never in place of them; an absent stream is
   * `StreamNotFound` alone. The iteration never throws or rejects. Callers go through
   * `readStreamForFoldInPages`, which falls back to one page of `readStreamForFold`.
   */
  readStreamForFoldInPages?(
    streamId: string,
    options?: ReadStreamOptions,
  ): AsyncIterable<Either<ReadError, readonly FoldableEvent[]>>;
  readAll(options?: ReadAllOptions): Promise<Either<ReadError, GlobalLogPage>>;
  /**
   * Optional lean read of the global log for read models: only what a `LoggedEvent` holds of each
   * event, checked as strictly as `readAll` checks whole rows. The same pages, checkpoints, end of log
   * and errors as `readAll`. Callers go through `readAllForProjection`, which falls back to `readAll`.
   */
  readAllForProjection?(options?: ReadAllOptions): Promise<Either<ReadError, GlobalLogPage<LoggedEvent>>>;
  /** Every stream id, in order of first appearance (used by auditors' verification). */
  listStreams(): Promise<Either<ReadError, readonly string[]>>;
  close(): Promise<void>;
}
