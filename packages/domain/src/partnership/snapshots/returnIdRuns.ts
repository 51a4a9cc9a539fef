import type { IdPositions } from '../../shared/lazyIdRecord';

/**
 * Return ids as a snapshot writes them. A council numbers its returns (`return-1`, `PR-0042`), and a
 * long partnership's ids were a third of its snapshot, written out one by one. Ids that follow one
 * another (the same text before a number one higher, written to the same width) are written as one
 * run `[prefix, first, count, width]`; any other id is written as itself.
 */
export type IdRun = [prefix: string, first: number, count: number, width: number];
export type WrittenIds = (string | IdRun)[];

/** The widest a run writes its numbers: a snapshot read back must not ask for a text of any length. */
const maxWidth = 32;

/** The id a run holds at `n`: the prefix, then n written with at least `width` digits. */
const idOf = (prefix: string, n: number, width: number): string => prefix + String(n).padStart(width, '0');

/** An id as the text before its trailing digits and those digits, when it ends in any. */
const trailingNumber = (id: string): { prefix: string; digits: string } | null => {
  const digits = /\d+$/.exec(id)?.[0];
  return digits === undefined ? null : { prefix: id.slice(0, id.length - digits.length), digits };
};

/** An id split as a run would hold it, when it ends in digits that a run writes back exactly. */
const numbered = (id: string): { prefix: string; n: number; width: number } | null => {
  const split = trailingNumber(id);
  if (split === null) return null;
  const { prefix, digits } = split;
  const n = Number(digits);
  // Written with leading zeros, the width is part of the id; otherwise any width of 1 writes it back.
  const width = digits.length > 1 && digits.startsWith('0') ? digits.length : 1;
  return Number.isSafeInteger(n) && width <= maxWidth && idOf(prefix, n, width) === id
    ? { prefix, n, width }
    : null;
};

/** The ids in runs where they follow one another, in the same order. */
export const writeIds = (ids: readonly string[]): WrittenIds => {
  const written: WrittenIds = [];
  let run: IdRun | null = null;
  for (const id of ids) {
    const at = numbered(id);
    if (run !== null && at !== null) {
      const [prefix, first, count, width]: IdRun = run;
      const next = first + count;
      if (at.prefix === prefix && at.n === next && idOf(prefix, next, width) === id) {
        run[2] += 1;
        continue;
      }
    }
    run = at === null ? null : [at.prefix, at.n, 1, at.width];
    written.push(run ?? id);
  }
  // A run of one is as short written as the id itself; runs that share a number with another of their
  // prefix (`r-1` to `r-9` beside `r-01` to `r-09`) are written id by id, since a reader gives every
  // id the one place its number has in its prefix's runs.
  const clashing = runsSharingANumber(written.filter((w): w is IdRun => typeof w !== 'string'));
  return written.flatMap((w): WrittenIds =>
    typeof w === 'string' ? [w] : w[2] === 1 || clashing.has(w) ? idsOfRun(w) : [w],
  );
};

/** The ids a run stands for, in order. */
const idsOfRun = ([prefix, first, count, width]: IdRun): string[] =>
  Array.from({ length: count }, (_, i) => idOf(prefix, first + i, width));

/** The runs that share a number with another run of the same prefix. */
const runsSharingANumber = (runs: readonly IdRun[]): Set<IdRun> => {
  const clashing = new Set<IdRun>();
  const byPrefix = new Map<string, IdRun[]>();
  for (const run of runs) byPrefix.set(run[0], [...(byPrefix.get(run[0]) ?? []), run]);
  for (const ofPrefix of byPrefix.values()) {
    ofPrefix.sort((a, b) => a[1] - b[1]);
    // The run reaching furthest so far: any run starting before its end shares a number with it.
    let furthest: IdRun | null = null;
    for (const run of ofPrefix) {
      if (furthest !== null && run[1] < furthest[1] + furthest[2]) {
        clashing.add(run);
        clashing.add(furthest);
      }
      if (furthest === null || run[1] + run[2] > furthest[1] + furthest[2]) furthest = run;
    }
  }
  return clashing;
};

const isCount = (n: unknown, from: number): n is number =>
  typeof n === 'number' && Number.isSafeInteger(n) && n >= from;

