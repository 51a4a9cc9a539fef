import fc from 'fast-check';
import { addCalendarDays, daysBetween } from './arithmetic';
import { BUILT_IN_HOLIDAYS, projectedByRule } from './holidayCalendar';
import { standstillPeriod, StandstillInput, StandstillPeriod } from './standstill';
import { isWorkingDay as workingDayOn, workingDaysBetween } from './workingDays';
import { anyDateFrom, valueOf } from './testing/dates';

// The properties range to 2059: the rules are taken as known that far, and the period says so.
const PROJECTED = projectedByRule(BUILT_IN_HOLIDAYS, 2060);
const isWorkingDay = (
  date: string,
  calendar: 'england-and-wales' | 'anywhere-in-uk' = 'anywhere-in-uk',
): boolean => valueOf(workingDayOn(date, calendar, PROJECTED));
const standstill = (input: StandstillInput): StandstillPeriod => valueOf(standstillPeriod(input, PROJECTED));
const pcr = (noticeDate: string, lightTouch = false) =>
  standstill({ regime: 'PCR2015', noticeDate, lightTouch });
const pa = (noticeDate: string, lightTouch = false, voluntary?: boolean) =>
  standstill({ regime: 'PA2023', noticeDate, lightTouch, ...(voluntary === undefined ? {} : { voluntary }) });

const anyDate = anyDateFrom('1995-01-01', 23_700);

// PCR 2015 reg 87(2) (https://www.legislation.gov.uk/uksi/2015/102/regulation/87): notices sent by
// "facsimile or electronic means", the standstill "ends at midnight at the end of the 10th day after
// the relevant sending date"; reg 2(4): a period counted forward that would end on a day that is not
// a working day "is to end at the end of the next working day"; reg 2(1): a working day is not "a
// Saturday, Sunday, Christmas Day, Good Friday or bank holiday within the meaning of the Banking and
// Financial Dealings Act 1971".
describe('standstill under PCR 2015 (reg 87)', () => {
  it('ends at midnight at the end of the 10th calendar day after the notices are sent', () => {
    expect(pcr('2025-03-03')).toMatchObject({
      mandatory: true,
      lastDay: '2025-03-13',
      earliestSigningDate: '2025-03-14',
    });
  });

  it('runs on to the end of the next working day when the 10th day is a weekend or bank holiday', () => {
    expect(pcr('2025-03-05')).toMatchObject({ lastDay: '2025-03-17', earliestSigningDate: '2025-03-18' }); // 15th a Saturday
    expect(pcr('2025-12-16')).toMatchObject({ lastDay: '2025-12-29', earliestSigningDate: '2025-12-30' }); // Boxing Day
  });

  it('runs over Easter: notices emailed on Tuesday 23 March 2010 reach Good Friday, so the period ends on Tuesday 6 April', () => {
    expect(pcr('2010-03-23')).toMatchObject({ lastDay: '2010-04-06', earliestSigningDate: '2010-04-07' });
  });

  it('uses England and Wales bank holidays, so a Scottish-only holiday does not extend it, and says so', () => {
    const period = pcr('2025-07-25'); // the 10th day is 4 August, the Scottish summer holiday
    expect(period.lastDay).toBe('2025-08-04');
    expect(period.rule).toContain('England and Wales bank holidays');
  });

  it('still applies to a light-touch contract', () => {
    expect(pcr('2025-03-03', true)).toMatchObject({ mandatory: true, lastDay: '2025-03-13' });
  });

  it('always ends on a working day in England and Wales, no earlier than the 10th day, and only as late as the next working day', () => {
    fc.assert(
      fc.property(anyDate, (noticeDate) => {
        const period = pcr(noticeDate);
        const tenth = valueOf(addCalendarDays(noticeDate, 10));
        expect(isWorkingDay(period.lastDay, 'england-and-wales')).toBe(true);
        expect(period.lastDay >= tenth).toBe(true);
        expect(valueOf(workingDaysBetween(tenth, period.lastDay, 'england-and-wales', PROJECTED))).toBe(
          isWorkingDay(tenth, 'england-and-wales') ? 0 : 1,
        );
        expect(period.earliestSigningDate).toBe(valueOf(addCalendarDays(period.lastDay, 1)));
      }),
    );
  });

  describe('Central Bedfordshire, whose July 2018 plan says "standstill period completed 27/5/19"', () => {
    it('counts ten days from notices sent on Friday 17 May 2019 to 27 May, which was the spring bank holiday, so the period ran to the end of Tuesday 28 May', () => {
      const period = pcr('2019-05-17');
      expect(valueOf(addCalendarDays('2019-05-17', 10))).toBe('2019-05-27');
      expect(isWorkingDay('2019-05-27', 'england-and-wales')).toBe(false);
      expect(period).toMatchObject({ lastDay: '2019-05-28', earliestSigningDate: '2019-05-29' });
    });

    it('cannot end on 27 May 2019 from any notice date: a period ending on a bank holiday always runs on a working day', () => {
      // The plan's date is the bare 10th calendar day after 17 May; reg 87 as modelled here adds the
      // bank-holiday extension, so the two differ by one day. A contract was signable from 29 May.
      for (let offset = -60; offset <= 0; offset++) {
        const noticeDate = valueOf(addCalendarDays('2019-05-27', offset));
        expect(pcr(noticeDate).lastDay).not.toBe('2019-05-27');
      }
    });
  });
});

