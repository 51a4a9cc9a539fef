import * as t from 'io-ts';
import { DateTime } from 'luxon';

/**
 * Business dates for the partnership domain: 'YYYY-MM-DD', read in Europe/London. Kept here as a
 * thin layer so that every rule compares and shifts dates the same way.
 */
export type BusinessDate = string;

const ZONE = 'Europe/London';
const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

const parse = (text: string): DateTime => DateTime.fromISO(text, { zone: ZONE });

export const isBusinessDate = (value: unknown): value is BusinessDate =>
  typeof value === 'string' && SHAPE.test(value) && parse(value).isValid;

export const BusinessDateCodec = new t.Type<BusinessDate, BusinessDate, unknown>(
  'BusinessDate (a real date written YYYY-MM-DD)',
  isBusinessDate,
  (u, c) => (isBusinessDate(u) ? t.success(u) : t.failure(u, c)),
  t.identity,
);

const format = (dateTime: DateTime): BusinessDate => dateTime.toISODate() ?? '';

/** ISO dates compare correctly as text; named so the rules read as English. */
export const isBefore = (a: BusinessDate, b: BusinessDate): boolean => a < b;
export const isAfter = (a: BusinessDate, b: BusinessDate): boolean => a > b;
export const latest = (a: BusinessDate, b: BusinessDate): BusinessDate => (a > b ? a : b);

export const addDays = (date: BusinessDate, days: number): BusinessDate => format(parse(date).plus({ days }));

/** Calendar months, clamped to the end of a shorter month (31 Jan + 1 month = 28/29 Feb). */
export const addMonths = (date: BusinessDate, months: number): BusinessDate =>
  format(parse(date).plus({ months }));

/** The last day of a term of `months` starting on `start` (a 12-month term from 1 Dec 2018 ends 30 Nov 2019). */
export const termEndDate = (start: BusinessDate, months: number): BusinessDate =>
  addDays(addMonths(start, months), -1);

/** The business date of an ISO timestamp, as it was in London at that instant. */
export const dateOfTimestamp = (timestamp: string): BusinessDate =>
  format(DateTime.fromISO(timestamp, { setZone: true }).setZone(ZONE));

/** Whole calendar months from `from` to `to` (negative when `to` is earlier), rounded towards zero. */
export const monthsBetween = (from: BusinessDate, to: BusinessDate): number =>
  Math.trunc(parse(to).diff(parse(from), 'months').months);
