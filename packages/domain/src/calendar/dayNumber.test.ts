import { DateTime } from 'luxon';
import { BUSINESS_ZONE } from './calendarDate';
import {
  dateOfDayNumber,
  dayNumberOf,
  FIRST_DAY_NUMBER,
  LAST_DAY_NUMBER,
  weekdayOfDayNumber,
} from './dayNumber';

const london = (date: string): DateTime => DateTime.fromISO(date, { zone: BUSINESS_ZONE });

describe('whole-day numbers', () => {
  it('count days from 1 January 1970, in summer time as in winter', () => {
    expect(dayNumberOf(london('1970-01-01'))).toBe(0);
    expect(dayNumberOf(london('2025-03-30'))).toBe(dayNumberOf(london('2025-03-29')) + 1);
    expect(dayNumberOf(london('2025-03-31'))).toBe(dayNumberOf(london('2025-03-30')) + 1);
    expect(dayNumberOf(london('2025-10-27'))).toBe(dayNumberOf(london('2025-10-26')) + 1);
    expect(dayNumberOf(london('0001-01-01'))).toBe(FIRST_DAY_NUMBER);
    expect(dayNumberOf(london('9999-12-31'))).toBe(LAST_DAY_NUMBER);
  });

  it('turn back into the same date, with the same weekday as luxon gives (every fifth day, so every weekday)', () => {
    for (let day = dayNumberOf(london('1995-01-01')); day <= dayNumberOf(london('2060-12-31')); day += 5) {
      const date = dateOfDayNumber(day);
      const dateTime = london(date);
      expect(dayNumberOf(dateTime)).toBe(day);
      expect(weekdayOfDayNumber(day)).toBe(dateTime.weekday);
    }
  });
});
