/** Checks on one column of a stored row, each exactly the io-ts guard it stands for. */
import { daysInMonth } from '../calendar/summerTime';
import { digitAt, digitsAt } from '../shared/digits';
import { StoredTimestampCodec } from '../shared/timestamp';

/** Exactly `t.UnknownRecord.is`: an object, not null and not an array. */
export const isJsonRecord = (u: unknown): boolean => u !== null && typeof u === 'object' && !Array.isArray(u);

export const isInt = (u: unknown): boolean => typeof u === 'number' && Number.isInteger(u);

/** A whole number JavaScript holds exactly: a version, a count or a span read back from storage. */
export const isSafeWhole = (u: unknown): u is number => typeof u === 'number' && Number.isSafeInteger(u);

/**
 * Whether the text is a sound stored timestamp, read character by character: `YYYY-MM-DDTHH:MM`, then
 * optionally `:SS` with up to nine digits of fraction, then `Z` or `±HH:MM`, naming a real date and
 * time. True only when every part is read and sound; false means "not by this reading", and the
 * caller asks `StoredTimestampCodec`, whose answer this never contradicts (a property test holds it).
 */
export const isPlainSoundTimestamp = (s: string): boolean => {
  if (s.length < 17 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84)
    return false;
  if (s.charCodeAt(13) !== 58) return false;
  const year = digitsAt(s, 0, 4);
  const month = digitsAt(s, 5, 2);
  const day = digitsAt(s, 8, 2);
  const hour = digitsAt(s, 11, 2);
  const minute = digitsAt(s, 14, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23) return false;
  if (minute < 0 || minute > 59 || day > daysInMonth(year, month)) return false;
  let i = 16;
  if (s.charCodeAt(i) === 58) {
    const second = digitsAt(s, i + 1, 2);
    if (second < 0 || second > 59) return false;
    i += 3;
    if (s.charCodeAt(i) === 46) {
      let digits = 0;
      while (digitAt(s, i + 1 + digits) >= 0) digits++;
      if (digits < 1 || digits > 9) return false;
      i += 1 + digits;
    }
  }
  const sign = s.charCodeAt(i);
  if (sign === 90) return i + 1 === s.length;
  if ((sign !== 43 && sign !== 45) || i + 6 !== s.length || s.charCodeAt(i + 3) !== 58) return false;
  const offsetHours = digitsAt(s, i + 1, 2);
  const offsetMinutes = digitsAt(s, i + 4, 2);
  return offsetHours >= 0 && offsetHours <= 23 && offsetMinutes >= 0 && offsetMinutes <= 59;
};

/**
 * Timestamps already found sound, most recent first. Events appended together share their record
 * time, and a page of the log holds long runs of them; a text seen a moment ago needs no second look.
 */
const soundTimestamps: [string, string] = ['', ''];

/** Exactly `StoredTimestampCodec.is`, with the two texts it last found sound taken as read. */
export const isStoredTimestamp = (u: unknown): u is string => {
  if (typeof u !== 'string') return false;
  if (u === soundTimestamps[0] || u === soundTimestamps[1]) return u !== '';
  if (!isPlainSoundTimestamp(u) && !StoredTimestampCodec.is(u)) return false;
  soundTimestamps[1] = soundTimestamps[0];
  soundTimestamps[0] = u;
  return true;
};

const isOptionalString = (u: unknown): boolean => u === undefined || typeof u === 'string';

/** Exactly `ActorCodec.is`, without the codec's walk over its parts. */
export const isActor = (u: unknown): boolean => {
  if (!isJsonRecord(u)) return false;
  const a = u as Record<string, unknown>;
  return (
    typeof a['id'] === 'string' &&
    typeof a['role'] === 'string' &&
    isOptionalString(a['name']) &&
    isOptionalString(a['organisation'])
  );
};
