import * as t from 'io-ts';
import { Either } from 'fp-ts/Either';
import {
  addCalendarDays,
  addMonths as addCalendarMonths,
  addYears as addCalendarYears,
  isCalendarDate,
} from '../calendar';

/**
 * Business dates of the partnership domain: 'YYYY-MM-DD' in Europe/London, as the calendar module
 * reads them, kept to the years 1900-2199. Terms and extensions are bounded too (see the rules), so
 * date arithmetic on recorded dates always lands on a writable date.
 */
export type BusinessDate = string;

export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2199-12-31';

export const isBusinessDate = (value: unknown): value is BusinessDate =>
  isCalendarDate(value) && value >= EARLIEST_DATE && value <= LATEST_DATE;

export const BusinessDateCodec = new t.Type<BusinessDate, BusinessDate, unknown>(
  'BusinessDate (a real date written YYYY-MM-DD, 1900 to 2199)',
  isBusinessDate,
  (u, c) => (isBusinessDate(u) ? t.success(u) : t.failure(u, c)),
  t.identity,
);

// Within the bounds above the calendar cannot refuse; the fallback keeps the function total.
const sure = (result: Either<unknown, string>): BusinessDate =>
  result._tag === 'Right' ? result.right : LATEST_DATE;

export const addDays = (date: BusinessDate, days: number): BusinessDate => sure(addCalendarDays(date, days));

/** Calendar months, held to the end of a shorter month (31 Jan + 1 month = 28/29 Feb). */
export const addMonths = (date: BusinessDate, months: number): BusinessDate =>
  sure(addCalendarMonths(date, months));

export const addYears = (date: BusinessDate, years: number): BusinessDate =>
  sure(addCalendarYears(date, years));

/** The last day of a term of `months` starting on `start`: 12 months from 1 Dec 2018 end on 30 Nov 2019. */
export const termEndDate = (start: BusinessDate, months: number): BusinessDate =>
  addDays(addMonths(start, months), -1);

/** The last day after extending a term that ends on `endsOn` by `months` (months counted from the next day). */
export const extendEndDate = (endsOn: BusinessDate, months: number): BusinessDate =>
  addDays(addMonths(addDays(endsOn, 1), months), -1);

/** ISO dates order as text. */
export const earliest = (a: BusinessDate, b: BusinessDate): BusinessDate => (a < b ? a : b);
