import { DateTime } from 'luxon';
import { BUSINESS_ZONE, CalendarDate, toCalendarDate, toDateTime } from './calendarDate';
import { easterSunday } from './easter';

/** The three bank-holiday jurisdictions of the UK. */
export type UkNation = 'england-and-wales' | 'scotland' | 'northern-ireland';

export const UK_NATIONS: readonly UkNation[] = ['england-and-wales', 'scotland', 'northern-ireland'];

export interface BankHoliday {
  readonly date: CalendarDate;
  readonly name: string;
}

/** The rules below follow the holidays as they have stood since 1995; earlier years get today's rules. */
export const BANK_HOLIDAY_RULES_FROM = 1995;

const FIRST_YEAR = 1583; // the first full Gregorian year: the computus holds from here
const LAST_YEAR = 9999; // the last year a 'YYYY-MM-DD' date can name

const EVERY_NATION = ['england-and-wales', 'scotland', 'northern-ireland'] as const;

/**
 * Holidays proclaimed once under the Banking and Financial Dealings Act 1971 s.1(3), in the parts of
 * the UK the proclamation covered.
 */
const ONE_OFF: readonly (BankHoliday & { readonly nations: readonly UkNation[] })[] = [
  { date: '1999-12-31', name: 'Millennium Eve', nations: EVERY_NATION },
  { date: '2011-04-29', name: 'Royal wedding', nations: EVERY_NATION },
  {
    date: '2022-09-19',
    name: 'Bank Holiday for the State Funeral of Queen Elizabeth II',
    nations: EVERY_NATION,
  },
  { date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III', nations: EVERY_NATION },
  // Proclaimed on 5 February 2026 for Scotland only.
  { date: '2026-06-15', name: 'Bank holiday (FIFA World Cup)', nations: ['scotland'] },
];

/** Years the early May bank holiday moved to VE Day (8 May). */
const EARLY_MAY_MOVED: Readonly<Record<number, string>> = { 1995: '05-08', 2020: '05-08' };

/** Years the spring bank holiday moved for a royal jubilee, with the extra jubilee day. */
const SPRING_MOVED: Readonly<Record<number, { spring: string; jubilee: string; name: string }>> = {
  2002: { spring: '06-04', jubilee: '06-03', name: 'Golden Jubilee bank holiday' },
  2012: { spring: '06-04', jubilee: '06-05', name: 'Queen’s Diamond Jubilee' },
  2022: { spring: '06-02', jubilee: '06-03', name: 'Platinum Jubilee bank holiday' },
};

/** St Andrew's Day became a Scottish bank holiday under the 2007 Act. */
const ST_ANDREWS_FROM = 2007;

const day = (year: number, month: number, dayOfMonth: number): DateTime =>
  DateTime.fromObject({ year, month, day: dayOfMonth }, { zone: BUSINESS_ZONE });

const isWeekend = (date: DateTime): boolean => date.weekday >= 6;

const firstMonday = (year: number, month: number): DateTime => {
  const first = day(year, month, 1);
  return first.plus({ days: (8 - first.weekday) % 7 });
};

const lastMonday = (year: number, month: number): DateTime => {
  const last = day(year, month, 1).endOf('month').startOf('day');
  return last.minus({ days: (last.weekday + 6) % 7 });
};

/** A holiday fixed to a date of the year, which moves to a weekday when that date is at a weekend. */
interface FixedDate {
  readonly month: number;
  readonly day: number;
  readonly name: string;
}

const fixedDates = (year: number, nation: UkNation): FixedDate[] => {
  const dates: FixedDate[] = [{ month: 1, day: 1, name: 'New Year’s Day' }];
  if (nation === 'scotland') dates.push({ month: 1, day: 2, name: '2nd January' });
  if (nation === 'northern-ireland') {
    dates.push({ month: 3, day: 17, name: 'St Patrick’s Day' });
    dates.push({ month: 7, day: 12, name: 'Battle of the Boyne (Orangemen’s Day)' });
  }
  if (nation === 'scotland' && year >= ST_ANDREWS_FROM)
    dates.push({ month: 11, day: 30, name: 'St Andrew’s Day' });
  dates.push({ month: 12, day: 25, name: 'Christmas Day' });
  dates.push({ month: 12, day: 26, name: 'Boxing Day' });
  return dates;
};

/** Holidays that always fall on a weekday: Easter, the Monday holidays and the one-offs. */
const weekdayHolidays = (year: number, nation: UkNation): BankHoliday[] => {
  const [easterMonth, easterDay] = easterSunday(year);
  const easter = day(year, easterMonth, easterDay);
  const holidays: BankHoliday[] = [{ date: toCalendarDate(easter.minus({ days: 2 })), name: 'Good Friday' }];
  if (nation !== 'scotland') {
    holidays.push({ date: toCalendarDate(easter.plus({ days: 1 })), name: 'Easter Monday' });
  }
  const earlyMay = EARLY_MAY_MOVED[year];
  holidays.push(
    earlyMay === undefined
      ? { date: toCalendarDate(firstMonday(year, 5)), name: 'Early May bank holiday' }
      : { date: `${year}-${earlyMay}`, name: 'Early May bank holiday (VE day)' },
  );
  const jubilee = SPRING_MOVED[year];
  if (jubilee === undefined) {
    holidays.push({ date: toCalendarDate(lastMonday(year, 5)), name: 'Spring bank holiday' });
  } else {
    holidays.push({ date: `${year}-${jubilee.spring}`, name: 'Spring bank holiday' });
    holidays.push({ date: `${year}-${jubilee.jubilee}`, name: jubilee.name });
  }
  holidays.push(
    nation === 'scotland'
      ? { date: toCalendarDate(firstMonday(year, 8)), name: 'Summer bank holiday' }
      : { date: toCalendarDate(lastMonday(year, 8)), name: 'Summer bank holiday' },
  );
  for (const holiday of ONE_OFF) {
    if (holiday.date.startsWith(`${year}-`) && holiday.nations.includes(nation)) {
      holidays.push({ date: holiday.date, name: holiday.name });
    }
  }
  return holidays;
};

const compute = (year: number, nation: UkNation): readonly BankHoliday[] => {
  const holidays = weekdayHolidays(year, nation);
  const taken = new Set(holidays.map((holiday) => holiday.date));
  const weekend: FixedDate[] = [];
  for (const fixed of fixedDates(year, nation)) {
    const date = day(year, fixed.month, fixed.day);
    if (isWeekend(date)) {
      weekend.push(fixed);
    } else {
      holidays.push({ date: toCalendarDate(date), name: fixed.name });
      taken.add(toCalendarDate(date));
    }
  }
  // A holiday at a weekend moves to the next weekday not already a holiday: so when Christmas is a
  // Sunday and Boxing Day a Monday, Christmas is observed on the Tuesday.
  for (const fixed of weekend) {
    let substitute = day(year, fixed.month, fixed.day);
    while (isWeekend(substitute) || taken.has(toCalendarDate(substitute))) {
      substitute = substitute.plus({ days: 1 });
    }
    holidays.push({ date: toCalendarDate(substitute), name: `${fixed.name} (substitute day)` });
    taken.add(toCalendarDate(substitute));
  }
  return holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
};

// The calendar for a year never changes, so it is worked out once per year and nation.
const cache = new Map<string, readonly BankHoliday[]>();

/**
 * The bank holidays of a year in one UK jurisdiction, with their names, in date order. Rule based:
 * fixed-date holidays move to the next free weekday when they fall at a weekend; Easter is computed;
 * the VE Day and jubilee moves and the one-off holidays since 1995 are included. Years outside
 * 1583-9999 or not whole numbers have none.
 */
export const namedBankHolidays = (year: number, nation: UkNation): readonly BankHoliday[] => {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR || !UK_NATIONS.includes(nation)) {
    return [];
  }
  const key = `${year}:${nation}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const holidays = Object.freeze(compute(year, nation));
  cache.set(key, holidays);
  return holidays;
};

/** The bank holiday dates of a year in one UK jurisdiction, 'YYYY-MM-DD', in date order. */
export const bankHolidays = (year: number, nation: UkNation): string[] =>
  namedBankHolidays(year, nation).map((holiday) => holiday.date);

const yearOf = (date: string): number => Number(date.slice(0, 4));

/** True when the date is a bank holiday in the given jurisdiction; false for anything not a real date. */
export const isBankHolidayIn = (date: string, nation: UkNation): boolean =>
  toDateTime(date) !== undefined && namedBankHolidays(yearOf(date), nation).some((h) => h.date === date);

/**
 * True when the date is a bank holiday in any part of the UK (England and Wales, Scotland or Northern
 * Ireland): the Procurement Act 2023 reading, under which such a day is not a working day anywhere.
 */
export const isUkBankHolidayAnywhere = (date: string): boolean =>
  UK_NATIONS.some((nation) => isBankHolidayIn(date, nation));
