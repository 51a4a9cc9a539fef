import { DateTime } from 'luxon';
import { CalendarDate } from './calendarDate';

/**
 * Whole-day arithmetic for loops over many days (working-day counts): a date as the number of days
 * since 1970-01-01. Days are whole calendar days, so the clock changes of the London zone cannot
 * shift them: London midnight is at most an hour from UTC midnight and the count is rounded.
 */
const MS_PER_DAY = 86_400_000;

// `+ 0` turns the -0 of London midnight in 1970 (British Standard Time, an hour ahead) into 0.
export const dayNumberOf = (dateTime: DateTime): number => Math.round(dateTime.toMillis() / MS_PER_DAY) + 0;

const utcDay = (day: number): DateTime => DateTime.fromMillis(day * MS_PER_DAY, { zone: 'utc' });

export const dateOfDayNumber = (day: number): CalendarDate => utcDay(day).toISODate() ?? '';

export const yearOfDayNumber = (day: number): number => utcDay(day).year;

/** 1 for Monday to 7 for Sunday, as luxon numbers them; day 0 (1 January 1970) was a Thursday. */
export const weekdayOfDayNumber = (day: number): number => ((((day + 3) % 7) + 7) % 7) + 1;

export const isWeekdayNumber = (day: number): boolean => weekdayOfDayNumber(day) <= 5;

/** The first and last days a 'YYYY-MM-DD' date can name: 0001-01-01 and 9999-12-31. */
export const FIRST_DAY_NUMBER = -719_162;
export const LAST_DAY_NUMBER = 2_932_896;
