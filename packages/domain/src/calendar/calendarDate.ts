import * as t from 'io-ts';
import { Either, left, right } from 'fp-ts/Either';
import { DateTime } from 'luxon';
import { digitsAt } from '../shared/digits';
import { InvalidInput, invalidInput } from '../shared/errors';
import { daysInMonth } from './summerTime';

/** Business dates are read in the zone where English councils keep their books. */
export const BUSINESS_ZONE = 'Europe/London';

/** A business calendar date, 'YYYY-MM-DD' (a contract start, a notice date, a bank holiday). */
export type CalendarDate = string;

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** The date as a luxon DateTime at the start of that day in London, or nothing if it is not a real date. */
export const toDateTime = (text: unknown): DateTime | undefined => {
  if (typeof text !== 'string' || !SHAPE.test(text)) return undefined;
  const parsed = DateTime.fromISO(text, { zone: BUSINESS_ZONE });
  // Year 0000 parses, but no date arithmetic here can reach it or write it back.
  return parsed.isValid && parsed.year >= 1 ? parsed : undefined;
};

/** Back to 'YYYY-MM-DD'. */
export const toCalendarDate = (dateTime: DateTime): CalendarDate => dateTime.toISODate() ?? '';

/**
 * True for a real calendar date written 'YYYY-MM-DD' (so '2023-02-29' and '2023-2-1' are not).
 * Checked by arithmetic, not luxon: every date field of every event is checked on every read, and
 * resolving the London zone per call cost about 0.2 ms.
 */
export const isCalendarDate = (value: unknown): value is CalendarDate => {
  // Read character by character, as `SHAPE` reads it: no match object, no slices.
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
};

/** io-ts codec for business dates: accepts only real dates in the form 'YYYY-MM-DD'. */
export const CalendarDateCodec = new t.Type<CalendarDate, CalendarDate, unknown>(
  'CalendarDate (a real date written YYYY-MM-DD)',
  isCalendarDate,
  (u, c) => (isCalendarDate(u) ? t.success(u) : t.failure(u, c)),
  t.identity,
);

/** Reads a date argument, naming it in the refusal. */
export const readDate = (value: unknown, name: string): Either<InvalidInput, DateTime> => {
  const parsed = toDateTime(value);
  return parsed === undefined
    ? left(
        invalidInput(
          `${name} must be a real date written YYYY-MM-DD, got ${JSON.stringify(value) ?? String(value)}`,
          [name],
        ),
      )
    : right(parsed);
};

/** Reads a whole-number argument (a count of days, months, years), naming it in the refusal. */
export const readWholeNumber = (value: unknown, name: string): Either<InvalidInput, number> =>
  typeof value === 'number' && Number.isSafeInteger(value)
    ? right(value)
    : left(invalidInput(`${name} must be a whole number, got ${String(value)}`, [name]));
