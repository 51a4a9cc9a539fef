import { standstillPeriod, addWorkingDays, financialYearOf } from '@council-partnerships/domain';

// right({ mandatory: true, lastDay: '2026-01-05', earliestSigningDate: '2026-01-06', rule: 'PA 2023 s.51(2): …' })
// (25, 26 Dec, 1 Jan and 2 Jan, a Scottish bank holiday, are not working days)
export const pa2023 = standstillPeriod({ regime: 'PA2023', noticeDate: '2025-12-19', lightTouch: false });

// right({ mandatory: true, lastDay: '2019-05-28', earliestSigningDate: '2019-05-29', … })
// the 10th day, 27 May 2019, was the spring bank holiday: the date Central Bedfordshire's plan gave
export const pcr2015 = standstillPeriod({ regime: 'PCR2015', noticeDate: '2019-05-17', lightTouch: false });

// right('2025-07-15'): 14 July is a bank holiday in Northern Ireland
export const nextWorkingDay = addWorkingDays('2025-07-11', 1);
// right({ label: '2019/20', start: '2019-04-01', end: '2020-03-31' })
export const financialYear = financialYearOf('2020-03-31');
