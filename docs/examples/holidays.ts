import {
  BUILT_IN_HOLIDAYS,
  mergeGovUkBankHolidaysText,
  standstillPeriod,
} from '@council-partnerships/domain';

const text = JSON.stringify({
  scotland: {
    division: 'scotland',
    events: [{ title: 'Special bank holiday', date: '2027-06-14', notes: '', bunting: true }],
  },
});
// right({ source: 'built-in + GOV.UK bank-holidays.json', version: '2027-02-01', firstYear: 1995, lastYear: 2027, … })
export const holidays = mergeGovUkBankHolidaysText(BUILT_IN_HOLIDAYS, text, { version: '2027-02-01' });

// right({ lastDay: '2027-06-21', …, calendar: { source: 'built-in + GOV.UK bank-holidays.json', version: '2027-02-01' } })
export const standstill =
  holidays._tag === 'Right'
    ? standstillPeriod({ regime: 'PA2023', noticeDate: '2027-06-09', lightTouch: false }, holidays.right)
    : holidays;
