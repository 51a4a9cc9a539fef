import { holidays, standstill } from './holidays';
import { financialYear, nextWorkingDay, pa2023, pcr2015 } from './standstill';

describe("the calendar README's examples give what their comments say", () => {
  it("counts eight working days of PA 2023 standstill over Christmas and Scotland's 2 January", () => {
    expect(pa2023).toMatchObject({
      _tag: 'Right',
      right: { mandatory: true, lastDay: '2026-01-05', earliestSigningDate: '2026-01-06' },
    });
    expect(pa2023._tag === 'Right' && pa2023.right.rule).toMatch(/^PA 2023 s\.51\(2\): /);
  });

  it('moves a PCR 2015 standstill ending on the spring bank holiday to the next working day', () => {
    expect(pcr2015).toMatchObject({
      _tag: 'Right',
      right: { mandatory: true, lastDay: '2019-05-28', earliestSigningDate: '2019-05-29' },
    });
  });

  it("skips Northern Ireland's 14 July, and names the financial year a date falls in", () => {
    expect(nextWorkingDay).toEqual({ _tag: 'Right', right: '2025-07-15' });
    expect(financialYear).toMatchObject({
      _tag: 'Right',
      right: { label: '2019/20', start: '2019-04-01', end: '2020-03-31' },
    });
  });

  it("merges GOV.UK's file over the built-in holidays, and the standstill skips the special holiday", () => {
    expect(holidays).toMatchObject({
      _tag: 'Right',
      right: {
        source: 'built-in + GOV.UK bank-holidays.json',
        version: '2027-02-01',
        firstYear: 1995,
        lastYear: 2027,
      },
    });
    expect(standstill).toMatchObject({
      _tag: 'Right',
      right: {
        lastDay: '2027-06-21',
        calendar: { source: 'built-in + GOV.UK bank-holidays.json', version: '2027-02-01' },
      },
    });
  });
});
