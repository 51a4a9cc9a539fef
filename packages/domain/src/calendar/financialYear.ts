import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput, invalidInput } from '../shared/errors';
import { CalendarDate, isCalendarDate, readDate } from './calendarDate';

/** A council financial year, 1 April to 31 March, labelled as councils write it: '2019/20'. */
export interface FinancialYear {
  readonly label: string;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** The financial year that begins on 1 April of `startYear` (1999 gives '1999/00'). */
export const financialYearStarting = (startYear: number): FinancialYear => ({
  label: `${pad(startYear, 4)}/${pad((startYear + 1) % 100, 2)}`,
  start: `${pad(startYear, 4)}-04-01`,
  end: `${pad(startYear + 1, 4)}-03-31`,
});

/** The financial year a date falls in: 15 March 2020 is in 2019/20, 1 April 2020 in 2020/21. */
export const financialYearOf = (date: string): Either<InvalidInput, FinancialYear> => {
  // By arithmetic on the text: read models label a financial year for every claim they fold.
  if (!isCalendarDate(date)) {
    const refused = readDate(date, 'date');
    return refused._tag === 'Left' ? refused : left(invalidInput(`${String(date)} is not a date`, ['date']));
  }
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return right(financialYearStarting(month >= 4 ? year : year - 1));
};

/** Every financial year touched by the period from `start` to `endInclusive`, in order. */
export const financialYearsBetween = (
  start: string,
  endInclusive: string,
): Either<InvalidInput, FinancialYear[]> => {
  const first = readDate(start, 'start');
  if (first._tag === 'Left') return first;
  const last = readDate(endInclusive, 'endInclusive');
  if (last._tag === 'Left') return last;
  if (last.right < first.right) {
    return left(
      invalidInput(`the period ends (${endInclusive}) before it starts (${start})`, ['endInclusive']),
    );
  }
  const startYearOf = (month: number, year: number): number => (month >= 4 ? year : year - 1);
  const from = startYearOf(first.right.month, first.right.year);
  const to = startYearOf(last.right.month, last.right.year);
  const years: FinancialYear[] = [];
  for (let year = from; year <= to; year++) years.push(financialYearStarting(year));
  return right(years);
};
