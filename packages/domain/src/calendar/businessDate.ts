import * as t from 'io-ts';
import { isCalendarDate } from './calendarDate';

/**
 * Business dates of the partnership domain: 'YYYY-MM-DD' in Europe/London, as the calendar reads
 * them, kept to the years 1900-2199. Terms and extensions are bounded too (see the rules), so date
 * arithmetic on recorded dates always lands on a writable date. Every business date the library
 * accepts, in an event or in a query, passes this one check.
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
