import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput, invalidInput } from '../shared/errors';
import { BankHoliday, BANK_HOLIDAY_RULES_FROM, namedBankHolidays, UkNation } from './bankHolidays';
import { CalendarDate } from './calendarDate';

/**
 * The bank holidays a decision was taken on: the built-in rules, with any holidays a council has
 * supplied (GOV.UK's `bank-holidays.json`) laid over them. Bank holidays change by proclamation, so
 * a calendar knows which years it can answer for; a standstill reaching beyond them is refused.
 */
export interface HolidayCalendar {
  /** Where the holidays came from, e.g. `built-in` or `built-in + GOV.UK bank-holidays.json`. */
  readonly source: string;
  /** Which edition: the date of the latest proclamation or file included. */
  readonly version: string;
  /** The first and last years whose holidays are known (inclusive). */
  readonly firstYear: number;
  readonly lastYear: number;
  /** Supplied holidays by nation and year: for a year present here, the list replaces the rules. */
  readonly supplied: ReadonlyMap<UkNation, ReadonlyMap<number, readonly BankHoliday[]>>;
}

/** What an event records so an auditor can see which holidays decided a date. */
export interface CalendarReference {
  readonly source: string;
  readonly version: string;
}

/**
 * The rules in `bankHolidays.ts` hold from 1995 (earlier years had other holidays: the early May
 * holiday began in 1978) and are known up to the end of 2027, the last year GOV.UK publishes; the
 * latest proclamation included is the Scottish holiday of 15 June 2026, proclaimed on 5 February 2026.
 */
export const BUILT_IN_HOLIDAYS: HolidayCalendar = {
  source: 'built-in',
  version: '2026-02-05',
  firstYear: BANK_HOLIDAY_RULES_FROM,
  lastYear: 2027,
  supplied: new Map(),
};

export const calendarReference = (calendar: HolidayCalendar): CalendarReference => ({
  source: calendar.source,
  version: calendar.version,
});

/** The holidays of a year in one jurisdiction under this calendar: supplied ones where given, else the rules. */
export const holidaysIn = (
  calendar: HolidayCalendar,
  year: number,
  nation: UkNation,
): readonly BankHoliday[] => calendar.supplied.get(nation)?.get(year) ?? namedBankHolidays(year, nation);

/** True when the calendar knows every year from the first date's to the second's. */
export const coversYears = (calendar: HolidayCalendar, from: CalendarDate, to: CalendarDate): boolean =>
  Number(from.slice(0, 4)) >= calendar.firstYear && Number(to.slice(0, 4)) <= calendar.lastYear;

/**
 * Refuses a date whose year the calendar does not know, naming the calendar and what to supply:
 * a guessed holiday could end a standstill a day early and make the contract ineffective.
 */
export const requireKnownYears = (
  calendar: HolidayCalendar,
  from: CalendarDate,
  to: CalendarDate,
  path: readonly string[],
): Either<InvalidInput, void> => {
  if (coversYears(calendar, from, to)) return right(undefined);
  const year = Number(from.slice(0, 4)) < calendar.firstYear ? from.slice(0, 4) : to.slice(0, 4);
  return left(
    invalidInput(
      `the bank holidays of ${year} are not known to the calendar in use (${calendar.source}, version ` +
        `${calendar.version}, covering ${calendar.firstYear} to ${calendar.lastYear}); the period from ` +
        `${from} to ${to} cannot be worked out without them: supply GOV.UK's bank-holidays.json covering ${year}`,
      path,
    ),
  );
};

/**
 * The same calendar with the rules taken as known up to `lastYear`, its source saying so: for a
 * simulation of future years, never for a real decision.
 */
export const projectedByRule = (calendar: HolidayCalendar, lastYear: number): HolidayCalendar => ({
  ...calendar,
  source: `${calendar.source}, projected by rule to ${lastYear}`,
  lastYear: Math.max(calendar.lastYear, lastYear),
});
