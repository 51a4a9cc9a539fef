// Calendar arithmetic on business dates belongs to the seeds' telling; the simulator uses it too.
export { daysInMonth, periods, plusDays, plusMonths, weekday } from '@council-partnerships/seeds';
export type { Period } from '@council-partnerships/seeds';
