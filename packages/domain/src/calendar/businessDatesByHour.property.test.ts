import fc from 'fast-check';
import { businessDateOf, businessDatesByHour } from './londonTime';

/**
 * Timestamps crowded into a few hours around a midnight and the clock changes, written in several
 * offsets, to the minute, second or nanosecond: the pairs that share a remembered hour and those that
 * must not.
 */
const crowded = fc
  .record({
    date: fc.constantFrom('2024-03-30', '2024-03-31', '2024-10-26', '2024-10-27', '2024-07-01', '1981-06-30'),
    hour: fc.constantFrom('00', '01', '02', '22', '23'),
    minute: fc.constantFrom('00', '29', '30', '59'),
    rest: fc.constantFrom('', ':00', ':59.999', ':30.123456789', ':61'),
    zone: fc.constantFrom('Z', '+00:00', '+01:00', '-01:00', '+05:30', '-00:30', '+0100', 'z'),
  })
  .map(({ date, hour, minute, rest, zone }) => `${date}T${hour}:${minute}${rest}${zone}`);

describe('the London date of a timestamp, remembered for its written hour', () => {
  it('is the date worked out afresh, for any sequence of timestamps asked of one memory', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(crowded, fc.string()), { maxLength: 60 }), (timestamps) => {
        const dateOf = businessDatesByHour();
        for (const timestamp of timestamps) expect(dateOf(timestamp)).toBe(businessDateOf(timestamp));
      }),
      { numRuns: 2_000 },
    );
  });

  it('tells apart the two sides of a London midnight written in the same hour of another offset', () => {
    const dateOf = businessDatesByHour();
    expect(dateOf('2024-07-01T23:10:00Z')).toBe('2024-07-02');
    expect(dateOf('2024-07-01T23:10:00+05:30')).toBe('2024-07-01');
    expect(dateOf('2024-07-01T23:50:00+05:30')).toBe('2024-07-01');
    expect(dateOf('2024-07-01T22:50:00+00:00')).toBe('2024-07-01');
    expect(dateOf('2024-07-01T22:10:00-00:30')).toBe('2024-07-01');
    expect(dateOf('2024-07-01T22:40:00-00:30')).toBe('2024-07-02');
  });
});
