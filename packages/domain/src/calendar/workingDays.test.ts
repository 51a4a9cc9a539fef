import fc from 'fast-check';
import { Either, isLeft } from 'fp-ts/Either';
import { DateTime } from 'luxon';
import { addCalendarDays } from './arithmetic';
import { UK_NATIONS } from './bankHolidays';
import { addWorkingDays, isWorkingDay, WorkingDayCalendar, workingDaysBetween } from './workingDays';

const valueOf = <A>(result: Either<{ message: string }, A>): A => {
  if (result._tag === 'Left') throw new Error(`expected a value, got a refusal: ${result.left.message}`);
  return result.right;
};

const FIRST = DateTime.fromISO('1995-01-01', { zone: 'UTC' });
// Up to 2059, so that a few hundred working days later is still before the end of 2060.
const anyDate = fc
  .integer({ min: 0, max: 23_700 })
  .map((offset) => FIRST.plus({ days: offset }).toISODate() ?? '');
const anyCalendar = fc.constantFrom<WorkingDayCalendar>('anywhere-in-uk', ...UK_NATIONS);
const anyCount = fc.integer({ min: -400, max: 400 });
const smallCount = fc.integer({ min: -40, max: 40 });

/** The plain definition, day by day: what the fast arithmetic must agree with. */
const stepByStep = (date: string, n: number, calendar: WorkingDayCalendar): string => {
  let cursor = date;
  let remaining = Math.abs(n);
  while (remaining > 0) {
    cursor = valueOf(addCalendarDays(cursor, Math.sign(n)));
    if (isWorkingDay(cursor, calendar)) remaining -= 1;
  }
  return cursor;
};

describe('working days', () => {
  it('are Monday to Friday, except a bank holiday in any part of the UK', () => {
    expect(isWorkingDay('2025-08-26')).toBe(true);
    expect(isWorkingDay('2025-08-23')).toBe(false); // Saturday
    expect(isWorkingDay('2025-08-24')).toBe(false); // Sunday
    expect(isWorkingDay('2025-08-25')).toBe(false); // summer holiday, England, Wales and NI
    expect(isWorkingDay('2025-08-04')).toBe(false); // summer holiday, Scotland only
    expect(isWorkingDay('2025-07-14')).toBe(false); // Battle of the Boyne, NI only
    expect(isWorkingDay('2025-08-04', 'england-and-wales')).toBe(true);
    expect(isWorkingDay('2025-02-30')).toBe(false);
  });

  it('are counted on from a date, skipping weekends and holidays', () => {
    expect(valueOf(addWorkingDays('2025-12-19', 1))).toBe('2025-12-22');
    expect(valueOf(addWorkingDays('2025-12-24', 1))).toBe('2025-12-29');
    expect(valueOf(addWorkingDays('2025-12-31', 1))).toBe('2026-01-05'); // 1 Jan everywhere, 2 Jan in Scotland
    expect(valueOf(addWorkingDays('2025-12-31', 1, 'england-and-wales'))).toBe('2026-01-02');
    expect(valueOf(addWorkingDays('2025-08-23', 2))).toBe('2025-08-27'); // Saturday, then the holiday Monday
    expect(valueOf(addWorkingDays('2025-08-26', -1))).toBe('2025-08-22');
    expect(valueOf(addWorkingDays('2025-08-24', 0))).toBe('2025-08-24');
  });

  it('are counted between dates: after the first, up to and including the second', () => {
    expect(valueOf(workingDaysBetween('2025-12-19', '2025-12-22'))).toBe(1);
    expect(valueOf(workingDaysBetween('2025-12-22', '2025-12-19'))).toBe(-1);
    expect(valueOf(workingDaysBetween('2025-12-19', '2025-12-19'))).toBe(0);
    expect(valueOf(workingDaysBetween('2024-12-31', '2025-12-31', 'england-and-wales'))).toBe(253);
    // Across the UK 2025 loses also 2 Jan, 17 Mar, 14 Jul, 4 Aug and 1 Dec: five more days.
    expect(valueOf(workingDaysBetween('2024-12-31', '2025-12-31'))).toBe(248);
  });

  it('refuse a date that is not real or a count that is not whole', () => {
    expect(isLeft(addWorkingDays('2025-02-30', 1))).toBe(true);
    expect(isLeft(addWorkingDays('2025-02-03', 0.5))).toBe(true);
    expect(isLeft(addWorkingDays('2025-02-03', 1e9))).toBe(true);
    expect(isLeft(addWorkingDays('9999-12-30', 5))).toBe(true);
    expect(isLeft(workingDaysBetween('2025-02-03', '03/02/2025'))).toBe(true);
  });

  it('land on a working day whenever at least one is added', () => {
    fc.assert(
      fc.property(anyDate, anyCount, anyCalendar, (date, n, calendar) => {
        fc.pre(n !== 0);
        expect(isWorkingDay(valueOf(addWorkingDays(date, n, calendar)), calendar)).toBe(true);
      }),
    );
  });

  it('agree with stepping one day at a time', () => {
    fc.assert(
      fc.property(anyDate, smallCount, anyCalendar, (date, n, calendar) => {
        expect(valueOf(addWorkingDays(date, n, calendar))).toBe(stepByStep(date, n, calendar));
      }),
    );
  });

  it('are counted back by workingDaysBetween: forwards from any day, backwards from a working day', () => {
    fc.assert(
      fc.property(anyDate, anyCount, anyCalendar, (date, n, calendar) => {
        fc.pre(n >= 0 || isWorkingDay(date, calendar));
        expect(valueOf(workingDaysBetween(date, valueOf(addWorkingDays(date, n, calendar)), calendar))).toBe(
          n,
        );
      }),
    );
  });

  it('reach a working day by adding the count to it, from any day before it or any working day after it', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyCalendar, (from, to, calendar) => {
        fc.pre(isWorkingDay(to, calendar) && (from <= to || isWorkingDay(from, calendar)));
        const count = valueOf(workingDaysBetween(from, to, calendar));
        expect(valueOf(addWorkingDays(from, count, calendar))).toBe(to);
      }),
    );
  });

  it('are counted the same in both directions, with the sign turned', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyCalendar, (a, b, calendar) => {
        expect(valueOf(workingDaysBetween(a, b, calendar))).toBe(
          -valueOf(workingDaysBetween(b, a, calendar)) || 0,
        );
      }),
    );
  });
});
