import fc from 'fast-check';
import { isLeft } from 'fp-ts/Either';
import { DateTime } from 'luxon';
import { addCalendarDays, addMonths, addYears, compareDates, daysBetween } from './arithmetic';
import { anyDateFrom, valueOf } from './testing/dates';

const anyDate = anyDateFrom('1995-01-01', 24_100);

describe('calendar arithmetic', () => {
  it('adds days across month, year and clock-change boundaries', () => {
    expect(valueOf(addCalendarDays('2019-05-17', 10))).toBe('2019-05-27');
    expect(valueOf(addCalendarDays('2024-02-28', 1))).toBe('2024-02-29');
    expect(valueOf(addCalendarDays('2023-12-31', 1))).toBe('2024-01-01');
    expect(valueOf(addCalendarDays('2025-03-30', 1))).toBe('2025-03-31'); // clocks go forward on 30 March
    expect(valueOf(addCalendarDays('2025-10-26', -1))).toBe('2025-10-25'); // and back on 26 October
  });

  it('holds a month end to the end of a shorter month', () => {
    expect(valueOf(addMonths('2023-01-31', 1))).toBe('2023-02-28');
    expect(valueOf(addMonths('2024-01-31', 1))).toBe('2024-02-29');
    expect(valueOf(addMonths('2024-03-31', -1))).toBe('2024-02-29');
    expect(valueOf(addMonths('2018-12-01', 12))).toBe('2019-12-01');
    expect(valueOf(addYears('2024-02-29', 1))).toBe('2025-02-28');
    expect(valueOf(addYears('2024-02-29', 4))).toBe('2028-02-29');
    expect(valueOf(addYears('2019-09-01', 5))).toBe('2024-09-01');
  });

  it('counts days between dates, negative backwards', () => {
    expect(valueOf(daysBetween('2019-05-17', '2019-05-27'))).toBe(10);
    expect(valueOf(daysBetween('2019-05-27', '2019-05-17'))).toBe(-10);
    expect(valueOf(daysBetween('2025-03-01', '2025-04-01'))).toBe(31);
    expect(valueOf(daysBetween('2019-09-01', '2026-08-31'))).toBe(2556);
  });

  it('orders dates', () => {
    expect(compareDates('2019-05-27', '2019-09-01')).toBe(-1);
    expect(compareDates('2019-09-01', '2019-05-27')).toBe(1);
    expect(compareDates('2019-09-01', '2019-09-01')).toBe(0);
    expect(['2020-01-01', '2019-12-31', '2019-01-01'].sort(compareDates)).toEqual([
      '2019-01-01',
      '2019-12-31',
      '2020-01-01',
    ]);
  });

  it('refuses dates that are not real and counts that are not whole, naming the argument', () => {
    const refused = addCalendarDays('2019-02-29', 1);
    expect(refused._tag === 'Left' && refused.left).toMatchObject({ code: 'InvalidInput', path: ['date'] });
    expect(isLeft(addMonths('2019-01-01', 1.5))).toBe(true);
    expect(isLeft(addYears('2019-01-01', Number.NaN))).toBe(true);
    expect(isLeft(addYears('9999-01-01', 1))).toBe(true);
    expect(isLeft(addCalendarDays('2019-01-01', 1e12))).toBe(true);
    expect(isLeft(daysBetween('2019-01-01', 'tomorrow'))).toBe(true);
  });

  it('makes adding days and counting them inverse', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -5000, max: 5000 }), (date, days) => {
        const later = valueOf(addCalendarDays(date, days));
        expect(valueOf(daysBetween(date, later))).toBe(days);
        expect(compareDates(later, date)).toBe(Math.sign(days));
      }),
    );
  });

  it('never lands a month shift beyond the month it aims at', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -240, max: 240 }), (date, months) => {
        const shifted = valueOf(addMonths(date, months));
        const aimed = DateTime.fromISO(date).plus({ months });
        expect(shifted.slice(0, 7)).toBe(aimed.toISODate()?.slice(0, 7));
        expect(Number(shifted.slice(8))).toBeLessThanOrEqual(Number(date.slice(8)));
      }),
    );
  });
});
