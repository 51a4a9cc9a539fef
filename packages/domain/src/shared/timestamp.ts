import * as t from 'io-ts';
import { DateTime } from 'luxon';

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Why a timestamp cannot be trusted to name one instant, or null when it can. It must carry its offset
 * (`Z` or `+01:00`): without one, the same text is two instants an hour apart depending on who reads
 * it. A reading with London's own offset (+00:00 or +01:00) that London's clocks skipped when they
 * went forward (01:00 to 01:59 on the last Sunday of March) never happened there, so it is refused too.
 */
export const timestampProblem = (text: string): string | null => {
  const m = SHAPE.exec(text);
  if (m === null)
    return 'an ISO 8601 timestamp with an explicit offset (e.g. 2025-06-01T09:00:00Z or 2025-06-01T10:00:00+01:00)';
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
    const london = DateTime.fromObject(wall, { zone: 'Europe/London' });
    if (london.hour !== wall.hour || london.minute !== wall.minute)
      return `a time that exists in Europe/London (${text.slice(0, 16)} falls in the hour skipped when the clocks went forward)`;
  }
  return null;
};

/** An instant as text, with its offset (see `timestampProblem`). */
export const OffsetTimestampCodec = new t.Type<string, string, unknown>(
  'an ISO 8601 timestamp with an explicit offset',
  (u): u is string => typeof u === 'string' && timestampProblem(u) === null,
  (u, c) => {
    if (typeof u !== 'string') return t.failure(u, c, 'an ISO 8601 timestamp with an explicit offset');
    const problem = timestampProblem(u);
    return problem === null ? t.success(u) : t.failure(u, c, problem);
  },
  t.identity,
);
