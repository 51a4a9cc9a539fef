import * as t from 'io-ts';
import { DateTime } from 'luxon';
import { BUSINESS_ZONE } from '../calendar/calendarDate';
import { daysInMonth, SUMMER_TIME_RULE_YEARS, summerTimeOf } from '../calendar/summerTime';

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Through luxon: any year, with the zone database's own history of London's clocks. */
const problemByZone = (text: string, m: RegExpExecArray): string | null => {
  const [, year, month, day, hour, minute, second, offset] = m;
  const parsed = DateTime.fromISO(text, { setZone: true });
  if (!parsed.isValid || parsed.day !== Number(day) || parsed.hour !== Number(hour))
    return `a real date and time (${parsed.invalidExplanation ?? 'out of range'})`;
  if (offset === '+00:00' || offset === '+01:00') {
    const wall = {
      year: Number(year),
      month: Number(month),
      day: Number(day),
      hour: Number(hour),
      minute: Number(minute),
      second: Number(second ?? 0),
    };
    const london = DateTime.fromObject(wall, { zone: BUSINESS_ZONE });
    if (london.hour !== wall.hour || london.minute !== wall.minute)
      return `a time that exists in Europe/London (${text.slice(0, 16)} falls in the hour skipped when the clocks went forward)`;
  }
  return null;
};

/**
 * Whether a well-formed timestamp names a real calendar date and clock time, with an offset a clock
 * can have (under a day): by arithmetic, for every event appended and every row read back.
 */
const isRealDateAndTime = (m: RegExpExecArray): boolean => {
  const [, year, month, day, hour, minute, second, offset] = m;
  const mo = Number(month);
  return (
    mo >= 1 &&
    mo <= 12 &&
    Number(day) >= 1 &&
    Number(day) <= daysInMonth(Number(year), mo) &&
    Number(hour) <= 23 &&
    Number(minute) <= 59 &&
    Number(second ?? 0) <= 59 &&
    (offset === 'Z' || (Number(offset!.slice(1, 3)) <= 23 && Number(offset!.slice(4, 6)) <= 59))
  );
};

/**
 * Whether a well-formed timestamp is a real time that London's clocks showed, by arithmetic alone, for
 * the years the summer-time rule is written for: the only wall times London skipped are 01:00-01:59 on
 * the day summer time starts. Checked for every event appended, where resolving the zone through luxon
 * was most of the cost of a batch. False when it cannot say so (another year, anything out of range,
 * or that hour): luxon then decides, and explains a refusal in its own words.
 */
const acceptedByArithmetic = (m: RegExpExecArray): boolean => {
  const [, year, month, day, hour, , , offset] = m;
  const y = Number(year);
  if (y < SUMMER_TIME_RULE_YEARS.first || y > SUMMER_TIME_RULE_YEARS.last || !isRealDateAndTime(m))
    return false;
  const inSkippedHour =
    (offset === '+00:00' || offset === '+01:00') &&
    month === '03' &&
    hour === '01' &&
    Number(day) === new Date(summerTimeOf(y)[0]).getUTCDate();
  return !inSkippedHour;
};

/**
 * Why a timestamp cannot be trusted to name one instant, or null when it can. It must carry its offset
 * (`Z` or `+01:00`): without one, the same text is two instants an hour apart depending on who reads
 * it. A reading with London's own offset (+00:00 or +01:00) that London's clocks skipped when they
 * went forward (01:00 to 01:59 on the last Sunday of March) never happened there, so it is refused too.
 */
/** The text `timestampProblem` last found sound; never the empty text, which no reading accepts. */
let lastSound = '';

export const timestampProblem = (text: string): string | null => {
  // The events of one decision share the time of the command that decided them: a text found sound a
  // moment ago is taken as read (the answer depends on the text alone).
  if (text === lastSound) return null;
  const m = SHAPE.exec(text);
  if (m === null)
    return 'an ISO 8601 timestamp with an explicit offset (e.g. 2025-06-01T09:00:00Z or 2025-06-01T10:00:00+01:00)';
  const problem = acceptedByArithmetic(m) ? null : problemByZone(text, m);
  if (problem === null) lastSound = text;
  return problem;
};

/** The zone-database answer alone, for tests that hold the arithmetic to it. */
export const timestampProblemByZone = (text: string): string | null => {
  const m = SHAPE.exec(text);
  return m === null ? timestampProblem(text) : problemByZone(text, m);
};

/**
 * A codec for text that a check accepts or explains: `problemOf` gives the reason to refuse it, or
 * null. Both timestamp codecs are this, with their own check and their own words for a non-string.
 */
const checkedText = (name: string, notText: string, problemOf: (text: string) => string | null) =>
  new t.Type<string, string, unknown>(
    name,
    (u): u is string => typeof u === 'string' && problemOf(u) === null,
    (u, c) => {
      if (typeof u !== 'string') return t.failure(u, c, notText);
      const problem = problemOf(u);
      return problem === null ? t.success(u) : t.failure(u, c, problem);
    },
    t.identity,
  );

/** An instant as text, with its offset (see `timestampProblem`). */
export const OffsetTimestampCodec = checkedText(
  'an ISO 8601 timestamp with an explicit offset',
  'an ISO 8601 timestamp with an explicit offset',
  timestampProblem,
);

/**
 * Why a timestamp read back from storage does not name one instant, or null when it does: the shape
 * with its offset, and a real calendar date and clock time. It is checked for every row a store hands
 * back, so it does no time-zone arithmetic: whether the instant existed in London was settled when the
 * event was accepted, and the hash chain shows any later edit.
 */
export const storedTimestampProblem = (text: string): string | null => {
  const m = SHAPE.exec(text);
  if (m === null) return 'not an ISO 8601 timestamp with an explicit offset';
  return isRealDateAndTime(m) ? null : 'not a real date and time';
};

/** A timestamp as a store hands it back (see `storedTimestampProblem`). */
export const StoredTimestampCodec = checkedText(
  'a stored ISO 8601 timestamp with an explicit offset',
  'a timestamp as text',
  (text) => {
    const problem = storedTimestampProblem(text);
    return problem === null ? null : `${JSON.stringify(text)} is ${problem}`;
  },
);
