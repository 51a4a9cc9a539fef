/**
 * A small seeded pseudo-random generator (mulberry32): 32 bits of state, good enough spread for
 * simulation, and the same sequence for the same seed on every machine. Never Math.random: a
 * simulation that fails must be replayable from its seed.
 */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number from `lo` to `hi` inclusive. */
  int(lo: number, hi: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An independent generator derived from this one (so adding draws to one stream does not shift another). */
  fork(label: number): Prng;
}

export const mulberry32 = (seed: number): Prng => {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const prng: Prng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from nothing');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    fork: (label) =>
      mulberry32((Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(label, 0xc2b2ae35)) >>> 0),
  };
  return prng;
};
