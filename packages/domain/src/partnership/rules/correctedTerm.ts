import { DateTime } from 'luxon';
import { BUSINESS_ZONE } from '../../calendar/calendarDate';
import { proRata } from './contractTerms';

/**
 * The months from `from` to `to` inclusive, to the nearest whole month and at least one: 1 July 2025
 * to 30 June 2028 is 36; a period ending mid-month counts that month if it runs past its middle.
 */
export const monthsFromTo = (from: string, to: string): number => {
  const start = DateTime.fromISO(from, { zone: BUSINESS_ZONE });
  const end = DateTime.fromISO(to, { zone: BUSINESS_ZONE });
  return Math.max(1, Math.round(end.plus({ days: 1 }).diff(start, 'months').months));
};

/** What a contract's value over its term is worked out from. */
export interface TermPricing {
  readonly initialTermMonths: number;
  /** The initial term with every extension option. */
  readonly maximumTermMonths: number;
  readonly annualValuePence: number;
  /** As signed: pro rata from the annual value, or a lump sum for the initial term. */
  readonly initialTermValuePence: number;
}

/** The dates a correction replaced and the dates it gave. */
export interface DatesCorrection {
  readonly previousStartsOn: string;
  readonly previousEndsOn: string;
  readonly startsOn: string;
  readonly endsOn: string;
}

/**
 * A contract's term and its value after a correction of its dates. Where the correction makes the term
 * longer or shorter (to the nearest whole month), the difference is the initial term's, the options
 * keeping their lengths; an initial term priced from the annual value is priced again (33 months at
 * £1.2m a year are worth £3.3m, not the £3.6m of the 36 first keyed), one priced as a lump sum keeps
 * its sum: the price agreed does not depend on the dates keyed. The rules and every read model that
 * values a contract over its term read a correction through this one rule.
 */
export const correctedTerm = (term: TermPricing, dates: DatesCorrection): TermPricing => {
  const lengthChange =
    monthsFromTo(dates.startsOn, dates.endsOn) - monthsFromTo(dates.previousStartsOn, dates.previousEndsOn);
  const months = Math.max(1, term.initialTermMonths + lengthChange);
  const optionMonths = Math.max(term.maximumTermMonths, term.initialTermMonths) - term.initialTermMonths;
  const pricedFromAnnualValue =
    term.initialTermValuePence === proRata(term.annualValuePence, term.initialTermMonths);
  return {
    initialTermMonths: months,
    maximumTermMonths: months + optionMonths,
    annualValuePence: term.annualValuePence,
    initialTermValuePence:
      pricedFromAnnualValue && months !== term.initialTermMonths
        ? proRata(term.annualValuePence, months)
        : term.initialTermValuePence,
  };
};
