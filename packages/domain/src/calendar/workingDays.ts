import { Either, left, right } from 'fp-ts/Either';
import { DateTime } from 'luxon';
import { InvalidInput, invalidInput } from '../shared/errors';
import { writeDate } from './arithmetic';
import { bankHolidays, UK_NATIONS, UkNation } from './bankHolidays';
import { CalendarDate, readDate, readWholeNumber, toCalendarDate, toDateTime } from './calendarDate';

/**
 * Whose bank holidays stop a day being a working day: one jurisdiction's (PCR 2015 practice in
 * England uses England and Wales), or those of every part of the UK (the Procurement Act 2023).
 */
export type WorkingDayCalendar = UkNation | 'anywhere-in-uk';

const DEFAULT_CALENDAR: WorkingDayCalendar = 'anywhere-in-uk';

const holidayCache = new Map<string, ReadonlySet<string>>();

const holidaysOf = (year: number, calendar: WorkingDayCalendar): ReadonlySet<string> => {
  const key = `${year}:${calendar}`;
  const cached = holidayCache.get(key);
  if (cached !== undefined) return cached;
  const nations = calendar === 'anywhere-in-uk' ? UK_NATIONS : [calendar];
  const set = new Set(nations.flatMap((nation) => bankHolidays(year, nation)));
  holidayCache.set(key, set);
  return set;
};

const isWeekday = (date: DateTime): boolean => date.weekday <= 5;

const isWorkingDateTime = (date: DateTime, calendar: WorkingDayCalendar): boolean =>
  isWeekday(date) && !holidaysOf(date.year, calendar).has(toCalendarDate(date));

/**
 * True for a Monday to Friday that is not a bank holiday; by default not a bank holiday in any part
 * of the UK (the Procurement Act 2023 definition). False for anything that is not a real date.
 */
export const isWorkingDay = (date: string, calendar: WorkingDayCalendar = DEFAULT_CALENDAR): boolean => {
  const parsed = toDateTime(date);
  return parsed !== undefined && isWorkingDateTime(parsed, calendar);
};

/** Weekdays strictly after `from` up to and including `to` (`to` not before `from`). */
const weekdaysAfter = (from: DateTime, to: DateTime): number => {
  const days = Math.round(to.diff(from, 'days').days);
  let count = Math.floor(days / 7) * 5;
  let cursor = from.plus({ days: Math.floor(days / 7) * 7 });
  while (cursor < to) {
    cursor = cursor.plus({ days: 1 });
    if (isWeekday(cursor)) count += 1;
  }
  return count;
};

/** Bank holidays (always weekdays, substitutes included) strictly after `from` up to and including `to`. */
const holidaysAfter = (from: DateTime, to: DateTime, calendar: WorkingDayCalendar): number => {
  const fromText = toCalendarDate(from);
  const toText = toCalendarDate(to);
  let count = 0;
  for (let year = from.year; year <= to.year; year++) {
    for (const holiday of holidaysOf(year, calendar)) {
      if (holiday > fromText && holiday <= toText) count += 1;
    }
  }
  return count;
};

/** `count` weekdays on from `date` in the direction of `step` (+1 or -1), ignoring holidays. */
const stepWeekdays = (date: DateTime, count: number, step: 1 | -1): DateTime => {
  if (count === 0) return date;
  const weeks = Math.floor((count - 1) / 5);
  let cursor = date.plus({ days: 7 * weeks * step });
  let remaining = count - 5 * weeks;
  while (remaining > 0) {
    cursor = cursor.plus({ days: step });
    if (isWeekday(cursor)) remaining -= 1;
  }
  return cursor;
};

// Enough working days to run off either end of the calendar; refused before any arithmetic.
const MAX_WORKING_DAYS = 10_000 * 262;

/**
 * The `n`th working day after `date` (before it when `n` is negative); `date` itself when `n` is 0.
 * The start date need not be a working day: two working days after a Saturday is the Tuesday (or
 * later if there is a bank holiday).
 */
export const addWorkingDays = (
  date: string,
  n: number,
  calendar: WorkingDayCalendar = DEFAULT_CALENDAR,
): Either<InvalidInput, CalendarDate> => {
  const start = readDate(date, 'date');
  if (start._tag === 'Left') return start;
  const count = readWholeNumber(n, 'n');
  if (count._tag === 'Left') return count;
  if (Math.abs(count.right) > MAX_WORKING_DAYS) {
    return left(invalidInput(`n is too large: ${count.right} working days`, ['n']));
  }
  const step = count.right < 0 ? -1 : 1;
  // Jump over weekdays, then again over the bank holidays the jump crossed, until none are left.
  let cursor = start.right;
  let remaining = Math.abs(count.right);
  while (remaining > 0) {
    const next = stepWeekdays(cursor, remaining, step);
    if (!next.isValid || next.year < 1 || next.year > 9999) break;
    remaining =
      step === 1
        ? holidaysAfter(cursor, next, calendar)
        : holidaysAfter(next.minus({ days: 1 }), cursor.minus({ days: 1 }), calendar);
    cursor = next;
  }
  return writeDate(cursor, `${n} working days from ${date}`);
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
): Either<InvalidInput, number> => {
  const start = readDate(from, 'from');
  if (start._tag === 'Left') return start;
  const end = readDate(to, 'to');
  if (end._tag === 'Left') return end;
  const [earlier, later, sign] =
    start.right <= end.right ? [start.right, end.right, 1] : [end.right, start.right, -1];
  const count = weekdaysAfter(earlier, later) - holidaysAfter(earlier, later, calendar);
  return right(count === 0 ? 0 : sign * count);
};
