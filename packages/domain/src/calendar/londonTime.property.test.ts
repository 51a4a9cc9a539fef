import fc from 'fast-check';
import { DateTime } from 'luxon';
import { BUSINESS_ZONE } from './calendarDate';
import { businessDateOf, instantOf } from './londonTime';

const FROM = Date.UTC(1990, 0, 1);
const TO = Date.UTC(2100, 11, 31, 23, 59, 59, 999);

const luxonDate = (timestamp: string) =>
  DateTime.fromISO(timestamp, { setZone: true }).setZone(BUSINESS_ZONE).toISODate() ?? '';

/** An instant written with an offset, as the log and callers write them. */
const written = fc
  .record({
    instant: fc.integer({ min: FROM, max: TO }),
    offsetMinutes: fc.constantFrom(0, 60, -60, 330, -300, 120, 765),
    style: fc.constantFrom('Z', 'offset', 'compact', 'seconds', 'minutes'),
  })
  .map(({ instant, offsetMinutes, style }) => {
    const zoned = DateTime.fromMillis(instant, { zone: 'UTC' }).setZone(
      offsetMinutes === 0 && style === 'Z'
        ? 'UTC'
        : `UTC${offsetMinutes >= 0 ? '+' : ''}${offsetMinutes / 60}`,
    );
    const base = zoned.toISO({ suppressMilliseconds: style === 'seconds' }) ?? '';
    if (style === 'compact') return base.replace(/:(\d\d)$/, '$1');
    if (style === 'minutes') return zoned.toFormat("yyyy-MM-dd'T'HH:mmZZ");
    return base;
  });

/** Instants near the clock changes, where a wrong rule shows first. */
const nearChange = fc
  .record({
    year: fc.integer({ min: 1990, max: 2100 }),
    month: fc.constantFrom(3, 10),
    day: fc.integer({ min: 20, max: 31 }),
    minute: fc.integer({ min: -180, max: 180 }),
  })
  .map(({ year, month, day, minute }) =>
    new Date(Date.UTC(year, month - 1, day, 1) + minute * 60_000).toISOString(),
  );

describe('the London date and instant of a timestamp, worked out without a time-zone library', () => {
  it('agrees with luxon over any instant from 1990 to 2100, whatever offset it is written in', () => {
    fc.assert(
      fc.property(fc.oneof(written, nearChange), (timestamp) => {
        expect(businessDateOf(timestamp)).toBe(luxonDate(timestamp));
        expect(instantOf(timestamp)).toBe(DateTime.fromISO(timestamp, { setZone: true }).toMillis());
      }),
      { numRuns: 20_000 },
    );
  });

  it('puts a late summer evening on the next London day, and a winter one on the same day', () => {
    expect(businessDateOf('2024-07-01T23:30:00Z')).toBe('2024-07-02');
    expect(businessDateOf('2024-12-01T23:30:00Z')).toBe('2024-12-01');
    expect(businessDateOf('2024-03-31T00:59:59.999Z')).toBe('2024-03-31');
    expect(businessDateOf('2024-10-26T23:00:00Z')).toBe('2024-10-27');
    expect(businessDateOf('2024-10-27T00:59:59Z')).toBe('2024-10-27');
    expect(businessDateOf('1994-10-22T23:30:00Z')).toBe('1994-10-23');
    expect(businessDateOf('1995-10-22T00:30:00Z')).toBe('1995-10-22');
    expect(businessDateOf('1995-10-28T23:30:00Z')).toBe('1995-10-28');
  });

  it('leaves what it does not recognise to luxon', () => {
    expect(businessDateOf('2024-02-30T10:00:00Z')).toBe(luxonDate('2024-02-30T10:00:00Z'));
    expect(businessDateOf('1970-07-01T23:30:00Z')).toBe(luxonDate('1970-07-01T23:30:00Z'));
    expect(businessDateOf('not a time')).toBe('');
    expect(instantOf('not a time')).toBeNaN();
  });
});
