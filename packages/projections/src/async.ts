import { Either, left, right } from 'fp-ts/Either';
import {
  Checkpoint,
  EventStore,
  invalidInput,
  RecordedEvent,
  subscribeToAll,
  Subscription,
} from '@council-partnerships/domain';
import { CheckpointStore } from './checkpoint/port';
import { corruptSnapshot, ProjectionError } from './errors';
import { readLogFor } from './logRead';
import { foldRecorded, Projection } from './projection';
import { Folded } from './rebuild';

export interface AsyncProjectionOptions<State, E extends { type: string; data: unknown }> {
  readonly store: EventStore;
  readonly projection: Projection<State, E>;
  readonly checkpoints: CheckpointStore;
  readonly pageSize?: number;
  /** How long a follower waits when it has caught up, in milliseconds (default 100). */
  readonly pollIntervalMs?: number;
  /** Injected so that a test can follow the log without real waiting. */
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface Restored {
  /** False when there was no snapshot, or it was discarded because the projection's version changed. */
  readonly restored: boolean;
  readonly checkpoint: Checkpoint | null;
  readonly discarded?: string;
}

export interface AsyncProjection<State> {
  readonly name: string;
  state(): State;
  checkpoint(): Checkpoint | null;
  eventsApplied(): number;
  /** Loads the stored snapshot (done for you by `catchUp` and `follow` the first time). */
  load(): Promise<Either<ProjectionError, Restored>>;
  /** Folds from the stored checkpoint to the end of the log, saving state and checkpoint after every page. */
  catchUp(): Promise<Either<ProjectionError, Folded<State>>>;
  /** Keeps folding as the log grows, until stopped; each page is saved before the next is read. */
  follow(): Promise<Either<ProjectionError, Subscription>>;
  /** Forgets the snapshot and folds the whole log again from the first event. */
  rebuild(): Promise<Either<ProjectionError, Folded<State>>>;
}

/**
 * Asynchronous mode: a worker folds the global log behind the writers and stores its state with the
 * checkpoint it reached. After a restart it resumes from that snapshot. Because the state and the
 * checkpoint are saved together after each page, a crash between pages re-reads at most one page
 * from the old state, and nothing is counted twice.
 */
export const createAsyncProjection = <State, E extends { type: string; data: unknown }>(
  options: AsyncProjectionOptions<State, E>,
): AsyncProjection<State> => {
  const { projection, checkpoints, store } = options;
  let state = projection.initial();
  let checkpoint: Checkpoint | null = null;
  let applied = 0;
  let loaded = false;
  let following: Subscription | null = null;

  /** Back to before the first event, with nothing left to load: a discarded snapshot must not come back. */
  const startAfresh = () => {
    loaded = true;
    state = projection.initial();
    checkpoint = null;
    applied = 0;
  };

  const load = async (): Promise<Either<ProjectionError, Restored>> => {
    const snapshot = await checkpoints.load(projection.name);
    if (snapshot._tag === 'Left') return snapshot;
    startAfresh();
    if (snapshot.right === null) return right({ restored: false, checkpoint: null });
    if (snapshot.right.projectionVersion !== projection.version) {
      return right({
        restored: false,
        checkpoint: null,
        discarded: `the snapshot was saved by version ${snapshot.right.projectionVersion} of ${projection.name}, this is version ${projection.version}`,
      });
    }
    const decoded = projection.stateCodec.decode(snapshot.right.state);
    if (decoded._tag === 'Left') {
      return left(corruptSnapshot(projection.name, 'its state does not match the projection state codec'));
    }
    state = decoded.right;
    checkpoint = snapshot.right.checkpoint;
    applied = snapshot.right.eventsApplied;
    return right({ restored: true, checkpoint });
  };

  const ensureLoaded = async (): Promise<Either<ProjectionError, void>> => {
    if (loaded) return right(undefined);
    const restored = await load();
    return restored._tag === 'Left' ? restored : right(undefined);
  };

  /** Folds one page and saves; the in-memory state only moves once the snapshot is stored. */
  const handlePage = async (
    events: readonly RecordedEvent[],
    reached: Checkpoint | null,
  ): Promise<Either<ProjectionError, void>> => {
    const folded = foldRecorded(projection, state, events);
    if (folded._tag === 'Left') return folded;
    const saved = await checkpoints.save({
      projection: projection.name,
      projectionVersion: projection.version,
      checkpoint: reached,
      eventsApplied: applied + folded.right.applied,
      state: projection.stateCodec.encode(folded.right.state),
    });
    if (saved._tag === 'Left') return saved;
    state = folded.right.state;
    checkpoint = reached;
    applied += folded.right.applied;
    return right(undefined);
  };

  const busy = () =>
    left(
      invalidInput(`projection ${projection.name} is already following the log; stop it before catching up`, [
        projection.name,
      ]),
    );

  const catchUp = async (): Promise<Either<ProjectionError, Folded<State>>> => {
    if (following !== null) return busy();
    const ready = await ensureLoaded();
    if (ready._tag === 'Left') return ready;
    for (;;) {
      const page = await readLogFor(store, projection, {
        after: checkpoint,
        limit: options.pageSize ?? 1000,
      });
      if (page._tag === 'Left') return left(page.left);
      if (page.right.events.length > 0) {
        const handled = await handlePage(page.right.events, page.right.checkpoint);
        if (handled._tag === 'Left') return handled;
      }
      if (page.right.isEndOfLog || page.right.events.length === 0) {
        return right({ state, checkpoint, eventsApplied: applied });
      }
    }
  };

  const follow = async (): Promise<Either<ProjectionError, Subscription>> => {
    if (following !== null) return busy();
    const ready = await ensureLoaded();
    if (ready._tag === 'Left') return ready;
    const subscription = subscribeToAll(store, {
      after: checkpoint,
      ...(options.pageSize ? { pageSize: options.pageSize } : {}),
      ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
      ...(options.sleep ? { sleep: options.sleep } : {}),
      onPage: (events, reached) => handlePage(events, reached),
    });
    following = subscription;
    void subscription.done.then(() => {
      following = null;
    });
    return right(subscription);
  };

  const rebuild = async (): Promise<Either<ProjectionError, Folded<State>>> => {
    if (following !== null) return busy();
    const removed = await checkpoints.remove(projection.name);
    if (removed._tag === 'Left') return removed;
    startAfresh();
    return catchUp();
  };

  return {
    name: projection.name,
    state: () => state,
    checkpoint: () => checkpoint,
    eventsApplied: () => applied,
    load,
    catchUp,
    follow,
    rebuild,
  };
};
