import { Prng } from './prng';

/** What a simulated partnership looks like; everything else about it comes from the seed. */
export interface SimulationShape {
  /** The initial term of the agreement and its modules, 1 to 10 years. */
  readonly years: number;
  /** Service contracts signed at the start, 1 to 6. */
  readonly modules: number;
  /** KPIs per module, 1 to 5 (at least 3 where PA 2023 s.52 requires them). */
  readonly kpisPerModule: number;
  /** Months between performance reviews of each module, 1 to 12. */
  readonly reviewEveryMonths: number;
  /** Chance that a module has a poor month (its KPIs fall well short), 0 to 1. */
  readonly poorPerformanceChance: number;
  /** Extension options granted at award, and how many the council takes up. */
  readonly extensionOptions: { readonly count: number; readonly lengthMonths: number };
  readonly extensionsTaken: number;
  /** Modules added once the initial modules are embedded (if performance allows). */
  readonly expansions: number;
  /** Open-book margin on verified expenditure, in basis points. */
  readonly marginBasisPoints: number;
  /** The year services start (1 April); procurement begins the September before. */
  readonly startYear: number;
  /** Light-touch services (most social care is); otherwise full PCR 2015 / PA 2023 rules apply. */
  readonly lightTouch: boolean;
  /**
   * Also send commands the rules must refuse (an extension beyond those granted, a verification above
   * the claim), to show they are refused with the expected typed errors and change nothing.
   */
  readonly probes: boolean;
}

export interface ShapeProblem {
  readonly field: keyof SimulationShape;
  readonly message: string;
}

const whole = (n: number, lo: number, hi: number) => Number.isInteger(n) && n >= lo && n <= hi;

/** Checks a shape before a simulation starts, naming every field out of bounds. */
export const shapeProblems = (shape: SimulationShape): ShapeProblem[] => {
  const problems: ShapeProblem[] = [];
  const check = (ok: boolean, field: keyof SimulationShape, message: string) => {
    if (!ok) problems.push({ field, message });
  };
  check(whole(shape.years, 1, 10), 'years', 'years is a whole number from 1 to 10');
  check(whole(shape.modules, 1, 6), 'modules', 'modules is a whole number from 1 to 6');
  check(whole(shape.kpisPerModule, 1, 5), 'kpisPerModule', 'kpisPerModule is a whole number from 1 to 5');
  check(
    whole(shape.reviewEveryMonths, 1, 12),
    'reviewEveryMonths',
    'reviews are due at least every 12 months',
  );
  check(
    shape.poorPerformanceChance >= 0 && shape.poorPerformanceChance <= 1,
    'poorPerformanceChance',
    'poorPerformanceChance is between 0 and 1',
  );
  check(
    whole(shape.extensionOptions.count, 0, 5) && whole(shape.extensionOptions.lengthMonths, 0, 24),
    'extensionOptions',
    'up to 5 extension options of up to 24 months',
  );
  check(
    (shape.extensionOptions.count === 0) === (shape.extensionOptions.lengthMonths === 0),
    'extensionOptions',
    'extension options need both a count and a length, or neither',
  );
  check(
    whole(shape.extensionsTaken, 0, shape.extensionOptions.count),
    'extensionsTaken',
    'the council can take up at most the options granted',
  );
  check(whole(shape.expansions, 0, 4), 'expansions', 'expansions is a whole number from 0 to 4');
  check(whole(shape.marginBasisPoints, 0, 3000), 'marginBasisPoints', 'a margin of 0 to 30% (0 to 3000 bps)');
  check(whole(shape.startYear, 2016, 2040), 'startYear', 'services start between 2016 and 2040');
  return problems;
};

export interface ShapeLimits {
  readonly maxYears: number;
  readonly maxModules: number;
  readonly maxKpis: number;
  readonly maxExpansions: number;
  readonly maxExtensionOptions: number;
}

/**
 * Small shapes for property runs over many seeds: up to two years of monthly returns keeps a hundred
 * seeds (each checked against every invariant, with several rebuilds) well within a minute.
 */
export const SMALL: ShapeLimits = {
  maxYears: 2,
  maxModules: 2,
  maxKpis: 3,
  maxExpansions: 1,
  maxExtensionOptions: 2,
};

/** Medium shapes for a handful of longer runs. */
export const MEDIUM: ShapeLimits = {
  maxYears: 3,
  maxModules: 3,
  maxKpis: 4,
  maxExpansions: 2,
  maxExtensionOptions: 2,
};

/** A shape drawn from the seed within the limits: the property tests' way of covering many partnerships. */
export const randomShape = (prng: Prng, limits: ShapeLimits = SMALL): SimulationShape => {
  const count = prng.int(0, limits.maxExtensionOptions);
  const lengthMonths = count === 0 ? 0 : prng.pick([6, 12]);
  return {
    years: prng.int(1, limits.maxYears),
    modules: prng.int(1, limits.maxModules),
    kpisPerModule: prng.int(1, limits.maxKpis),
    reviewEveryMonths: prng.pick([3, 4, 6, 12]),
    poorPerformanceChance: prng.pick([0, 0.05, 0.2, 0.5]),
    extensionOptions: { count, lengthMonths },
    extensionsTaken: prng.int(0, count),
    expansions: prng.int(0, limits.maxExpansions),
    marginBasisPoints: prng.pick([0, 500, 750, 1000]),
    startYear: prng.int(2017, 2030),
    lightTouch: prng.chance(0.5),
    probes: prng.chance(0.5),
  };
};

/** The benchmark's partnership: ten years of monthly returns from three modules, two expansions. */
export const LARGEST: SimulationShape = {
  years: 10,
  modules: 3,
  kpisPerModule: 3,
  reviewEveryMonths: 6,
  poorPerformanceChance: 0.05,
  extensionOptions: { count: 0, lengthMonths: 0 },
  extensionsTaken: 0,
  expansions: 2,
  marginBasisPoints: 800,
  startYear: 2026,
  lightTouch: false,
  probes: false,
};
