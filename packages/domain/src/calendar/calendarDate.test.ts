import { isRight } from 'fp-ts/Either';
import { CalendarDateCodec, isCalendarDate, toDateTime } from './calendarDate';

describe('business dates', () => {
  it.each(['2019-05-27', '2024-02-29', '2000-02-29', '1995-01-01', '2060-12-31', '0001-01-01', '9999-12-31'])(
    'accepts the real date %s',
    (date) => {
      expect(isCalendarDate(date)).toBe(true);
      expect(isRight(CalendarDateCodec.decode(date))).toBe(true);
    },
  );

  it.each([
    '2023-02-29',
    '0000-01-01',
    '1900-02-29',
    '2019-13-01',
    '2019-04-31',
    '2019-5-27',
    '27/05/2019',
    '2019-05-27T00:00:00Z',
    ' 2019-05-27',
    '2019-05-27 ',
    '2019-0a-27',
    '2O19-05-27',
    '-019-05-27',
    '2019_05_27',
    '2019-05-2\u0663',
    '',
    20190527,
    null,
  ])('refuses %p', (value) => {
    expect(isCalendarDate(value)).toBe(false);
    expect(isRight(CalendarDateCodec.decode(value))).toBe(false);
  });
});

describe('the arithmetic date check agrees with luxon', () => {
  it('for every day-of-month 0..32 of every month in years around leap rules', () => {
    for (const year of ['0001', '1900', '1999', '2000', '2023', '2024', '2100', '9999']) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(isCalendarDate(text)).toBe(toDateTime(text) !== undefined);
        }
      }
    }
  });
});
