import { DateTime } from 'luxon';
import {
  BUSINESS_ZONE,
  financialYearOf,
  monthsFromTo,
  SavingsRate,
  savingsInMonth,
  sliceExactly,
} from '@council-partnerships/domain';
import { plusMonths } from '../dates';

export { monthsFromTo, sliceExactly };

/** One calendar month of a contract, counted from its start date, with the value it carries. */
export interface ScheduledMonth {
  /** 0 for the month that begins on the start date. */
  readonly index: number;
  readonly startsOn: string;
  readonly contractYear: number;
  /** The council financial year (April to March) in which the month begins, e.g. '2019/20'. */
  readonly financialYear: string;
  /** False for a month that only an extension option would pay for. */
  readonly initialTerm: boolean;
  readonly beforeSavingsPence: number;
  readonly savingsPence: number;
  /** What the month is worth after savings: before savings less savings, never below zero. */
  readonly amountPence: number;
}

/** The first day of month `index` of a contract (31 January start: 28/29 February, then 31 March). */
export const monthStart = (startsOn: string, index: number): string => plusMonths(startsOn, index);

export const financialYearLabel = (date: string): string => {
  const year = financialYearOf(date);
  return year._tag === 'Right' ? year.right.label : 'unknown';
};

export interface ScheduleTerms {
  readonly startsOn: string;
  readonly initialTermMonths: number;
  readonly maximumTermMonths: number;
  /** As recorded at signing (pro rata from the annual value, or a lump sum for the initial term). */
  readonly initialTermValuePence: number;
  /** As recorded at signing: the initial term's value plus every extension option's, before savings. */
  readonly maximumValuePence: number;
  /** The options in order, each with the value it adds; without them the options' value is spread evenly. */
  readonly options?: readonly { readonly lengthMonths: number; readonly valuePence: number }[];
  /** From a contract year or a financial year, as the council stated them. */
  readonly savings: readonly SavingsRate[];
}

/** Each option month's value: every option's value spread over its own months, in exact slices. */
const optionMonthValues = (terms: ScheduleTerms, optionMonths: number): number[] => {
  const optionValue = terms.maximumValuePence - terms.initialTermValuePence;
  const options = terms.options ?? [];
  const listed = options.reduce((n, o) => n + o.lengthMonths, 0);
  const listedValue = options.reduce((n, o) => n + o.valuePence, 0);
  if (options.length === 0 || listed !== optionMonths || listedValue !== optionValue)
    return Array.from({ length: optionMonths }, (_, i) => sliceExactly(optionValue, i + 1, optionMonths));
  return options.flatMap((o) =>
    Array.from({ length: o.lengthMonths }, (_, i) => sliceExactly(o.valuePence, i + 1, o.lengthMonths)),
  );
};

/**
 * The month-by-month value of a contract over its maximum term. The recorded initial-term value is
 * spread evenly over the initial term and the options' value over the option months, in exact
 * slices, so the months add up to the recorded figures to the penny. Savings (MTFP) come off each
 * month as a twelfth of the year's savings, by contract year or by financial year as the council
 * stated them, again in exact slices.
 */
export const monthlySchedule = (terms: ScheduleTerms): ScheduledMonth[] => {
  const initialMonths = terms.initialTermMonths;
  const total = Math.max(terms.maximumTermMonths, initialMonths);
  const optionMonths = total - initialMonths;
  const optionValues = optionMonthValues(terms, optionMonths);
  const months: ScheduledMonth[] = [];
  for (let index = 0; index < total; index++) {
    const contractYear = Math.floor(index / 12) + 1;
    const startsOn = monthStart(terms.startsOn, index);
    const initialTerm = index < initialMonths;
    const beforeSavingsPence = initialTerm
      ? sliceExactly(terms.initialTermValuePence, index + 1, initialMonths)
      : (optionValues[index - initialMonths] ?? 0);
    const savingsPence = savingsInMonth(terms.savings, terms.startsOn, index);
    months.push({
      index,
      startsOn,
      contractYear,
      financialYear: financialYearLabel(startsOn),
      initialTerm,
      beforeSavingsPence,
      savingsPence,
      amountPence: Math.max(0, beforeSavingsPence - savingsPence),
    });
  }
  return months;
};
/**
 * Spreads an amount evenly over the whole months from `from` to `to` inclusive (at least one month),
 * each slice dated by the month it begins: used for the value a modification adds over its period.
 */
export const spreadOverMonths = (
  amountPence: number,
  from: string,
  to: string,
): { startsOn: string; financialYear: string; amountPence: number }[] => {
  const start = DateTime.fromISO(from, { zone: BUSINESS_ZONE });
  const count = monthsFromTo(from, to);
  return Array.from({ length: count }, (_, i) => {
    const startsOn = start.plus({ months: i }).toISODate() ?? '';
    return {
      startsOn,
      financialYear: financialYearLabel(startsOn),
      amountPence: sliceExactly(amountPence, i + 1, count),
    };
  });
};
