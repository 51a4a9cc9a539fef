import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput, invalidInput } from '../shared/errors';
import { UK_NATIONS, UkNation } from './bankHolidays';
import { CalendarDate, readDate, readWholeNumber, toDateTime } from './calendarDate';
import { BUILT_IN_HOLIDAYS, HolidayCalendar, holidaysIn, requireKnownYears } from './holidayCalendar';
import {
  dateOfDayNumber,
  dayNumberOf,
  FIRST_DAY_NUMBER,
  isWeekdayNumber,
  LAST_DAY_NUMBER,
  yearOfDayNumber,
} from './dayNumber';

/**
 * Whose bank holidays stop a day being a working day: one jurisdiction's (PCR 2015 practice in
 * England uses England and Wales), or those of every part of the UK (the Procurement Act 2023).
 */
export type WorkingDayCalendar = UkNation | 'anywhere-in-uk';

const DEFAULT_CALENDAR: WorkingDayCalendar = 'anywhere-in-uk';

// A calendar's holidays for a year never change, so each year's set of day numbers is worked out
// once per calendar (calendars are immutable values; a merged one is a new value).
const holidayCache = new WeakMap<HolidayCalendar, Map<string, ReadonlySet<number>>>();

const holidaysOf = (
  year: number,
  calendar: WorkingDayCalendar,
  holidays: HolidayCalendar,
): ReadonlySet<number> => {
  let cache = holidayCache.get(holidays);
  if (cache === undefined) {
    cache = new Map();
    holidayCache.set(holidays, cache);
  }
  const key = `${year}:${calendar}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const nations = calendar === 'anywhere-in-uk' ? UK_NATIONS : [calendar];
  const days = nations
    .flatMap((nation) => holidaysIn(holidays, year, nation))
    .map((holiday) => toDateTime(holiday.date));
  // Only weekdays count: a supplied holiday at a weekend changes nothing, and the counting assumes it.
  const set = new Set(
    days.flatMap((day) => (day === undefined || day.weekday > 5 ? [] : [dayNumberOf(day)])),
  );
  cache.set(key, set);
  return set;
};

/**
 * Whether a day is a Monday to Friday that is not a bank holiday; by default not a bank holiday in
 * any part of the UK (the Procurement Act 2023 definition). A date that is not real, or whose year
 * the holiday calendar does not know, is refused rather than answered by rule: the rules of 1995
 * onwards would give 1975 a May holiday that began in 1978, and a year not yet proclaimed may gain one.
 */
export const isWorkingDay = (
  date: string,
  calendar: WorkingDayCalendar = DEFAULT_CALENDAR,
  holidays: HolidayCalendar = BUILT_IN_HOLIDAYS,
): Either<InvalidInput, boolean> => {
  const day = readDate(date, 'date');
  if (day._tag === 'Left') return day;
  const known = requireKnownYears(holidays, date, date, ['date']);
  if (known._tag === 'Left') return known;
  return right(
    day.right.weekday <= 5 && !holidaysOf(day.right.year, calendar, holidays).has(dayNumberOf(day.right)),
  );
};

/** Weekdays in the days after `from` up to and including `to` (`to` not before `from`). */
const weekdaysAfter = (from: number, to: number): number => {
  const weeks = Math.floor((to - from) / 7);
  let count = weeks * 5;
  for (let day = from + weeks * 7 + 1; day <= to; day++) if (isWeekdayNumber(day)) count += 1;
  return count;
};

/** Bank holidays (always weekdays, substitutes included) after `from` up to and including `to`. */
const holidaysAfter = (
  from: number,
  to: number,
  calendar: WorkingDayCalendar,
  holidays: HolidayCalendar,
): number => {
  let count = 0;
  for (let year = yearOfDayNumber(from); year <= yearOfDayNumber(to); year++) {
    for (const holiday of holidaysOf(year, calendar, holidays))
      if (holiday > from && holiday <= to) count += 1;
  }
  return count;
};

/** `count` weekdays on from `day` in the direction of `step`, ignoring holidays. */
const stepWeekdays = (day: number, count: number, step: 1 | -1): number => {
  const weeks = Math.floor((count - 1) / 5);
  let cursor = day + 7 * weeks * step;
  let remaining = count - 5 * weeks;
  while (remaining > 0) {
    cursor += step;
    if (isWeekdayNumber(cursor)) remaining -= 1;
  }
  return cursor;
};

const outOfRange = (day: number): boolean => day < FIRST_DAY_NUMBER || day > LAST_DAY_NUMBER;

/**
 * The `n`th working day after `date` (before it when `n` is negative); `date` itself when `n` is 0.
 * Refused when the days counted reach a year the holiday calendar does not know.
 * The start date need not be a working day: two working days after a Saturday is the Tuesday (or
 * later if there is a bank holiday).
 */
export const addWorkingDays = (
  date: string,
  n: number,
  calendar: WorkingDayCalendar = DEFAULT_CALENDAR,
  holidays: HolidayCalendar = BUILT_IN_HOLIDAYS,
): Either<InvalidInput, CalendarDate> => {
  const start = readDate(date, 'date');
  if (start._tag === 'Left') return start;
  const count = readWholeNumber(n, 'n');
  if (count._tag === 'Left') return count;
  const beyond = left(
    invalidInput(`${n} working days from ${date} falls outside the years 0001 to 9999`, ['n']),
  );
  if (Math.abs(count.right) > LAST_DAY_NUMBER - FIRST_DAY_NUMBER) return beyond;
  const step = count.right < 0 ? -1 : 1;
  // Jump over weekdays, then again over the bank holidays the jump crossed, until none are left.
  let cursor = dayNumberOf(start.right);
  let remaining = Math.abs(count.right);
  while (remaining > 0) {
    const next = stepWeekdays(cursor, remaining, step);
    if (outOfRange(next)) return beyond;
    remaining =
      step === 1
        ? holidaysAfter(cursor, next, calendar, holidays)
        : holidaysAfter(next - 1, cursor - 1, calendar, holidays);
    cursor = next;
  }
  // Only the days stepped over need their holidays known, not the day counted from.
  const begun = dayNumberOf(start.right);
  if (cursor !== begun) {
    const [earlier, later] = step === 1 ? [begun + 1, cursor] : [cursor, begun - 1];
    const known = requireKnownYears(holidays, dateOfDayNumber(earlier), dateOfDayNumber(later), ['date']);
    if (known._tag === 'Left') return known;
  }
  return right(dateOfDayNumber(cursor));
};

/**
 * Working days after `from` up to and including `to`; negative, counting the same way from `to`,
 * when `to` is earlier. Between two working days this undoes `addWorkingDays`: Friday to the next
 * Monday is 1, Monday to the Friday before is -1.
 */
export const workingDaysBetween = (
  from: string,
  to: string,
  calendar: WorkingDayCalendar = DEFAULT_CALENDAR,
  holidays: HolidayCalendar = BUILT_IN_HOLIDAYS,
): Either<InvalidInput, number> => {
  const start = readDate(from, 'from');
  if (start._tag === 'Left') return start;
  const end = readDate(to, 'to');
  if (end._tag === 'Left') return end;
  const a = dayNumberOf(start.right);
  const b = dayNumberOf(end.right);
  const [earlier, later, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  if (later > earlier) {
    const known = requireKnownYears(
      holidays,
      dateOfDayNumber(earlier + 1),
      dateOfDayNumber(later),
      a <= b ? ['to'] : ['from'],
    );
    if (known._tag === 'Left') return known;
  }
  const count = weekdaysAfter(earlier, later) - holidaysAfter(earlier, later, calendar, holidays);
  return right(count === 0 ? 0 : sign * count);
};
