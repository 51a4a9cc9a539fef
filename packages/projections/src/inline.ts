import { Either, left, right } from 'fp-ts/Either';
import { Checkpoint, EventStore, RecordedEvent } from '@council-partnerships/domain';
import { projectionGap, ProjectionError } from './errors';
import { readLogFor } from './logRead';
import { foldRecorded, Projection } from './projection';

export interface InlineProjection<State> {
  readonly name: string;
  /** The live state: everything appended through this process and everything caught up from the log. */
  state(): State;
  /**
   * Folds events just appended (an `AppendResult`'s or handled command's `events`). Events already
   * folded (a retried command hands its first events back) are skipped; an event that skips ahead of
   * its stream is refused with `ProjectionGap` and nothing of the batch is folded.
   */
  projectAppended(events: readonly RecordedEvent[]): Either<ProjectionError, State>;
  /** Folds whatever the log holds that this projection has not seen: at start-up, or after a gap. */
  catchUp(store: EventStore, options?: { pageSize?: number }): Promise<Either<ProjectionError, State>>;
}

/**
 * Inline mode: the read model is updated in the same process right after each append, so a reader
 * sees its own writes at once. It remembers the last version folded of each stream, which is what
 * lets a retried command and a later catch-up overlap without counting anything twice.
 */
export const createInlineProjection = <State, E extends { type: string; data: unknown }>(
  projection: Projection<State, E>,
  options: { from?: State } = {},
): InlineProjection<State> => {
  let state = options.from ?? projection.initial();
  let checkpoint: Checkpoint | null = null;
  const seen = new Map<string, number>();

  /** The events not yet folded, in order; or the first one that would leave a hole in its stream. */
  const unseen = (
    events: readonly RecordedEvent[],
    refuseGaps: boolean,
  ): Either<ProjectionError, RecordedEvent[]> => {
    const expected = new Map<string, number>();
    const fresh: RecordedEvent[] = [];
    for (const event of events) {
      const last = expected.get(event.streamId) ?? seen.get(event.streamId) ?? 0;
      if (event.streamVersion <= last) continue;
      if (refuseGaps && event.streamVersion !== last + 1) {
        return left(projectionGap(projection.name, event.streamId, last + 1, event.streamVersion));
      }
      expected.set(event.streamId, event.streamVersion);
      fresh.push(event);
    }
    return right(fresh);
  };

  const fold = (events: readonly RecordedEvent[], refuseGaps: boolean): Either<ProjectionError, State> => {
    const fresh = unseen(events, refuseGaps);
    if (fresh._tag === 'Left') return fresh;
    const folded = foldRecorded(projection, state, fresh.right);
    if (folded._tag === 'Left') return folded;
    state = folded.right.state;
    for (const event of fresh.right) seen.set(event.streamId, event.streamVersion);
    return right(state);
  };

  return {
    name: projection.name,
    state: () => state,
    projectAppended: (events) => fold(events, true),
    catchUp: async (store, catchUpOptions = {}) => {
      for (;;) {
        const page = await readLogFor(store, projection, {
          after: checkpoint,
          limit: catchUpOptions.pageSize ?? 1000,
        });
        if (page._tag === 'Left') return left(page.left);
        // The global log holds every version of every stream, so a hole here is not a gap to refuse.
        const folded = fold(page.right.events, false);
        if (folded._tag === 'Left') return folded;
        checkpoint = page.right.checkpoint;
        if (page.right.isEndOfLog || page.right.events.length === 0) return right(state);
      }
    },
  };
};
