import { addCalendarDays, addMonths } from '@council-partnerships/domain';

// The calendar refuses only dates outside its range; every date here is a real business date.
const sure = (result: { _tag: 'Left' } | { _tag: 'Right'; right: string }, what: string): string => {
  if (result._tag === 'Left') throw new Error(`date arithmetic failed: ${what}`);
  return result.right;
};

export const plusDays = (date: string, days: number): string =>
  sure(addCalendarDays(date, days), `${date} + ${days} days`);
export const plusMonths = (date: string, months: number): string =>
  sure(addMonths(date, months), `${date} + ${months} months`);

export interface Period {
  readonly index: number;
  readonly start: string;
  readonly end: string;
}

/** `count` consecutive periods of `months` calendar months from `start` (London business dates). */
export const periods = (start: string, months: number, count: number): Period[] =>
  Array.from({ length: count }, (_, index) => ({
    index,
    start: plusMonths(start, index * months),
    end: plusDays(plusMonths(start, (index + 1) * months), -1),
  }));
