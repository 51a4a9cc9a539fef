import { right } from 'fp-ts/Either';
import { isBankHolidayIn } from './bankHolidays';
import { mergeGovUkBankHolidays, mergeGovUkBankHolidaysText } from './govUkBankHolidays';
import { BUILT_IN_HOLIDAYS, holidaysIn } from './holidayCalendar';
import { standstillPeriod } from './standstill';
import { isWorkingDay } from './workingDays';
import { valueOf } from './testing/dates';

const event = (date: string, title: string) => ({ title, date, notes: '', bunting: true });

/**
 * 2028 as GOV.UK would publish it (https://www.gov.uk/bank-holidays.json, same shape): England and
 * Wales and Northern Ireland have Easter Monday 17 April, Scotland does not; Scotland keeps 2 January
 * and St Andrew's Day (Thursday 30 November).
 */
const file2028 = {
  'england-and-wales': {
    division: 'england-and-wales',
    events: [
      event('2028-01-03', 'New Year’s Day'),
      event('2028-04-14', 'Good Friday'),
      event('2028-04-17', 'Easter Monday'),
      event('2028-05-01', 'Early May bank holiday'),
      event('2028-05-29', 'Spring bank holiday'),
      event('2028-08-28', 'Summer bank holiday'),
      event('2028-12-25', 'Christmas Day'),
      event('2028-12-26', 'Boxing Day'),
    ],
  },
  scotland: {
    division: 'scotland',
    events: [
      event('2028-01-03', 'New Year’s Day'),
      event('2028-01-04', '2nd January'),
      event('2028-04-14', 'Good Friday'),
      event('2028-05-01', 'Early May bank holiday'),
      event('2028-05-29', 'Spring bank holiday'),
      event('2028-08-07', 'Summer bank holiday'),
      event('2028-11-30', 'St Andrew’s Day'),
      event('2028-12-25', 'Christmas Day'),
      event('2028-12-26', 'Boxing Day'),
    ],
  },
  'northern-ireland': {
    division: 'northern-ireland',
    events: [
      event('2028-01-03', 'New Year’s Day'),
      event('2028-03-17', 'St Patrick’s Day'),
      event('2028-04-14', 'Good Friday'),
      event('2028-04-17', 'Easter Monday'),
      event('2028-05-01', 'Early May bank holiday'),
      event('2028-05-29', 'Spring bank holiday'),
      event('2028-07-12', 'Battle of the Boyne (Orangemen’s Day)'),
      event('2028-08-28', 'Summer bank holiday'),
      event('2028-12-25', 'Christmas Day'),
      event('2028-12-26', 'Boxing Day'),
    ],
  },
};

describe('holidays supplied as GOV.UK bank-holidays.json', () => {
  it('extend the years the calendar knows, so a standstill into 2028 is worked out and records the file that decided it', () => {
    expect(standstillPeriod({ regime: 'PA2023', noticeDate: '2027-12-22', lightTouch: false })._tag).toBe(
      'Left',
    );
    const calendar = valueOf(mergeGovUkBankHolidays(BUILT_IN_HOLIDAYS, file2028, { version: '2027-11-01' }));
    expect(calendar.lastYear).toBe(2028);
    const period = valueOf(
      standstillPeriod({ regime: 'PA2023', noticeDate: '2027-12-22', lightTouch: false }, calendar),
    );
    // 22, 23, 24, 29, 30, 31 December 2027 (27 and 28 are the Christmas and Boxing Day substitutes), then
    // 3 and 4 January 2028 are holidays (4 January in Scotland): the 7th and 8th days are 5 and 6 January.
    expect(period.lastDay).toBe('2028-01-06');
    expect(period.calendar).toEqual({
      source: 'built-in + GOV.UK bank-holidays.json',
      version: '2027-11-01',
    });
  });

  it('replace the rules for the years they list, so a newly proclaimed holiday counts', () => {
    const proclaimed = {
      scotland: {
        division: 'scotland',
        events: [
          ...holidaysIn(BUILT_IN_HOLIDAYS, 2027, 'scotland').map((h) => event(h.date, h.name)),
          event('2027-06-14', 'Special bank holiday'),
        ],
      },
    };
    const calendar = valueOf(
      mergeGovUkBankHolidays(BUILT_IN_HOLIDAYS, proclaimed, {
        version: '2027-02-01',
        source: 'council list',
      }),
    );
    expect(isWorkingDay('2027-06-14', 'anywhere-in-uk', calendar)).toEqual(right(false));
    expect(isWorkingDay('2027-06-14')).toEqual(right(true));
    expect(isWorkingDay('2027-06-14', 'england-and-wales', calendar)).toEqual(right(true));
    // One nation's list does not make a new year known for the others.
    expect(calendar.lastYear).toBe(BUILT_IN_HOLIDAYS.lastYear);
    expect(calendar.source).toBe('built-in + council list');
  });

  it('agree with the built-in 15 June 2026 Scottish holiday', () => {
    expect(isBankHolidayIn('2026-06-15', 'scotland')).toBe(true);
    expect(isBankHolidayIn('2026-06-15', 'england-and-wales')).toBe(false);
  });

  describe('a malformed file is refused, naming what and where, and nothing is merged', () => {
    const refused = (data: unknown) => {
      const result = mergeGovUkBankHolidays(BUILT_IN_HOLIDAYS, data, {
        version: 'v1',
        path: ['bank-holidays.json'],
      });
      if (result._tag === 'Right') throw new Error('expected a refusal');
      return result.left;
    };

    it('an unknown division', () => {
      expect(refused({ wales: { division: 'wales', events: [] } })).toMatchObject({
        code: 'InvalidInput',
        path: ['bank-holidays.json', 'wales'],
      });
    });

    it('a date that is not a real date', () => {
      const bad = { scotland: { division: 'scotland', events: [event('2028-02-30', 'Leap')] } };
      expect(refused(bad).path).toEqual(['bank-holidays.json', 'scotland', 'events', '0', 'date']);
    });

    it('an event without its fields, a mislabelled division, a date listed twice, and no division at all', () => {
      expect(refused({ scotland: { division: 'scotland', events: [{ date: '2028-01-03' }] } }).path).toEqual([
        'bank-holidays.json',
        'scotland',
        'events',
        '0',
        'title',
      ]);
      expect(refused({ scotland: { division: 'england-and-wales', events: [] } }).path).toEqual([
        'bank-holidays.json',
        'scotland',
        'division',
      ]);
      const twice = {
        scotland: { division: 'scotland', events: [event('2028-01-03', 'a'), event('2028-01-03', 'b')] },
      };
      expect(refused(twice).path).toEqual(['bank-holidays.json', 'scotland', 'events', '1', 'date']);
      expect(refused({}).code).toBe('InvalidInput');
      expect(refused([]).code).toBe('InvalidInput');
    });

    it('text that is not JSON, and a file without a version', () => {
      expect(mergeGovUkBankHolidaysText(BUILT_IN_HOLIDAYS, '{"scotland":', { version: 'v1' })).toMatchObject({
        _tag: 'Left',
        left: { code: 'InvalidInput', path: ['holidays'] },
      });
      expect(mergeGovUkBankHolidays(BUILT_IN_HOLIDAYS, file2028, { version: ' ' })).toMatchObject({
        _tag: 'Left',
        left: { path: ['holidays', 'version'] },
      });
    });
  });
});
