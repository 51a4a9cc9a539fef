import { Either, left, right } from 'fp-ts/Either';

/**
 * Events decoded while their rows arrive from a driver, taken by a reader a page at a time: whatever
 * arrived since it last took one. The driver's side (`add`, `end`) never waits and runs no code of the
 * reader's, so nothing the reader does can throw into the driver; the reader's side (`next`) waits
 * only when nothing has arrived. Once a row cannot be read, or the reader has stopped, later rows are
 * let go unread.
 */
export interface ArrivingPages<Event, Failure> {
  /** A row's event as decoded, or why it could not be read. */
  readonly add: (event: Either<Failure, Event>) => void;
  /** The driver is done: every row arrived, or it failed with `failure`. */
  readonly end: (failure?: Failure) => void;
  /** The reader has stopped reading: rows still arriving are not kept. */
  readonly stop: () => void;
  /**
   * What arrived since the last call: a page (never empty), then, last of all, the failure; null once
   * everything was taken.
   */
  readonly next: () => Promise<Either<Failure, Event[]> | null>;
  /** How many rows arrived, readable or not. */
  readonly arrived: () => number;
}

export const arrivingPages = <Event, Failure>(): ArrivingPages<Event, Failure> => {
  let page: Event[] = [];
  let failure: { readonly reason: Failure } | null = null;
  let ended = false;
  let stopped = false;
  let arrived = 0;
  let wake: (() => void) | null = null;
  const notify = () => {
    const waiting = wake;
    wake = null;
    waiting?.();
  };
  const next = async (): Promise<Either<Failure, Event[]> | null> => {
    while (page.length === 0 && failure === null && !ended)
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    if (page.length > 0) {
      const taken = page;
      page = [];
      return right(taken);
    }
    if (failure === null) return null;
    const reason = failure.reason;
    // The failure is handed over once; after it there is nothing more.
    failure = null;
    ended = true;
    return left(reason);
  };
  return {
    add: (event) => {
      if (stopped || failure !== null) return;
      arrived += 1;
      if (event._tag === 'Left') failure = { reason: event.left };
      else page.push(event.right);
      notify();
    },
    end: (reason) => {
      if (ended) return;
      if (reason !== undefined && failure === null && !stopped) failure = { reason };
      ended = true;
      notify();
    },
    stop: () => {
      stopped = true;
      page = [];
    },
    next,
    arrived: () => arrived,
  };
};
