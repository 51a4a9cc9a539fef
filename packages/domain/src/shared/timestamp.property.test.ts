import fc from 'fast-check';
import { timestampProblem, timestampProblemByZone } from './timestamp';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Timestamps near every edge the arithmetic decides: month ends, leap days, the hour London skips, odd offsets. */
const timestamp = fc
  .record({
    year: fc.oneof(
      fc.integer({ min: 1970, max: 2100 }),
      fc.constantFrom(1980, 1981, 2000, 2100, 2400, 9998, 9999),
    ),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.oneof(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 24, max: 31 })),
    hour: fc.oneof(fc.integer({ min: 0, max: 24 }), fc.constant(1)),
    minute: fc.constantFrom(0, 1, 30, 59, 60),
    second: fc.option(fc.constantFrom(0, 59, 60), { nil: undefined }),
    fraction: fc.option(fc.constantFrom('.5', '.123', '.123456789'), { nil: undefined }),
    offset: fc.constantFrom(
      'Z',
      '+00:00',
      '+01:00',
      '-05:00',
      '+05:30',
      '+14:00',
      '-12:00',
      '+15:00',
      '+23:59',
    ),
  })
  .map(({ year, month, day, hour, minute, second, fraction, offset }) => {
    const time = `${pad(hour)}:${pad(minute)}${second === undefined ? '' : `:${pad(second)}${fraction ?? ''}`}`;
    return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${time}${offset}`;
  });

describe('a timestamp checked by arithmetic', () => {
  it('given any timestamp, then it is accepted or refused, in the same words, exactly as by the zone database', () => {
    fc.assert(
      fc.property(timestamp, (text) => {
        expect(timestampProblem(text)).toBe(timestampProblemByZone(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('given any sequence of timestamps, each twice in a row, then every answer is the one it has alone', () => {
    // A text found sound is taken as read the next time it is asked about; nothing else may be.
    fc.assert(
      fc.property(fc.array(timestamp, { maxLength: 20 }), (texts) => {
        for (const text of texts) {
          const alone = timestampProblemByZone(text);
          expect(timestampProblem(text)).toBe(alone);
          expect(timestampProblem(text)).toBe(alone);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('given the hour London skipped on 30 March 2025, then it is refused, and the hours either side are not', () => {
    // Summer time began at 01:00 GMT on Sunday 30 March 2025 (the last Sunday of March; Summer Time Order 2002).
    expect(timestampProblem('2025-03-30T01:30:00+00:00')).toMatch(/skipped when the clocks went forward/);
    expect(timestampProblem('2025-03-30T00:59:59+00:00')).toBeNull();
    expect(timestampProblem('2025-03-30T02:00:00+01:00')).toBeNull();
    expect(timestampProblem('2025-03-30T01:30:00Z')).toBeNull();
  });

  it('given 29 February, then it is a real date in leap years only', () => {
    expect(timestampProblem('2024-02-29T09:00:00Z')).toBeNull();
    expect(timestampProblem('2100-02-29T09:00:00Z')).toMatch(/a real date and time/);
  });
});
