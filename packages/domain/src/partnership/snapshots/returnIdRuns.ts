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

/** An id split as a run would hold it, when it ends in digits that a run writes back exactly. */
const numbered = (id: string): { prefix: string; n: number; width: number } | null => {
  const digits = /\d+$/.exec(id)?.[0];
  if (digits === undefined) return null;
  const n = Number(digits);
  // Written with leading zeros, the width is part of the id; otherwise any width of 1 writes it back.
  const width = digits.length > 1 && digits.startsWith('0') ? digits.length : 1;
  const prefix = id.slice(0, id.length - digits.length);
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
  // A run of one is as short written as the id itself.
  return written.map((w) => (typeof w !== 'string' && w[2] === 1 ? idOf(w[0], w[1], w[3]) : w));
};

const isCount = (n: unknown, from: number): n is number =>
  typeof n === 'number' && Number.isSafeInteger(n) && n >= from;

/**
 * The ids written by `writeIds`, or why they cannot be read. At most `limit` of them (each return
 * has at least one number in its table, so a table cannot name more ids than it has numbers): a
 * run's count is read from the snapshot and must not make a list of any length it likes.
 */
export const readIds = (written: unknown, limit: number): string[] | string => {
  if (!Array.isArray(written)) return 'expected a list of return ids';
  const ids: string[] = [];
  for (const w of written as unknown[]) {
    if (typeof w === 'string') {
      ids.push(w);
    } else {
      if (!Array.isArray(w) || w.length !== 4) return `return ${ids.length} has no id`;
      const [prefix, first, count, width] = w as unknown[];
      if (
        typeof prefix !== 'string' ||
        !isCount(first, 0) ||
        !isCount(count, 1) ||
        !Number.isSafeInteger(first + count) ||
        !isCount(width, 1) ||
        width > maxWidth
      )
        return `the run of ids from return ${ids.length} is not [prefix, first, count, width]`;
      if (ids.length + count > limit) return `the ids from return ${ids.length} outnumber the returns`;
      for (let n = first; n < first + count; n++) ids.push(idOf(prefix, n, width));
    }
    if (ids.length > limit) return `the ids from return ${ids.length - 1} outnumber the returns`;
  }
  return ids;
};
