import fc from 'fast-check';
import { isLeft } from 'fp-ts/Either';
import { addCalendarDays } from './arithmetic';
import { contractYearBounds, contractYearOf } from './contractYear';
import { anyDateFrom, valueOf } from './testing/dates';

/** The first and last day of a contract's nth year, counted from the day it started. */
const bounds = (startsOn: string, year: number) => valueOf(contractYearBounds(startsOn, year));
const anyDate = anyDateFrom('1995-01-01', 24_100);

describe('contract years', () => {
  it('run from the start date to the day before each anniversary: Central Bedfordshire from 1 September 2019', () => {
    expect(bounds('2019-09-01', 1)).toEqual({ year: 1, start: '2019-09-01', end: '2020-08-31' });
    expect(bounds('2019-09-01', 7)).toEqual({ year: 7, start: '2025-09-01', end: '2026-08-31' });
    expect(valueOf(contractYearOf('2019-09-01', '2019-09-01'))).toBe(1);
    expect(valueOf(contractYearOf('2019-09-01', '2020-08-31'))).toBe(1);
    expect(valueOf(contractYearOf('2019-09-01', '2020-09-01'))).toBe(2);
    expect(valueOf(contractYearOf('2019-09-01', '2026-08-31'))).toBe(7);
  });

  it('start on 28 February for a contract that began on 29 February, and on the 29th in leap years', () => {
    expect(bounds('2024-02-29', 1)).toEqual({ year: 1, start: '2024-02-29', end: '2025-02-27' });
    expect(bounds('2024-02-29', 2)).toEqual({ year: 2, start: '2025-02-28', end: '2026-02-27' });
    expect(bounds('2024-02-29', 4)).toEqual({ year: 4, start: '2027-02-28', end: '2028-02-28' });
    expect(bounds('2024-02-29', 5)).toEqual({ year: 5, start: '2028-02-29', end: '2029-02-27' });
    expect(valueOf(contractYearOf('2024-02-29', '2025-02-27'))).toBe(1);
    expect(valueOf(contractYearOf('2024-02-29', '2025-02-28'))).toBe(2);
  });

  it('refuse a date before the contract started, a year below 1, and dates that are not real', () => {
    const before = contractYearOf('2019-09-01', '2019-08-31');
    expect(before._tag === 'Left' && before.left.path).toEqual(['date']);
    expect(isLeft(contractYearBounds('2019-09-01', 0))).toBe(true);
    expect(isLeft(contractYearBounds('2019-09-01', 1.5))).toBe(true);
    expect(isLeft(contractYearOf('2019-09-31', '2020-01-01'))).toBe(true);
  });

  it('place every date in the year whose bounds contain it, and the years follow on without gaps', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 5_000 }), (start, offset) => {
        const date = valueOf(addCalendarDays(start, offset));
        const year = valueOf(contractYearOf(start, date));
        const found = bounds(start, year);
        expect(found.start <= date && date <= found.end).toBe(true);
        const next = bounds(start, year + 1);
        expect(next.start).toBe(valueOf(addCalendarDays(found.end, 1)));
      }),
    );
  });
});
