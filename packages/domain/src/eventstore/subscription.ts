import { Either, left, right } from 'fp-ts/Either';
import { LibraryError } from '../shared/errors';
import { Checkpoint, RecordedEvent } from './envelope';
import { ReadError } from './errors';
import { EventStore } from './port';

export interface SubscriptionOptions {
  /** Start after this checkpoint (null: from the beginning of the log). */
  readonly after: Checkpoint | null;
  readonly pageSize?: number;
  /** How long to wait when the log is caught up, in milliseconds (default 100). */
  readonly pollIntervalMs?: number;
  /**
   * Called with each page, in log order. The checkpoint is the page's last position: persist it
   * after handling the page to resume there after a restart. Return a Left to stop the subscription.
   */
  readonly onPage: (
    events: readonly RecordedEvent[],
    checkpoint: Checkpoint | null,
  ) => Promise<Either<LibraryError, void>> | Either<LibraryError, void>;
  /** Injected so that a test can run without real waiting. */
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface Subscription {
  /** Stops after the page in hand; resolves with the checkpoint reached, or the error that stopped it. */
  stop(): Promise<Either<ReadError | LibraryError, Checkpoint | null>>;
  /** Resolves when the subscription has caught up with the log at least once. */
  readonly caughtUp: Promise<void>;
  /** Resolves when the subscription ends, by stop() or by an error. */
  readonly done: Promise<Either<ReadError | LibraryError, Checkpoint | null>>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Follows the global log from a checkpoint by polling `readAll`. It works on any adapter, because the
 * adapters' global logs are gap-safe: a page never skips an event that commits later.
 */
export const subscribeToAll = (store: EventStore, options: SubscriptionOptions): Subscription => {
  let stopping = false;
  let markCaughtUp: () => void = () => undefined;
  const caughtUp = new Promise<void>((resolve) => (markCaughtUp = resolve));
  const sleep = options.sleep ?? defaultSleep;

  const run = async (): Promise<Either<ReadError | LibraryError, Checkpoint | null>> => {
    let checkpoint = options.after;
    while (!stopping) {
      const page = await store.readAll({ after: checkpoint, limit: options.pageSize ?? 1000 });
      if (page._tag === 'Left') return left(page.left);
      if (page.right.events.length > 0) {
        const handled = await options.onPage(page.right.events, page.right.checkpoint);
        if (handled._tag === 'Left') return left(handled.left);
        checkpoint = page.right.checkpoint;
      }
      if (page.right.isEndOfLog) {
        markCaughtUp();
        if (!stopping) await sleep(options.pollIntervalMs ?? 100);
      }
    }
    return right(checkpoint);
  };

  const done = run();
  void done.then(() => markCaughtUp());
  return {
    caughtUp,
    done,
    stop: () => {
      stopping = true;
      return done;
    },
  };
};

/** Reads the whole global log page by page, handing each page on; never holds more than one page. */
export const forEachPage = async (
  store: EventStore,
  onPage: (events: readonly RecordedEvent[]) => void | Promise<void>,
  options: { after?: Checkpoint | null; pageSize?: number } = {},
): Promise<Either<ReadError, Checkpoint | null>> => {
  let checkpoint = options.after ?? null;
  for (;;) {
    const page = await store.readAll({ after: checkpoint, limit: options.pageSize ?? 1000 });
    if (page._tag === 'Left') return left(page.left);
    if (page.right.events.length > 0) await onPage(page.right.events);
    checkpoint = page.right.checkpoint;
    if (page.right.isEndOfLog) return right(checkpoint);
  }
};
