import { Either, left, right } from 'fp-ts/Either';
import { DateTime } from 'luxon';
import { InvalidInput, invalidInput } from '../shared/errors';
import { CalendarDate, readDate, readWholeNumber, toCalendarDate } from './calendarDate';

/** A result outside years 0001-9999 cannot be written 'YYYY-MM-DD'. */
export const writeDate = (dateTime: DateTime, what: string): Either<InvalidInput, CalendarDate> =>
  dateTime.isValid && dateTime.year >= 1 && dateTime.year <= 9999
    ? right(toCalendarDate(dateTime))
    : left(invalidInput(`${what} falls outside the years 0001 to 9999`, []));

const shift = (
  date: string,
  amount: number,
  unit: 'days' | 'months' | 'years',
): Either<InvalidInput, CalendarDate> => {
  const from = readDate(date, 'date');
  if (from._tag === 'Left') return from;
  const n = readWholeNumber(amount, unit);
  if (n._tag === 'Left') return n;
  // Far beyond any calendar luxon can write; refuse before doing arithmetic on it.
  if (Math.abs(n.right) > 10_000 * 366) return left(invalidInput(`${unit} is too large: ${n.right}`, [unit]));
  return writeDate(from.right.plus({ [unit]: n.right }), `${date} plus ${n.right} ${unit}`);
};

/** The date `days` calendar days later (earlier when negative). */
export const addCalendarDays = (date: string, days: number): Either<InvalidInput, CalendarDate> =>
  shift(date, days, 'days');

/**
 * The same day of the month `months` later (earlier when negative), held to the last day of a
 * shorter month: 31 January plus one month is 28 February (29 in a leap year).
 */
export const addMonths = (date: string, months: number): Either<InvalidInput, CalendarDate> =>
  shift(date, months, 'months');

/** The same date `years` later (earlier when negative); 29 February becomes 28 February in other years. */
export const addYears = (date: string, years: number): Either<InvalidInput, CalendarDate> =>
  shift(date, years, 'years');

/**
 * Orders two 'YYYY-MM-DD' dates: -1 if `a` is earlier, 1 if later, 0 if the same day. Such dates
 * sort as text, so this is usable directly as an `Array.prototype.sort` comparator.
 */
export const compareDates = (a: string, b: string): -1 | 0 | 1 => (a < b ? -1 : a > b ? 1 : 0);

/** Whole calendar days from `from` to `to`: positive when `to` is later, 0 for the same day. */
export const daysBetween = (from: string, to: string): Either<InvalidInput, number> => {
  const start = readDate(from, 'from');
  if (start._tag === 'Left') return start;
  const end = readDate(to, 'to');
  if (end._tag === 'Left') return end;
  // Luxon counts calendar days across the clock changes, so the difference is whole.
  return right(Math.round(end.right.diff(start.right, 'days').days));
};