// PA 2023 s.51(2) (https://www.legislation.gov.uk/ukpga/2023/54/section/51): "The 'mandatory
// standstill period' is the period of eight working days beginning with the day on which a contract
// award notice is published in respect of the contract"; s.123(1): "'working day' means a day other
// than— a Saturday or Sunday, or a day which is a bank holiday in any part of the United Kingdom under
// the Banking and Financial Dealings Act 1971". Cabinet Office, Guidance: Contract award notices and
// standstill: "It must be at least eight working days beginning with the day on which the contract
// award notice is published." Published Monday 3 March 2025: Monday to Friday and Monday to
// Wednesday are the eight, so the contract may be entered into on Thursday 13 March.
describe('standstill under PA 2023 (s.51)', () => {
  it('is eight working days beginning with the day the contract award notice is published', () => {
    expect(pa('2025-03-03')).toMatchObject({
      mandatory: true,
      lastDay: '2025-03-12',
      earliestSigningDate: '2025-03-13',
    });
  });

  it('begins with the next working day when the notice is published at a weekend', () => {
    expect(pa('2025-03-01')).toMatchObject({ lastDay: '2025-03-12' });
    expect(pa('2025-03-02')).toMatchObject({ lastDay: '2025-03-12' });
  });

  it('skips Good Friday and Easter Monday', () => {
    expect(pa('2025-04-17').lastDay).toBe('2025-04-30');
  });

  it('skips a bank holiday in any part of the UK: the Battle of the Boyne in Northern Ireland', () => {
    expect(pa('2025-07-09').lastDay).toBe('2025-07-21');
  });

  it('skips Christmas, Boxing Day, New Year’s Day and 2 January (Scotland)', () => {
    expect(pa('2025-12-19')).toMatchObject({ lastDay: '2026-01-05', earliestSigningDate: '2026-01-06' });
  });

  it('is not mandatory for a light-touch contract: the contract may be entered into once the notice is published', () => {
    const period = pa('2025-03-03', true);
    expect(period).toMatchObject({
      mandatory: false,
      lastDay: '2025-03-02',
      earliestSigningDate: '2025-03-03',
    });
    expect(period.rule).toContain('light-touch');
  });

  it('is computed the same way when an authority observes one voluntarily for a light-touch contract', () => {
    const period = pa('2025-03-03', true, true);
    expect(period).toMatchObject({
      mandatory: false,
      lastDay: '2025-03-12',
      earliestSigningDate: '2025-03-13',
    });
    expect(period.rule).toContain('voluntary');
  });

  it('ignores `voluntary` for a contract where standstill is mandatory anyway', () => {
    expect(pa('2025-03-03', false, false)).toMatchObject({ mandatory: true, lastDay: '2025-03-12' });
  });

  it('always spans exactly eight working days, the last of them a working day', () => {
    fc.assert(
      fc.property(anyDate, fc.boolean(), (noticeDate, lightTouch) => {
        const period = pa(noticeDate, lightTouch, true);
        const dayBefore = valueOf(addCalendarDays(noticeDate, -1));
        expect(isWorkingDay(period.lastDay)).toBe(true);
        expect(valueOf(workingDaysBetween(dayBefore, period.lastDay, 'anywhere-in-uk', PROJECTED))).toBe(8);
        expect(period.earliestSigningDate).toBe(valueOf(addCalendarDays(period.lastDay, 1)));
        // Eight working days never end sooner than 9 calendar days on (Monday to the Wednesday week), nor, even over Christmas, more than 20.
        const span = valueOf(daysBetween(noticeDate, period.lastDay));
        expect(span).toBeGreaterThanOrEqual(9);
        expect(span).toBeLessThanOrEqual(20);
      }),
    );
  });
});

describe('standstill input', () => {
  it('is refused, naming the field, when malformed', () => {
    const badDate = standstillPeriod({ regime: 'PA2023', noticeDate: '2025-02-30', lightTouch: false });
    expect(badDate._tag === 'Left' && badDate.left).toMatchObject({
      code: 'InvalidInput',
      path: ['noticeDate'],
    });
    const badRegime = standstillPeriod({
      regime: 'PCR1996',
      noticeDate: '2025-02-03',
      lightTouch: false,
    } as never);
    expect(badRegime._tag === 'Left' && badRegime.left).toMatchObject({
      code: 'InvalidInput',
      path: ['regime'],
    });
    const missing = standstillPeriod({ regime: 'PA2023', noticeDate: '2025-02-03' } as never);
    expect(missing._tag === 'Left' && missing.left.path).toEqual(['lightTouch']);
    expect(standstillPeriod(null as never)._tag).toBe('Left');
  });
});
