import { Either } from 'fp-ts/Either';
import { addCalendarDays, addMonths as addCalendarMonths, addYears as addCalendarYears } from '../calendar';
import { BusinessDate, LATEST_DATE } from '../calendar/businessDate';

export {
  type BusinessDate,
  BusinessDateCodec,
  EARLIEST_DATE,
  LATEST_DATE,
  isBusinessDate,
} from '../calendar/businessDate';

// Within the business-date bounds (1900-2199) the calendar cannot refuse; the fallback keeps the function total.
const sure = (result: Either<unknown, string>): BusinessDate =>
  result._tag === 'Right' ? result.right : LATEST_DATE;

export const addDays = (date: BusinessDate, days: number): BusinessDate => sure(addCalendarDays(date, days));

/** Calendar months, held to the end of a shorter month (31 Jan + 1 month = 28/29 Feb). */
export const addMonths = (date: BusinessDate, months: number): BusinessDate =>
  sure(addCalendarMonths(date, months));

export const addYears = (date: BusinessDate, years: number): BusinessDate =>
  sure(addCalendarYears(date, years));

/** The last day of a term of `months` starting on `start`: 12 months from 1 Dec 2018 end on 30 Nov 2019. */
export const termEndDate = (start: BusinessDate, months: number): BusinessDate =>
  addDays(addMonths(start, months), -1);

/** The last day after extending a term that ends on `endsOn` by `months` (months counted from the next day). */
export const extendEndDate = (endsOn: BusinessDate, months: number): BusinessDate =>
  addDays(addMonths(addDays(endsOn, 1), months), -1);

/** ISO dates order as text. */
export const earliest = (a: BusinessDate, b: BusinessDate): BusinessDate => (a < b ? a : b);
