import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput, invalidInput } from '../shared/errors';
import { addCalendarDays, addYears } from './arithmetic';
import { CalendarDate, readDate, readWholeNumber } from './calendarDate';

/** One year of a contract, counted from its start date: year 1 runs from the start to the day before the first anniversary. */
export interface ContractYear {
  readonly year: number;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

/**
 * The first and last day of contract year `year` (1-based). Anniversaries are counted from the
 * start each time, so a contract starting on 29 February has its later years begin on 28 February,
 * and on 29 February again in leap years.
 */
export const contractYearBounds = (
  contractStart: string,
  year: number,
): Either<InvalidInput, ContractYear> => {
  const start = readDate(contractStart, 'contractStart');
  if (start._tag === 'Left') return start;
  const n = readWholeNumber(year, 'year');
  if (n._tag === 'Left') return n;
  if (n.right < 1) return left(invalidInput(`contract years are counted from 1, got ${n.right}`, ['year']));
  const first = addYears(contractStart, n.right - 1);
  if (first._tag === 'Left') return first;
  const next = addYears(contractStart, n.right);
  if (next._tag === 'Left') return next;
  const end = addCalendarDays(next.right, -1);
  if (end._tag === 'Left') return end;
  return right({ year: n.right, start: first.right, end: end.right });
};

/**
 * Which contract year (1-based) a date falls in: the contract's start day begins year 1 and each
 * anniversary begins the next. Refuses a date before the contract started.
 */
export const contractYearOf = (contractStart: string, date: string): Either<InvalidInput, number> => {
  const start = readDate(contractStart, 'contractStart');
  if (start._tag === 'Left') return start;
  const on = readDate(date, 'date');
  if (on._tag === 'Left') return on;
  if (on.right < start.right) {
    return left(invalidInput(`${date} is before the contract started on ${contractStart}`, ['date']));
  }
  // The year difference is right or one too many (before this year's anniversary).
  let elapsed = on.right.year - start.right.year;
  const anniversary = addYears(contractStart, elapsed);
  if (anniversary._tag === 'Left') return anniversary;
  if (date < anniversary.right) elapsed -= 1;
  return right(elapsed + 1);
};
