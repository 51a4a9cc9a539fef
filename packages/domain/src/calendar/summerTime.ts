/**
 * British Summer Time, worked out arithmetically rather than through a time-zone library: a rebuild
 * asks it of every event, and resolving the zone each time was most of the cost of a fold. The rule
 * is the present one and the two before it, so it holds from 1981; earlier instants are for luxon.
 */

export const HOUR_MS = 3_600_000;

/** The first and last years the rule below is written for. */
export const SUMMER_TIME_RULE_YEARS = { first: 1981, last: 9998 } as const;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1-12) of the proleptic Gregorian calendar. */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : DAYS[month - 1]!;

const lastSunday = (year: number, monthIndex: number): number => {
  const last = daysInMonth(year, monthIndex + 1);
  return last - new Date(Date.UTC(year, monthIndex, last)).getUTCDay();
};

const summerTimes = new Map<number, readonly [number, number]>();

/**
 * British Summer Time of a year, as UTC instants [start, end): from 01:00 UTC on the last Sunday of
 * March to 01:00 UTC on the last Sunday of October (since 1996); before, it ended on the first Sunday
 * on or after 22 October (1990-1995) or 23 October (1981-1989).
 */
export const summerTimeOf = (year: number): readonly [number, number] => {
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

/**
 * London's offset from UTC at an instant, in milliseconds: one hour in summer time, else none.
 * `year` is the instant's year as written or in UTC: summer time never spans a new year, so either
 * finds the period.
 */
export const londonOffsetAt = (instant: number, year: number): number => {
  const [start, end] = summerTimeOf(year);
  return instant >= start && instant < end ? HOUR_MS : 0;
};
