import { Either, left, right } from 'fp-ts/Either';
import { Checkpoint, RecordedEvent } from '../eventstore/envelope';
import { CorruptEvent, ReadError } from '../eventstore/errors';
import { hashEvent } from '../eventstore/hashChain';
import { EventStore } from '../eventstore/port';
import { digestOf, isLeafable, MerkleHasher } from './merkle/hashing';
import { LeafHashes, TreeHeadBuilder } from './merkle/treeBuilder';

/**
 * Reading the global log into the Merkle tree: the one part of the checkpoint machinery that touches
 * a store. Leaf `i` is the i-th event `readAll` returns (the log's commit order), whatever its
 * `globalPosition`; the leaf itself commits to that position and the event's hash (`eventLeaf`).
 */
export interface LogScan {
  /** Events read: every event of the log, unless `unreadable` stopped the walk. */
  readonly size: number;
  /** The tree head over every event read. */
  readonly root: Buffer;
  /** The tree head at each requested size the log reached. */
  readonly rootsAt: ReadonlyMap<number, Buffer>;
  /** Every leaf hash, in order, when asked for (proofs and finding a first difference need them). */
  readonly leaves: LeafHashes | null;
  /** The row the walk could not read (it is leaf `size`); null when the whole log was read. */
  readonly unreadable: CorruptEvent | null;
}

export interface ScanLogOptions {
  readonly rootsAt?: readonly number[];
  readonly keepLeaves?: boolean;
  /** Stop after this many events (the rest of the log is not read). */
  readonly upTo?: number;
  readonly pageSize?: number;
  /**
   * Make each leaf from the hash the event's content gives now (`hashEvent`) rather than the hash
   * stored beside it: a row whose content was edited then changes the tree at its own place, even
   * when its stored hash was left alone. The two are equal for every intact event.
   */
  readonly recomputeHashes?: boolean;
  readonly onProgress?: (eventsRead: number) => void;
}

/**
 * A leaf for an event whose position or hash cannot be encoded (edited into something else): it
 * can never equal a genuine event's leaf, so the tree still shows the change at its place.
 */
const malformedLeaf = (hasher: MerkleHasher, event: RecordedEvent): Buffer =>
  hasher.leafHash(Buffer.from(`malformed:${String(event.globalPosition)}:${String(event.hash)}`, 'utf8'));

/** Walks the global log page by page, one page in memory at a time, building the tree as it goes. */
export const scanLog = async (
  store: EventStore,
  options: ScanLogOptions = {},
): Promise<Either<ReadError, LogScan>> => {
  const hasher = new MerkleHasher();
  const builder = new TreeHeadBuilder(hasher);
  const wanted = new Set(options.rootsAt ?? []);
  const rootsAt = new Map<number, Buffer>();
  if (wanted.has(0)) rootsAt.set(0, builder.root());
  const leaves = options.keepLeaves === true ? new LeafHashes() : null;
  const upTo = options.upTo ?? Number.POSITIVE_INFINITY;
  let limit = options.pageSize ?? 1000;
  let after: Checkpoint | null = null;
  while (builder.size < upTo) {
    const page = await store.readAll({ after, limit: Math.min(limit, Math.max(1, upTo - builder.size)) });
    if (page._tag === 'Left') {
      if (page.left.code !== 'CorruptEvent') return left(page.left);
      // Read up to the unreadable row in smaller pages, so every leaf before it is counted.
      if (limit > 1) {
        limit = Math.max(1, Math.floor(limit / 8));
        continue;
      }
      return right({ size: builder.size, root: builder.root(), rootsAt, leaves, unreadable: page.left });
    }
    for (const event of page.right.events) {
      if (builder.size >= upTo) break;
      const hash = options.recomputeHashes === true ? hashEvent(event) : event.hash;
      const leafDigest = isLeafable(event.globalPosition, hash)
        ? hasher.eventLeafDigest(event.globalPosition, hash)
        : digestOf(malformedLeaf(hasher, event));
      builder.appendLeafDigest(leafDigest);
      leaves?.pushDigest(leafDigest);
      if (wanted.has(builder.size)) rootsAt.set(builder.size, builder.root());
    }
    options.onProgress?.(builder.size);
    after = page.right.checkpoint;
    if (page.right.isEndOfLog || page.right.events.length === 0) break;
  }
  return right({ size: builder.size, root: builder.root(), rootsAt, leaves, unreadable: null });
};

/**
 * Reads the log in pages until `look` finds what it wants in one (it is given the page's events and
 * the leaf index of the first); null when the log ends first.
 */
const searchLog = async <A>(
  store: EventStore,
  look: (events: readonly RecordedEvent[], firstLeaf: number) => A | undefined,
): Promise<Either<ReadError, A | null>> => {
  let seen = 0;
  let after: Checkpoint | null = null;
  for (;;) {
    const page = await store.readAll({ after, limit: 1000 });
    if (page._tag === 'Left') return left(page.left);
    const events = page.right.events;
    const found = look(events, seen);
    if (found !== undefined) return right(found);
    seen += events.length;
    after = page.right.checkpoint;
    if (page.right.isEndOfLog || events.length === 0) return right(null);
  }
};

/** The event at leaf `index` (the index-th event of the log), or null when the log is shorter. */
export const eventAtLeaf = (
  store: EventStore,
  index: number,
): Promise<Either<ReadError, RecordedEvent | null>> =>
  searchLog(store, (events, firstLeaf) =>
    index < firstLeaf + events.length ? (events[index - firstLeaf] ?? null) : undefined,
  );

/** Finds the leaf index of an event by id, reading the log in pages. */
export const leafOfEvent = (
  store: EventStore,
  eventId: string,
): Promise<Either<ReadError, { index: number; event: RecordedEvent } | null>> =>
  searchLog(store, (events, firstLeaf) => {
    const at = events.findIndex((e) => e.eventId === eventId);
    const event = events[at];
    return event === undefined ? undefined : { index: firstLeaf + at, event };
  });