/** A table's ids as read back: how many, and where each stands. */
export interface TableIds extends IdPositions {
  readonly count: number;
}

/** A run as read back: its ids, and the position of its first. */
interface PlacedRun {
  readonly prefix: string;
  readonly first: number;
  readonly count: number;
  readonly width: number;
  readonly start: number;
}

/** The run of `runs` (one prefix's, in order of their numbers, none sharing a number) holding `n`. */
const runHolding = (runs: readonly PlacedRun[], n: number): PlacedRun | undefined => {
  let [low, high] = [0, runs.length - 1];
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const run = runs[mid]!;
    if (n < run.first) high = mid - 1;
    else if (n >= run.first + run.count) low = mid + 1;
    else return run;
  }
  return undefined;
};

/**
 * Where each id written by `writeIds` stands, or why the ids cannot be read. No more than `limit` of
 * them (each return has at least one number in its table, so a table cannot name more ids than it
 * has numbers): a run's count is read from the snapshot and must not stand for a list of any length.
 * A run is not spelt out into its ids: an id's position is worked out from the run that holds it,
 * which a cold start asks of a handful of ids where a map of every id cost more than the rest of
 * reading the table. So that each id has one place, a run's prefix may not end in a digit (the writer
 * takes every trailing digit as the number), runs of one prefix may not share a number, and an id
 * written as itself may not be one a run holds.
 */
export const readIdPositions = (written: unknown, limit: number): TableIds | string => {
  if (!Array.isArray(written)) return 'expected a list of return ids';
  const single = new Map<string, number>();
  const byPrefix = new Map<string, PlacedRun[]>();
  const order: (string | PlacedRun)[] = [];
  let count = 0;
  for (const w of written as unknown[]) {
    if (typeof w === 'string') {
      if (single.has(w)) return `return ${JSON.stringify(w)} appears twice`;
      single.set(w, count);
      order.push(w);
      count += 1;
    } else {
      if (!Array.isArray(w) || w.length !== 4) return `return ${count} has no id`;
      const [prefix, first, length, width] = w as unknown[];
      if (
        typeof prefix !== 'string' ||
        /\d$/.test(prefix) ||
        !isCount(first, 0) ||
        !isCount(length, 1) ||
        !Number.isSafeInteger(first + length) ||
        !isCount(width, 1) ||
        width > maxWidth
      )
        return `the run of ids from return ${count} is not [prefix, first, count, width]`;
      if (count + length > limit) return `the ids from return ${count} outnumber the returns`;
      const run: PlacedRun = { prefix, first, count: length, width, start: count };
      const runs = byPrefix.get(prefix);
      if (runs === undefined) byPrefix.set(prefix, [run]);
      else runs.push(run);
      order.push(run);
      count += length;
    }
    if (count > limit) return `the ids from return ${count - 1} outnumber the returns`;
  }
  for (const runs of byPrefix.values()) {
    runs.sort((a, b) => a.first - b.first);
    for (let i = 1; i < runs.length; i++)
      if (runs[i - 1]!.first + runs[i - 1]!.count > runs[i]!.first)
        return `the runs of ids from returns ${runs[i - 1]!.start} and ${runs[i]!.start} share a number`;
  }
  /** The position of an id a run holds: the prefix before its trailing digits, then its number. */
  const inRun = (id: string): number | undefined => {
    const split = trailingNumber(id);
    const runs = split === null ? undefined : byPrefix.get(split.prefix);
    if (split === null || runs === undefined) return undefined;
    const n = Number(split.digits);
    const run = Number.isSafeInteger(n) ? runHolding(runs, n) : undefined;
    return run !== undefined && idOf(run.prefix, n, run.width) === id ? run.start + n - run.first : undefined;
  };
  for (const id of single.keys())
    if (inRun(id) !== undefined) return `return ${JSON.stringify(id)} appears twice`;
  return {
    count,
    positionOf: (id) => single.get(id) ?? inRun(id),
    ids: function* () {
      for (const w of order)
        if (typeof w === 'string') yield w;
        else yield* idsOfRun([w.prefix, w.first, w.count, w.width]);
    },
  };
};
