import * as t from 'io-ts';
import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput, invalidInput } from '../shared/errors';
import { decodeWith } from '../shared/validation';
import { BankHoliday, UK_NATIONS, UkNation } from './bankHolidays';
import { CalendarDateCodec } from './calendarDate';
import { HolidayCalendar } from './holidayCalendar';

/** One holiday as GOV.UK publishes it at https://www.gov.uk/bank-holidays.json. */
const GovUkEventCodec = t.type({
  title: t.string,
  date: CalendarDateCodec,
  notes: t.string,
  bunting: t.boolean,
});

const GovUkDivisionCodec = t.type({ division: t.string, events: t.array(GovUkEventCodec) });

export type GovUkDivision = t.TypeOf<typeof GovUkDivisionCodec>;

export interface SuppliedHolidays {
  /** Where the file came from, as the standstill event will record it. */
  readonly source?: string;
  /** Which edition: the day it was downloaded or published (recorded with every standstill it decides). */
  readonly version: string;
  /** Where the data was read from, for refusals (a file name, a field of a request). */
  readonly path?: readonly string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isNation = (key: string): key is UkNation => (UK_NATIONS as readonly string[]).includes(key);

/** Reads the file's divisions, refusing unknown divisions, a mislabelled one and a date listed twice. */
const readDivisions = (
  data: unknown,
  path: readonly string[],
): Either<InvalidInput, Map<UkNation, Map<number, BankHoliday[]>>> => {
  if (!isRecord(data)) {
    return left(
      invalidInput(
        `bank holidays must be an object keyed by ${UK_NATIONS.join(', ')} as GOV.UK publishes them`,
        path,
      ),
    );
  }
  const divisions = new Map<UkNation, Map<number, BankHoliday[]>>();
  for (const key of Object.keys(data)) {
    if (!isNation(key)) {
      return left(
        invalidInput(`unknown division ${JSON.stringify(key)}: expected one of ${UK_NATIONS.join(', ')}`, [
          ...path,
          key,
        ]),
      );
    }
    const division = decodeWith(GovUkDivisionCodec, `bank holidays of ${key}`, [...path, key])(data[key]);
    if (division._tag === 'Left') return division;
    if (division.right.division !== key) {
      return left(
        invalidInput(`the ${key} entry names division ${JSON.stringify(division.right.division)}`, [
          ...path,
          key,
          'division',
        ]),
      );
    }
    const byYear = new Map<number, BankHoliday[]>();
    const seen = new Set<string>();
    for (const [i, event] of division.right.events.entries()) {
      if (seen.has(event.date)) {
        return left(
          invalidInput(`${event.date} is listed twice for ${key}`, [
            ...path,
            key,
            'events',
            String(i),
            'date',
          ]),
        );
      }
      seen.add(event.date);
      const year = Number(event.date.slice(0, 4));
      const list = byYear.get(year) ?? [];
      list.push({ date: event.date, name: event.title });
      byYear.set(year, list);
    }
    for (const list of byYear.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    divisions.set(key, byYear);
  }
  if (divisions.size === 0) return left(invalidInput('the bank holidays list no division', path));
  return right(divisions);
};

/**
 * Lays holidays published in GOV.UK's `bank-holidays.json` format over a calendar. For every nation
 * and year the file lists, its holidays replace the calendar's (so a moved holiday moves); the
 * calendar's known years grow to the last year the file gives for all three parts of the UK.
 * A malformed file is refused, naming the division, event and field, and nothing is merged.
 */
export const mergeGovUkBankHolidays = (
  calendar: HolidayCalendar,
  data: unknown,
  supplied: SuppliedHolidays,
): Either<InvalidInput, HolidayCalendar> => {
  const path = supplied.path ?? ['holidays'];
  if (typeof supplied.version !== 'string' || supplied.version.trim() === '') {
    return left(
      invalidInput('say which edition of the bank holidays this is (version)', [...path, 'version']),
    );
  }
  const divisions = readDivisions(data, path);
  if (divisions._tag === 'Left') return divisions;
  const merged = new Map<UkNation, ReadonlyMap<number, readonly BankHoliday[]>>();
  for (const nation of UK_NATIONS) {
    const years = new Map(calendar.supplied.get(nation) ?? []);
    for (const [year, list] of divisions.right.get(nation) ?? []) years.set(year, list);
    merged.set(nation, years);
  }
  let lastYear = calendar.lastYear;
  while (UK_NATIONS.every((nation) => merged.get(nation)?.has(lastYear + 1) === true)) lastYear += 1;
  return right({
    source: `${calendar.source} + ${supplied.source ?? 'GOV.UK bank-holidays.json'}`,
    version: supplied.version,
    firstYear: calendar.firstYear,
    lastYear,
    supplied: merged,
  });
};

/** The same, from the file's text: text that is not JSON is refused rather than thrown. */
export const mergeGovUkBankHolidaysText = (
  calendar: HolidayCalendar,
  text: string,
  supplied: SuppliedHolidays,
): Either<InvalidInput, HolidayCalendar> => {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return left(
      invalidInput(
        `the bank holidays are not JSON: ${error instanceof Error ? error.message : String(error)}`,
        supplied.path ?? ['holidays'],
      ),
    );
  }
  return mergeGovUkBankHolidays(calendar, data, supplied);
};
