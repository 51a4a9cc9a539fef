import { DateTime } from 'luxon';
import { isPlainSoundTimestamp } from '../eventstore/rowChecks';
import { digitsAt } from '../shared/digits';
import { BUSINESS_ZONE, isCalendarDate } from './calendarDate';
import { daysInMonth, HOUR_MS, londonOffsetAt, SUMMER_TIME_RULE_YEARS, summerTimeOf } from './summerTime';

/**
 * Timestamps and London's wall clock, by the summer-time rule in `summerTime.ts`. Anything this
 * parser does not recognise, and any instant outside the years of the rule, is handed to luxon, so
 * the answer is always the zone database's.
 */

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)$/;

interface Parsed {
  readonly instant: number;
  readonly year: number;
  /** Minutes after midnight of the written wall-clock time, and the written offset in minutes. */
  readonly wallMinutes: number;
  readonly offsetMinutes: number;
}

/** Parses `timestamp` to epoch milliseconds, or null when it is not a plain, valid ISO instant. */
const parseInstant = (timestamp: string): Parsed | null => {
  const m = ISO.exec(timestamp);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  // Sub-millisecond digits are dropped, as luxon drops them.
  const millis = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  let offsetMinutes = 0;
  if (m[8] === undefined) {
    const hours = Number(m[10]);
    const minutes = m[11] === undefined ? 0 : Number(m[11]);
    if (hours > 23 || minutes > 59) return null;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  return {
    instant: Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000,
    year,
    wallMinutes: hour * 60 + minute,
    offsetMinutes,
  };
};

const FIRST_INSTANT = Date.UTC(SUMMER_TIME_RULE_YEARS.first, 0, 1);
const END_INSTANT = Date.UTC(SUMMER_TIME_RULE_YEARS.last + 1, 0, 1);

const viaLuxon = (timestamp: string): string =>
  DateTime.fromISO(timestamp, { setZone: true }).setZone(BUSINESS_ZONE).toISODate() ?? '';

/** The London calendar date on which an instant fell: a 23:30 UTC event in summer is the next day. */
export const businessDateOf = (timestamp: string): string => {
  const parsed = parseInstant(timestamp);
  if (parsed === null || parsed.instant < FIRST_INSTANT || parsed.instant >= END_INSTANT)
    return viaLuxon(timestamp);
  const offset = londonOffsetAt(parsed.instant, parsed.year);
  // Mostly the London wall clock is on the written day, and the written date is the answer.
  const wall = parsed.wallMinutes + offset / 60_000 - parsed.offsetMinutes;
  if (wall >= 0 && wall < 1440) return timestamp.slice(0, 10);
  return new Date(parsed.instant + offset).toISOString().slice(0, 10);
};

const HOURS_REMEMBERED = 8192;

/**
 * `businessDateOf`, remembering its answer for each written hour of the timestamps it is asked about.
 * For a sound timestamp with an offset of whole hours, every instant of one written hour lies in one
 * hour of UTC, and under the summer-time rule London changes its offset and its date only on the hour
 * of UTC: the answer is the same for the whole hour. Anything else is worked out every time. A fold
 * asks for every event's date, and a log's events crowd into a few hours of a few days. Each hour has
 * one place among `HOURS_REMEMBERED`, found from its digits, holding the last hour seen there: a
 * remembered answer costs two comparisons of text and nothing is made.
 */
export const businessDatesByHour = (): ((timestamp: string) => string) => {
  const hours = new Array<string>(HOURS_REMEMBERED).fill('');
  const zones = new Array<string>(HOURS_REMEMBERED).fill('');
  const dates = new Array<string>(HOURS_REMEMBERED).fill('');
  return (timestamp) => {
    if (!isPlainSoundTimestamp(timestamp)) return businessDateOf(timestamp);
    // Outside the summer-time rule (a year away from its ends, whatever the offset) the zone database
    // answers, and its London of long ago kept local mean time, 75 seconds off the hour.
    const year = digitsAt(timestamp, 0, 4);
    if (year <= SUMMER_TIME_RULE_YEARS.first || year >= SUMMER_TIME_RULE_YEARS.last)
      return businessDateOf(timestamp);
    const zone = timestamp.charCodeAt(timestamp.length - 1) === 90 ? 1 : 6;
    // '+05:30' and the like: the written hour straddles two hours of UTC.
    if (zone === 6 && !timestamp.endsWith(':00')) return businessDateOf(timestamp);
    const day = (year * 12 + digitsAt(timestamp, 5, 2)) * 31 + digitsAt(timestamp, 8, 2);
    const at = (day * 24 + digitsAt(timestamp, 11, 2)) % HOURS_REMEMBERED;
    const hour = hours[at]!;
    if (hour !== '' && timestamp.startsWith(hour) && timestamp.endsWith(zones[at]!)) return dates[at]!;
    const date = businessDateOf(timestamp);
    hours[at] = timestamp.slice(0, 13);
    zones[at] = timestamp.slice(timestamp.length - zone);
    dates[at] = date;
    return date;
  };
};

/** Epoch milliseconds of an ISO timestamp (NaN when it is not one, as luxon gives for an invalid time). */
export const instantOf = (timestamp: string): number => {
  const parsed = parseInstant(timestamp);
  return parsed !== null ? parsed.instant : DateTime.fromISO(timestamp, { setZone: true }).toMillis();
};

const WALL_CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * A London wall-clock time on a business date as an ISO timestamp with its offset (`+01:00` in
 * summer time, `+00:00` otherwise): '2024-07-01', '09:00' is '2024-07-01T09:00:00.000+01:00'. The
 * hour skipped when the clocks go forward never happened, and is refused; in the hour that repeats
 * when they go back, the first (summer) reading is meant. Throws on anything else it cannot write:
 * it builds histories, where a bad date is a mistake in the program, not in its input.
 */
export const londonTime = (date: string, time = '09:00'): string => {
  const clock = WALL_CLOCK.exec(time);
  const year = Number(date.slice(0, 4));
  if (
    !isCalendarDate(date) ||
    clock === null ||
    year < SUMMER_TIME_RULE_YEARS.first ||
    year > SUMMER_TIME_RULE_YEARS.last
  )
    throw new Error(`not a London date and time this can write: ${date} ${time}`);
  const wall = Date.UTC(
    year,
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    Number(clock[1]),
    Number(clock[2]),
  );
  const [start] = summerTimeOf(year);
  // Wall times from 01:00 to 01:59 on the morning the clocks go forward are skipped.
  if (wall >= start && wall < start + HOUR_MS)
    throw new Error(`${date} ${time} never happened in London: the clocks went forward`);
  // Read as summer time first: it is summer time exactly when that reading falls within it.
  const summer = londonOffsetAt(wall - HOUR_MS, year) === HOUR_MS;
  return `${date}T${time}:00.000${summer ? '+01:00' : '+00:00'}`;
};
