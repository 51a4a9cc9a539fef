import { altered, originalOf, Row } from './chainRows';

/** A row beside the genuine one at its original place: a forged or copied event. */
export interface Intruder {
  readonly row: Row;
  readonly genuine: Row;
  /** Later rows renumbered up by one to make room for it. */
  readonly renumbered: Row[];
}

/** A version the chain passes through with no event left at it. */
export interface Deletion {
  readonly version: number;
  /** The first row after the gap. */
  readonly next: Row;
  /** Later rows renumbered down by one to close the gap. */
  readonly renumbered: Row[];
}

/** The stream as it was recorded: one row per original place, in original order, and what does not fit it. */
export interface Reconstruction {
  readonly chain: readonly Row[];
  readonly intruders: readonly Intruder[];
  readonly deletions: readonly Deletion[];
}

/** Highest first: most evidence that the chain runs through the row. */
const compareScores = (a: number[], b: number[]): number => {
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (b[i] ?? 0) - (a[i] ?? 0);
  return 0;
};

/**
 * Rebuilds the original order from the rows' original versions. Two rows claiming the same original
 * place: the one the chain runs through (the next event links to it, it links to its predecessor, it
 * was not altered, it was stored first) is genuine and the other an intruder.
 */
export const reconstructChain = (
  rows: readonly Row[],
  linksTo: (later: Row, earlier: Row) => boolean,
): Reconstruction => {
  const byOriginal = new Map<number, Row[]>();
  for (const row of rows) byOriginal.set(originalOf(row), [...(byOriginal.get(originalOf(row)) ?? []), row]);
  const chainScore = (row: Row): number[] => {
    const at = originalOf(row);
    const linkedByNext = (byOriginal.get(at + 1) ?? []).some((next) => linksTo(next, row));
    const linksToPrevious =
      at === 1
        ? row.event.previousHash === null
        : (byOriginal.get(at - 1) ?? []).some((previous) => linksTo(row, previous));
    return [linkedByNext ? 1 : 0, linksToPrevious ? 1 : 0, altered(row) ? 0 : 1, -row.event.globalPosition];
  };

  const chain: Row[] = [];
  const intruders: Intruder[] = [];
  for (const [, claimants] of [...byOriginal.entries()].sort(([a], [b]) => a - b)) {
    const ranked = [...claimants].sort((a, b) => compareScores(chainScore(a), chainScore(b)));
    const genuine = ranked[0] as Row;
    chain.push(genuine);
    for (const extra of ranked.slice(1)) intruders.push({ row: extra, genuine, renumbered: [] });
  }

  const deletions: Deletion[] = [];
  let expected = 1;
  for (const row of chain) {
    for (let missing = expected; missing < originalOf(row); missing++) {
      deletions.push({ version: missing, next: row, renumbered: [] });
    }
    expected = originalOf(row) + 1;
  }
  return { chain, intruders, deletions };
};
