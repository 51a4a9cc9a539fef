/**
 * Where each id of a lazy record stands: its position, and every id in position order. A `Map` will
 * do (`idPositionsOf`); a snapshot's ids written as runs answer from the runs, without a map of
 * every id. Never changed once handed to a record.
 */
export interface IdPositions {
  /** The position of `id`, or undefined when it has none. */
  readonly positionOf: (id: string) => number | undefined;
  /** Every id that has a position, in the order of their positions. */
  readonly ids: () => Iterable<string>;
}

/** The positions a map gives. */
export const idPositionsOf = (positions: ReadonlyMap<string, number>): IdPositions => ({
  positionOf: (id) => positions.get(id),
  ids: () => positions.keys(),
});

/**
 * How a lazy record finds the entries it has not made yet: each id's position, and the function
 * that makes the entry at a position. Shared, never changed, by a lazy record and its copies.
 */
interface Unmade<T> {
  readonly positions: IdPositions;
  readonly entryAt: (position: number) => T;
}

/** What a lazy record is made of: its written or made entries (the proxy's target) and the rest. */
interface LazyParts<T> {
  readonly made: Record<string, T>;
  readonly unmade: Unmade<T>;
  /** Ids with a position that were deleted from this record (only this one: copies get their own). */
  readonly removed: Set<string>;
}

const lazyParts = new WeakMap<object, LazyParts<unknown>>();

// Not `emptyIdRecord`: that module copies lazy records through this one.
const emptyRecord = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

/** The position of the entry under `key` when it is one not made yet (nor deleted), else undefined. */
const unmadeAt = <T>(parts: LazyParts<T>, key: string | symbol): number | undefined =>
  typeof key === 'string' && !Object.hasOwn(parts.made, key) && !parts.removed.has(key)
    ? parts.unmade.positions.positionOf(key)
    : undefined;

/** Makes the entry under `key` if it is one not made yet, so the target then holds it as its own. */
const make = <T>(parts: LazyParts<T>, key: string | symbol): void => {
  const at = unmadeAt(parts, key);
  if (at !== undefined) parts.made[key as string] = parts.unmade.entryAt(at);
};

/**
 * Every entry made, and the record's ids in the order a plain record holding the same entries,
 * written in the same order, gives them: index-like ids first in ascending order (as every object
 * orders them), then the positioned ids in their order, then those written later in theirs.
 */
const ownKeysOf = <T>(parts: LazyParts<T>): string[] => {
  const ordered = emptyRecord<true>();
  for (const id of parts.unmade.positions.ids()) {
    if (parts.removed.has(id)) continue;
    make(parts, id);
    ordered[id] = true;
  }
  for (const id of Object.keys(parts.made)) ordered[id] = true;
  return Object.keys(ordered);
};

const lazyRecordOf = <T>(parts: LazyParts<T>): Record<string, T> => {
  const record = new Proxy(parts.made, {
    get: (target, key) => {
      make(parts, key);
      const entry: unknown = Reflect.get(target, key);
      return entry;
    },
    has: (target, key) => unmadeAt(parts, key) !== undefined || Reflect.has(target, key),
    // Written to the target itself: a write through the proxy would first ask it for the entry it replaces.
    set: (target, key, value) => Reflect.set(target, key, value),
    getOwnPropertyDescriptor: (target, key) => {
      make(parts, key);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    defineProperty: (target, key, descriptor) => {
      // A definition that names no value (freezing, say) keeps the entry: it is made first.
      make(parts, key);
      return Reflect.defineProperty(target, key, descriptor);
    },
    deleteProperty: (target, key) => {
      if (typeof key === 'string' && parts.unmade.positions.positionOf(key) !== undefined)
        parts.removed.add(key);
      return Reflect.deleteProperty(target, key);
    },
    ownKeys: (target) => [...ownKeysOf(parts), ...Object.getOwnPropertySymbols(target)],
    // A record that takes no more entries must already hold every one it has.
    preventExtensions: (target) => {
      ownKeysOf(parts);
      return Reflect.preventExtensions(target);
    },
  });
  lazyParts.set(record, parts);
  return record;
};

/**
 * An id record (no prototype, read through own-property checks like any other) whose entries are
 * made the first time each is read. A snapshot of a long partnership holds thousands of performance
 * returns that a cold start never reads: it decides one command and folds the few events after the
 * snapshot, which name a handful of them. Making every return up front was most of a cold start.
 *
 * `positions` gives each id the position `entryAt` makes its entry from; both must be settled (the
 * positions checked, every entry able to be made) before the record is handed out, since nothing
 * may fail when an entry is read later. Every operation of a plain record works on it, in the same
 * key order; enumerating its keys makes every entry. Being a proxy, it is refused by
 * `structuredClone`, and `console.log` shows only the entries made so far.
 */
export const lazyIdRecord = <T>(
  positions: IdPositions,
  entryAt: (position: number) => T,
): Record<string, T> =>
  lazyRecordOf({ made: emptyRecord<T>(), unmade: { positions, entryAt }, removed: new Set() });

/**
 * A copy of a lazy record that makes only what the copy is asked for: it shares the positions and
 * the maker (never changed) and copies the entries made or written so far; null for any other
 * record. A copy of a lazy record of ten thousand entries costs what was made of it, not ten
 * thousand entries.
 */
export const copyOfLazyIdRecord = <T>(record: object): Record<string, T> | null => {
  const parts = lazyParts.get(record) as LazyParts<T> | undefined;
  if (parts === undefined) return null;
  const made = emptyRecord<T>();
  for (const key of Object.keys(parts.made)) made[key] = parts.made[key]!;
  return lazyRecordOf({ made, unmade: parts.unmade, removed: new Set(parts.removed) });
};
