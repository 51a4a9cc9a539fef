import fc from 'fast-check';
import { isLeft } from 'fp-ts/Either';
import { addCalendarDays } from './arithmetic';
import { UK_NATIONS } from './bankHolidays';
import { BUILT_IN_HOLIDAYS, projectedByRule } from './holidayCalendar';
import {
  addWorkingDays,
  isWorkingDay as workingDayOn,
  WorkingDayCalendar,
  workingDaysBetween,
} from './workingDays';
import { anyDateFrom, refusalOf, valueOf } from './testing/dates';

// The properties range over decades the built-in calendar does not know: they hold for the rules.

const PROJECTED = projectedByRule(BUILT_IN_HOLIDAYS, 2060);
const isWorkingDay = (date: string, calendar: WorkingDayCalendar = 'anywhere-in-uk'): boolean =>
  valueOf(workingDayOn(date, calendar, PROJECTED));

// From 1997 to 2058, so that a few hundred working days either way stays within 1995 to 2060.
const anyDate = anyDateFrom('1997-01-01', 22_500);
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
    expect(isLeft(workingDayOn('2025-02-30'))).toBe(true);
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
    expect(isLeft(addWorkingDays('9999-12-30', 5, 'anywhere-in-uk', PROJECTED))).toBe(true);
    expect(isLeft(workingDaysBetween('2025-02-03', '03/02/2025'))).toBe(true);
  });

  it('land on a working day whenever at least one is added', () => {
    fc.assert(
      fc.property(anyDate, anyCount, anyCalendar, (date, n, calendar) => {
        fc.pre(n !== 0);
        expect(isWorkingDay(valueOf(addWorkingDays(date, n, calendar, PROJECTED)), calendar)).toBe(true);
      }),
    );
  });

  it('agree with stepping one day at a time', () => {
    fc.assert(
      fc.property(anyDate, smallCount, anyCalendar, (date, n, calendar) => {
        expect(valueOf(addWorkingDays(date, n, calendar, PROJECTED))).toBe(stepByStep(date, n, calendar));
      }),
    );
  });

  it('are counted back by workingDaysBetween: forwards from any day, backwards from a working day', () => {
    fc.assert(
      fc.property(anyDate, anyCount, anyCalendar, (date, n, calendar) => {
        fc.pre(n >= 0 || isWorkingDay(date, calendar));
        expect(
          valueOf(
            workingDaysBetween(
              date,
              valueOf(addWorkingDays(date, n, calendar, PROJECTED)),
              calendar,
              PROJECTED,
            ),
          ),
        ).toBe(n);
      }),
    );
  });

  it('reach a working day by adding the count to it, from any day before it or any working day after it', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyCalendar, (from, to, calendar) => {
        fc.pre(isWorkingDay(to, calendar) && (from <= to || isWorkingDay(from, calendar)));
        const count = valueOf(workingDaysBetween(from, to, calendar, PROJECTED));
        expect(valueOf(addWorkingDays(from, count, calendar, PROJECTED))).toBe(to);
      }),
    );
  });

  it('are counted the same in both directions, with the sign turned', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyCalendar, (a, b, calendar) => {
        expect(valueOf(workingDaysBetween(a, b, calendar, PROJECTED))).toBe(
          -valueOf(workingDaysBetween(b, a, calendar, PROJECTED)) || 0,
        );
      }),
    );
  });

  // The case: the rules of 1995 onwards give 1975 a May holiday that began only in 1978
  // (Banking and Financial Dealings Act 1971, Schedule 1, as the early May holiday was added by
  // proclamation from 1978). A year the calendar does not know is refused, naming the year and the
  // calendar, and so is a count that runs into one.
  it('refuse a day, a count or a span reaching a year the holiday calendar does not know', () => {
    const in1975 = workingDayOn('1975-05-05');
    expect(in1975).toMatchObject({ left: { code: 'InvalidInput', path: ['date'] } });
    expect(refusalOf(in1975)).toMatch(
      /bank holidays of 1975 are not known to the calendar in use \(built-in, version 2026-02-05, covering 1995 to 2027\)/,
    );
    expect(refusalOf(addWorkingDays('2027-12-30', 5))).toContain('bank holidays of 2028 are not known');
    expect(refusalOf(addWorkingDays('1995-01-03', -5))).toContain('bank holidays of 1994 are not known');
    const into2028 = workingDaysBetween('2026-06-01', '2028-01-10');
    expect(into2028).toMatchObject({ left: { path: ['to'] } });
    expect(refusalOf(into2028)).toContain('2028');
    expect(valueOf(addWorkingDays('2027-12-30', 5, 'anywhere-in-uk', PROJECTED))).toBe('2028-01-10'); // 3 and 4 January 2028 are the New Year substitutes
  });
});
