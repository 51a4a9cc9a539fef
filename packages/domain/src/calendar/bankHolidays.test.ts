import { DateTime } from 'luxon';
import {
  bankHolidays,
  isBankHolidayIn,
  isUkBankHolidayAnywhere,
  namedBankHolidays,
  UK_NATIONS,
  UkNation,
} from './bankHolidays';

/** The lists published on GOV.UK, as 'MM-DD' for each year. */
const PUBLISHED: Record<UkNation, Record<number, string>> = {
  'england-and-wales': {
    2019: '01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26',
    2020: '01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28',
    2021: '01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28',
    2022: '01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27',
    2023: '01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26',
    2024: '01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26',
    2025: '01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26',
    2026: '01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28',
  },
  scotland: {
    2019: '01-01 01-02 04-19 05-06 05-27 08-05 12-02 12-25 12-26',
    2020: '01-01 01-02 04-10 05-08 05-25 08-03 11-30 12-25 12-28',
    2021: '01-01 01-04 04-02 05-03 05-31 08-02 11-30 12-27 12-28',
    2022: '01-03 01-04 04-15 05-02 06-02 06-03 08-01 09-19 11-30 12-26 12-27',
    2023: '01-02 01-03 04-07 05-01 05-08 05-29 08-07 11-30 12-25 12-26',
    2024: '01-01 01-02 03-29 05-06 05-27 08-05 12-02 12-25 12-26',
    2025: '01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26',
    2026: '01-01 01-02 04-03 05-04 05-25 06-15 08-03 11-30 12-25 12-28',
  },
  'northern-ireland': {
    2019: '01-01 03-18 04-19 04-22 05-06 05-27 07-12 08-26 12-25 12-26',
    2020: '01-01 03-17 04-10 04-13 05-08 05-25 07-13 08-31 12-25 12-28',
    2021: '01-01 03-17 04-02 04-05 05-03 05-31 07-12 08-30 12-27 12-28',
    2022: '01-03 03-17 04-15 04-18 05-02 06-02 06-03 07-12 08-29 09-19 12-26 12-27',
    2023: '01-02 03-17 04-07 04-10 05-01 05-08 05-29 07-12 08-28 12-25 12-26',
    2024: '01-01 03-18 03-29 04-01 05-06 05-27 07-12 08-26 12-25 12-26',
    2025: '01-01 03-17 04-18 04-21 05-05 05-26 07-14 08-25 12-25 12-26',
    2026: '01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28',
  },
};

const published = (nation: UkNation, year: number): string[] =>
  (PUBLISHED[nation][year] ?? '').split(' ').map((monthDay) => `${year}-${monthDay}`);

/** England and Wales's holidays of a year are these month-days (written as the table above writes them). */
const expectEnglandAndWales = (year: number, monthDays: string): void =>
  expect(bankHolidays(year, 'england-and-wales')).toEqual(monthDays.split(' ').map((d) => `${year}-${d}`));

const weekday = (date: string): number => DateTime.fromISO(date).weekday;

