import { DateTime } from 'luxon';

/**
 * The London calendar date and the instant of an ISO 8601 timestamp, worked out arithmetically: a
 * rebuild asks this of every event, and going through a time-zone library each time was most of the
 * cost of folding the audit timeline. Anything this parser does not recognise, and any instant before
 * the present rules (1981), is handed to luxon, so the answer is always the zone database's.
 */

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)$/;

const HOUR = 3_600_000;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysInMonth = (year: number, month: number): number =>
  month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : DAYS[month - 1]!;

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

/** British Summer Time of a year, as UTC instants: [start, end). */
const summerTimes = new Map<number, readonly [number, number]>();

const lastSunday = (year: number, monthIndex: number): number => {
  const last = daysInMonth(year, monthIndex + 1);
  return last - new Date(Date.UTC(year, monthIndex, last)).getUTCDay();
};

/**
 * From 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October (since 1996);
 * before, it ended on the first Sunday on or after 22 October (1990-1995) or 23 October (1981-1989).
 */
const summerTimeOf = (year: number): readonly [number, number] => {
  let known = summerTimes.get(year);
  if (known === undefined) {
    const start = Date.UTC(year, 2, lastSunday(year, 2), 1);
    let endDay = lastSunday(year, 9);
    if (year <= 1995) {
      const from = year <= 1989 ? 23 : 22;
      endDay = from + ((7 - new Date(Date.UTC(year, 9, from)).getUTCDay()) % 7);
    }
    known = [start, Date.UTC(year, 9, endDay, 1)];
    summerTimes.set(year, known);
  }
  return known;
};

const FIRST_YEAR = Date.UTC(1981, 0, 1);
const LAST_YEAR = Date.UTC(9999, 0, 1);

/** Europe/London's offset from UTC at an instant, in milliseconds (0 or one hour). */
const londonOffsetAt = (instant: number, writtenYear: number): number => {
  // The year as written is the UTC year whenever it matters: summer time never spans a new year.
  const [start, end] = summerTimeOf(writtenYear);
  return instant >= start && instant < end ? HOUR : 0;
};

const viaLuxon = (timestamp: string): string =>
  DateTime.fromISO(timestamp, { setZone: true }).setZone('Europe/London').toISODate() ?? '';

/** The London calendar date on which an instant fell: a 23:30 UTC event in summer is the next day. */
export const londonDateOf = (timestamp: string): string => {
  const parsed = parseInstant(timestamp);
  if (parsed === null || parsed.instant < FIRST_YEAR || parsed.instant >= LAST_YEAR)
    return viaLuxon(timestamp);
  const offset = londonOffsetAt(parsed.instant, parsed.year);
  // Mostly the London wall clock is on the written day, and the written date is the answer.
  const wall = parsed.wallMinutes + offset / 60_000 - parsed.offsetMinutes;
  if (wall >= 0 && wall < 1440) return timestamp.slice(0, 10);
  return new Date(parsed.instant + offset).toISOString().slice(0, 10);
};

/** Epoch milliseconds of an ISO timestamp (NaN when it is not one, as luxon gives for an invalid time). */
export const instantOf = (timestamp: string): number => {
  const parsed = parseInstant(timestamp);
  return parsed !== null ? parsed.instant : DateTime.fromISO(timestamp, { setZone: true }).toMillis();
};
