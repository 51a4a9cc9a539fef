import fc from 'fast-check';
import { isLeft } from 'fp-ts/Either';
import { financialYearOf, financialYearsBetween, financialYearStarting } from './financialYear';
import { anyDateFrom, valueOf } from './testing/dates';

const anyDate = anyDateFrom('1995-01-01', 24_100);

describe('financial years (1 April to 31 March)', () => {
  it('place a date in its year', () => {
    expect(valueOf(financialYearOf('2019-09-01'))).toEqual({
      label: '2019/20',
      start: '2019-04-01',
      end: '2020-03-31',
    });
    expect(valueOf(financialYearOf('2020-03-31')).label).toBe('2019/20');
    expect(valueOf(financialYearOf('2020-04-01')).label).toBe('2020/21');
    expect(valueOf(financialYearOf('2000-01-15')).label).toBe('1999/00');
    expect(financialYearStarting(2012)).toEqual({ label: '2012/13', start: '2012-04-01', end: '2013-03-31' });
  });

  it('list every year a period touches: Central Bedfordshire’s five-year term from 1 September 2019', () => {
    const years = valueOf(financialYearsBetween('2019-09-01', '2024-08-31')).map((year) => year.label);
    expect(years).toEqual(['2019/20', '2020/21', '2021/22', '2022/23', '2023/24', '2024/25']);
    expect(valueOf(financialYearsBetween('2012-04-01', '2013-03-31')).map((year) => year.label)).toEqual([
      '2012/13',
    ]);
  });

  it('refuse a period that ends before it starts, or a date that is not real', () => {
    expect(isLeft(financialYearsBetween('2020-01-01', '2019-12-31'))).toBe(true);
    expect(isLeft(financialYearOf('2019-02-29'))).toBe(true);
  });

  it('contain the date, start on 1 April and end on 31 March the next year', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const year = valueOf(financialYearOf(date));
        expect(year.start <= date && date <= year.end).toBe(true);
        expect(year.start.slice(4)).toBe('-04-01');
        expect(year.end.slice(4)).toBe('-03-31');
        expect(Number(year.end.slice(0, 4))).toBe(Number(year.start.slice(0, 4)) + 1);
      }),
    );
  });

  it('follow one another without gaps over any period', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const years = valueOf(financialYearsBetween(start, end));
        expect(years[0]).toEqual(valueOf(financialYearOf(start)));
        expect(years[years.length - 1]).toEqual(valueOf(financialYearOf(end)));
        years.slice(1).forEach((year, i) => {
          expect(Number(year.start.slice(0, 4))).toBe(Number(years[i]?.start.slice(0, 4)) + 1);
        });
      }),
    );
  });
});
