import { Either } from 'fp-ts/Either';
import { addCalendarDays, addMonths, addYears } from '@council-partnerships/domain';

/**
 * Date arithmetic on recorded business dates, by the domain's calendar. Every date a read model
 * holds was a business date (1900-2199) when its event was accepted, so the calendar cannot refuse
 * these; the fallback keeps the functions total.
 */
const sure = (result: Either<unknown, string>, fallback: string): string =>
  result._tag === 'Right' ? result.right : fallback;

export const plusDays = (date: string, days: number): string => sure(addCalendarDays(date, days), date);

/** Calendar months, held to the end of a shorter month (31 Jan + 1 month = 28/29 Feb). */
export const plusMonths = (date: string, months: number): string => sure(addMonths(date, months), date);

export const plusYears = (date: string, years: number): string => sure(addYears(date, years), date);

/** The last day of a term of `months` starting on `startsOn`: 12 months from 1 Dec 2018 end on 30 Nov 2019. */
export const lastDayOfTerm = (startsOn: string, months: number): string =>
  plusDays(plusMonths(startsOn, months), -1);
