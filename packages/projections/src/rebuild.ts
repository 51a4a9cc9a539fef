import { Either, right } from 'fp-ts/Either';
import { Checkpoint, EventStore } from '@council-partnerships/domain';
import { AsOf, validateAsOf, visibleAsOf } from './asOf';
import { ProjectionError } from './errors';
import { readLogFor } from './logRead';
import { beginFolding, foldInto, Projection } from './projection';

export interface FoldOptions<State> {
  /** Only events visible at this point in business time and system time (default: everything). */
  readonly asOf?: AsOf;
  /**
   * Events read per page of the global log (default 1000); the fold holds at most two pages: the one it
   * folds and the next, read ahead.
   */
  readonly pageSize?: number;
  /** Continue a fold: start after this checkpoint, from this state. */
  readonly after?: Checkpoint | null;
  readonly from?: State;
}

export interface Folded<State> {
  readonly state: State;
  /** The log position reached: pass it back as `after` to continue from here. */
  readonly checkpoint: Checkpoint | null;
  /** Events the projection applied (events of other types and filtered-out events are not counted). */
  readonly eventsApplied: number;
}

/**
 * Folds a projection from the global log of any adapter, page by page, up to the end of the log as
 * it stands at the time of reading. With no `after` and no `from` this is a rebuild from zero.
 */
export const foldFromLog = async <State, E extends { type: string; data: unknown }>(
  store: EventStore,
  projection: Projection<State, E>,
  options: FoldOptions<State> = {},
): Promise<Either<ProjectionError, Folded<State>>> => {
  const asOf = validateAsOf(options.asOf);
  if (asOf._tag === 'Left') return asOf;
  const visible = visibleAsOf(asOf.right);
  // One folding for the whole read, so a read model built in place is never copied between pages.
  const folding = beginFolding(projection, options.from ?? projection.initial());
  let checkpoint = options.after ?? null;
  let eventsApplied = 0;
  const limit = options.pageSize ?? 1000;
  const read = (after: Checkpoint | null) => {
    const page = readLogFor(store, projection, { after, limit });
    // Marked as handled: a page read ahead and then not awaited (the fold stopped) must not be
    // reported as an unhandled rejection; a page awaited still throws as before.
    page.catch(() => undefined);
    return page;
  };
  let next = read(checkpoint);
  let last = false;
  // One page at a time, in a call of its own: once folded, nothing here holds it while the next is
  // read (a store whose driver reads in the call then has one page of events alive, not two).
  const foldPage = (page: Awaited<typeof next>): Either<ProjectionError, number> => {
    if (page._tag === 'Left') return page;
    checkpoint = page.right.checkpoint;
    // An empty page is the end too: an adapter hiding in-flight commits must not make this spin.
    last = page.right.isEndOfLog || page.right.events.length === 0;
    // The next page is asked for before this one is folded: a database server finds it while the
    // fold runs, instead of the fold waiting for it afterwards. A page left unread when the fold
    // stops early is dropped.
    if (!last) next = read(checkpoint);
    return foldInto(projection, folding, page.right.events, visible);
  };
  for (;;) {
    const folded = foldPage(await next);
    if (folded._tag === 'Left') return folded;
    eventsApplied += folded.right;
    if (last) return right({ state: folding.result(), checkpoint, eventsApplied });
  }
};

/** Rebuilds a projection from the first event of the log, optionally as of a business date or record time. */
export const rebuildProjection = <State, E extends { type: string; data: unknown }>(
  store: EventStore,
  projection: Projection<State, E>,
  options: { asOf?: AsOf; pageSize?: number } = {},
): Promise<Either<ProjectionError, Folded<State>>> => foldFromLog(store, projection, options);
