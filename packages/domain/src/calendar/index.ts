export { BUSINESS_ZONE, type CalendarDate, CalendarDateCodec, isCalendarDate } from './calendarDate';
export * from './bankHolidays';
export * from './arithmetic';
export { type WorkingDayCalendar, isWorkingDay, addWorkingDays, workingDaysBetween } from './workingDays';
export * from './standstill';
export * from './financialYear';
export * from './contractYear';
