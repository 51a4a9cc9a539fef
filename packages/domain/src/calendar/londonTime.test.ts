import fc from 'fast-check';
import { DateTime } from 'luxon';
import { BUSINESS_ZONE } from './calendarDate';
import { londonTime } from './londonTime';

const pad = (n: number) => String(n).padStart(2, '0');

/** A wall-clock time on a day near a clock change, where a wrong rule shows first. */
const wallNearChange = fc.record({
  year: fc.integer({ min: 1981, max: 2100 }),
  month: fc.constantFrom(3, 10),
  day: fc.integer({ min: 20, max: 31 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
});

describe('a London wall-clock time written with its offset', () => {
  it('writes summer time and winter time', () => {
    expect(londonTime('2024-07-01')).toBe('2024-07-01T09:00:00.000+01:00');
    expect(londonTime('2024-12-01', '10:00')).toBe('2024-12-01T10:00:00.000+00:00');
    expect(londonTime('2024-03-31', '09:00')).toBe('2024-03-31T09:00:00.000+01:00');
    expect(londonTime('2024-10-27', '09:00')).toBe('2024-10-27T09:00:00.000+00:00');
  });

  it('names the instant luxon finds for that wall-clock time in London, whenever the time existed', () => {
    fc.assert(
      fc.property(wallNearChange, ({ year, month, day, hour, minute }) => {
        const date = `${year}-${pad(month)}-${pad(day)}`;
        const time = `${pad(hour)}:${pad(minute)}`;
        const zoned = DateTime.fromObject({ year, month, day, hour, minute }, { zone: BUSINESS_ZONE });
        if (zoned.hour !== hour) {
          expect(() => londonTime(date, time)).toThrow('the clocks went forward');
          return;
        }
        const written = DateTime.fromISO(londonTime(date, time), { setZone: true });
        expect(written.setZone(BUSINESS_ZONE).toFormat('yyyy-MM-dd HH:mm')).toBe(`${date} ${time}`);
      }),
      { numRuns: 5_000 },
    );
  });

  it('refuses what is not a date and time it can write', () => {
    expect(() => londonTime('2023-02-29')).toThrow('not a London date and time');
    expect(() => londonTime('2024-07-01', '24:00')).toThrow('not a London date and time');
    expect(() => londonTime('1970-07-01')).toThrow('not a London date and time');
  });
});