describe('bank holidays', () => {
  describe.each(UK_NATIONS)('in %s', (nation) => {
    it.each([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026])('match the published list for %i', (year) => {
      expect(bankHolidays(year, nation)).toEqual(published(nation, year));
    });
  });

  it('in England and Wales 2022 are 3 Jan, 15 and 18 Apr, 2 May, 2 and 3 Jun, 29 Aug, 19 Sep, 26 and 27 Dec', () => {
    expect(bankHolidays(2022, 'england-and-wales')).toEqual([
      '2022-01-03',
      '2022-04-15',
      '2022-04-18',
      '2022-05-02',
      '2022-06-02',
      '2022-06-03',
      '2022-08-29',
      '2022-09-19',
      '2022-12-26',
      '2022-12-27',
    ]);
  });

  describe('moved and one-off holidays', () => {
    it('moved the early May holiday to VE Day in 1995 and 2020', () => {
      for (const nation of UK_NATIONS) {
        expect(bankHolidays(1995, nation)).toContain('1995-05-08');
        expect(bankHolidays(1995, nation)).not.toContain('1995-05-01');
        expect(bankHolidays(2020, nation)).toContain('2020-05-08');
        expect(bankHolidays(2020, nation)).not.toContain('2020-05-04');
      }
    });

    it('moved the spring holiday for the jubilees of 2002, 2012 and 2022 and added a jubilee day', () => {
      expectEnglandAndWales(2002, '01-01 03-29 04-01 05-06 06-03 06-04 08-26 12-25 12-26');
      expectEnglandAndWales(2012, '01-02 04-06 04-09 05-07 06-04 06-05 08-27 12-25 12-26');
      for (const nation of UK_NATIONS) {
        expect(bankHolidays(2002, nation)).not.toContain('2002-05-27');
        expect(bankHolidays(2012, nation)).not.toContain('2012-05-28');
        expect(bankHolidays(2022, nation)).not.toContain('2022-05-30');
      }
    });

    it('include the millennium, the royal wedding, the state funeral and the coronation everywhere', () => {
      for (const date of ['1999-12-31', '2011-04-29', '2022-09-19', '2023-05-08']) {
        for (const nation of UK_NATIONS) expect(isBankHolidayIn(date, nation)).toBe(true);
      }
      expectEnglandAndWales(1999, '01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28 12-31');
      expectEnglandAndWales(2011, '01-03 04-22 04-25 04-29 05-02 05-30 08-29 12-26 12-27');
    });

    it('observe Christmas on the Tuesday when it is a Sunday and Boxing Day the Monday', () => {
      expect(namedBankHolidays(2022, 'england-and-wales').slice(-2)).toEqual([
        { date: '2022-12-26', name: 'Boxing Day' },
        { date: '2022-12-27', name: 'Christmas Day (substitute day)' },
      ]);
    });

    it('have St Andrew’s Day in Scotland only from 2007', () => {
      expect(bankHolidays(2006, 'scotland')).not.toContain('2006-11-30');
      expect(bankHolidays(2007, 'scotland')).toContain('2007-11-30');
    });
  });

  describe('every year from 1995 to 2060', () => {
    const years = Array.from({ length: 66 }, (_, i) => 1995 + i);

    it('fall on weekdays, in date order, without repeats', () => {
      for (const year of years) {
        for (const nation of UK_NATIONS) {
          const dates = bankHolidays(year, nation);
          expect([...dates].sort()).toEqual(dates);
          expect(new Set(dates).size).toBe(dates.length);
          for (const date of dates) {
            expect(date.startsWith(`${year}-`)).toBe(true);
            expect(weekday(date)).toBeLessThanOrEqual(5);
          }
        }
      }
    });

    it('number 8 in England and Wales, 9 in Scotland from 2007, 10 in Northern Ireland, plus the extra days', () => {
      const extra = (year: number): number =>
        ['1999', '2002', '2011', '2012', '2022', '2023'].includes(String(year)) ? 1 : 0;
      const extras2022 = (year: number): number => (year === 2022 ? 1 : 0); // jubilee and funeral
      for (const year of years) {
        expect(bankHolidays(year, 'england-and-wales')).toHaveLength(8 + extra(year) + extras2022(year));
        // 15 June 2026: proclaimed for Scotland alone.
        const scottish2026 = year === 2026 ? 1 : 0;
        expect(bankHolidays(year, 'scotland')).toHaveLength(
          (year >= 2007 ? 9 : 8) + extra(year) + extras2022(year) + scottish2026,
        );
        expect(bankHolidays(year, 'northern-ireland')).toHaveLength(10 + extra(year) + extras2022(year));
      }
    });

    it('always include Good Friday, Christmas and Boxing Day (or their substitutes) in all three jurisdictions', () => {
      for (const year of years) {
        for (const nation of UK_NATIONS) {
          const names = namedBankHolidays(year, nation).map((holiday) => holiday.name);
          expect(names).toContain('Good Friday');
          expect(names.some((name) => name.startsWith('Christmas Day'))).toBe(true);
          expect(names.some((name) => name.startsWith('Boxing Day'))).toBe(true);
        }
      }
    });
  });

  describe('anywhere in the UK', () => {
    it('counts a holiday in any one jurisdiction', () => {
      expect(isUkBankHolidayAnywhere('2025-07-14')).toBe(true); // Battle of the Boyne, NI only
      expect(isUkBankHolidayAnywhere('2025-08-04')).toBe(true); // Scottish summer holiday
      expect(isUkBankHolidayAnywhere('2025-03-17')).toBe(true); // St Patrick's Day
      expect(isUkBankHolidayAnywhere('2026-01-02')).toBe(true); // 2 January, Scotland
      expect(isUkBankHolidayAnywhere('2025-12-01')).toBe(true); // St Andrew's Day substitute
      expect(isUkBankHolidayAnywhere('2025-08-25')).toBe(true); // English summer holiday
      expect(isUkBankHolidayAnywhere('2025-08-26')).toBe(false);
      expect(isBankHolidayIn('2025-08-04', 'england-and-wales')).toBe(false);
    });

    it('is never true of something that is not a date, nor of years outside the calendar', () => {
      expect(isUkBankHolidayAnywhere('2025-12-32')).toBe(false);
      expect(isUkBankHolidayAnywhere('Christmas')).toBe(false);
      expect(bankHolidays(2025.5, 'scotland')).toEqual([]);
      expect(bankHolidays(1200, 'scotland')).toEqual([]);
      expect(bankHolidays(2025, 'wales' as UkNation)).toEqual([]);
    });
  });
});
