import { RATINGS } from '@council-partnerships/domain';
import { ContractPerformanceState } from './state';

/**
 * Texts the performance model keeps once rather than in every return and review that repeats them:
 * its memory then follows the contracts and not their months, and a full collection of a long
 * rebuild has less to trace. Each answer reads the same as the text it stands for.
 */

/**
 * The contract's own copy of a KPI's id, when it defines that KPI. Every return and review names each
 * KPI again, each time in a text of its own; held once, the model's memory follows the contracts and
 * not their months (the text is the same, so nothing shown changes).
 */
export const kpiIdOf = (c: ContractPerformanceState, kpiId: string): string => {
  for (const k of c.kpis) if (k.kpiId === kpiId) return k.kpiId;
  return kpiId;
};

/** The text kept already when it reads the same (the same person files month after month), else `text`. */
export const sameText = (kept: string | undefined, text: string): string => (kept === text ? kept : text);

/** One copy of each rating's text for every review that gives it, for the same reason. */
export const ratingOf = <R extends string>(rating: R): R => {
  for (const known of RATINGS) if (known === rating) return known as R;
  return rating;
};
