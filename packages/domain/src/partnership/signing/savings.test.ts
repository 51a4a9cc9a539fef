import fc from 'fast-check';
import { kpisSetAtSigning, signContract, toSigning } from '../testing/fixtures';
import { givenHistory } from '../testing/spec';
import { SavingsLineCodec } from '../events/contractTerms';
import { addMonths } from '../dates';
import { monthlySavings, savingsInMonth } from './savings';

/** The fixture's contract: £2m a year from 1 July 2025, three years and a one-year option (to 30 June 2029). */
const mtfp = (fromFinancialYear: string, annualAmountPence: number) => ({
  label: `MTFP ${fromFinancialYear}`,
  fromFinancialYear,
  annualAmountPence,
});

describe('savings stated by financial year or by contract year', () => {
  it('signs a contract with savings as the council states them, from a financial year or a contract year', () => {
    const savingsSchedule = [
      mtfp('2025/26', 5_000_000),
      { label: 'Efficiency', fromContractYear: 2, annualAmountPence: 1_000_000 },
    ];
    givenHistory(toSigning)
      .when(signContract({ savingsSchedule }))
      .thenMatches([{ type: 'ServiceContractSigned', data: { savingsSchedule } }, ...kpisSetAtSigning]);
  });

  it('refuses savings from a financial year that begins after the last day the contract could run', () => {
    givenHistory(toSigning)
      .when(signContract({ savingsSchedule: [mtfp('2029/30', 1)] }))
      .thenMatches([{ type: 'ServiceContractSigned' }, ...kpisSetAtSigning]);
    const refusal = givenHistory(toSigning)
      .when(signContract({ savingsSchedule: [mtfp('2029/30', 1), mtfp('2030/31', 1)] }))
      .thenFails('SavingsScheduleInvalid', { path: ['data', 'savingsSchedule', '1', 'fromFinancialYear'] });
    expect(refusal.message).toBe(
      "savings from financial year 2030/31 start on 1 April 2030, after the contract's last possible day (2029-06-30)",
    );
  });

  it('refuses savings that, by financial and contract year together, come to more than the price, naming when', () => {
    const refusal = givenHistory(toSigning)
      .when(
        signContract({
          savingsSchedule: [
            { label: 'Efficiency', fromContractYear: 1, annualAmountPence: 60_000_000 },
            mtfp('2026/27', 150_000_000),
          ],
        }),
      )
      .thenFails('SavingsScheduleInvalid', { path: ['data', 'savingsSchedule'] });
    expect(refusal.message).toBe(
      'savings of £2,100,000.00 a year in force from 2026-04-01 (contract year 1) exceed the annual value of £2,000,000.00',
    );
  });

  it('reads a financial year only as councils write it', () => {
    for (const year of ['2019/20', '1999/00', '2198/99'])
      expect(SavingsLineCodec.is(mtfp(year, 1))).toBe(true);
    for (const year of ['2019/21', '2019-20', '19/20', '2019/2020', '1899/00', '2199/00'])
      expect(SavingsLineCodec.decode(mtfp(year, 1))._tag).toBe('Left');
  });

  it('refuses a savings line dated both from a contract year and from a financial year', () => {
    const both = { ...mtfp('2025/26', 1), fromContractYear: 1 };
    givenHistory(toSigning)
      .when(signContract({ savingsSchedule: [mtfp('2025/26', 1), both] }))
      .thenFails('SavingsScheduleInvalid', { path: ['data', 'savingsSchedule', '1'] });
  });
});

describe('a financial-year saving comes off by calendar months from 1 April', () => {
  const total = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

  it('takes £20k a year from 2019/20 off a contract from 1 September 2019 as seven twelfths in that year, to the penny', () => {
    const months = monthlySavings([mtfp('2019/20', 2_000_000)], '2019-09-01', 19);
    expect(total(months.slice(0, 7))).toBe(1_166_667);
    expect(total(months.slice(7, 19))).toBe(2_000_000);
  });

  it('takes a further £59k a year from 2020/21 in full in that year, £79k in all', () => {
    const schedule = [mtfp('2019/20', 2_000_000), mtfp('2020/21', 5_900_000)];
    expect(total(monthlySavings(schedule, '2019-09-01', 19).slice(7, 19))).toBe(7_900_000);
  });

  it('keeps contract-year savings counted from the start date, as before', () => {
    const schedule = [{ fromContractYear: 2, annualAmountPence: 1_200 }];
    expect(monthlySavings(schedule, '2019-09-01', 24)).toEqual([
      ...Array<number>(12).fill(0),
      ...Array<number>(12).fill(100),
    ]);
  });

  it('never takes more in a financial year than the amounts stated in force in it, and exactly those in a whole year, for any start date', () => {
    const line = fc.record({
      startYear: fc.integer({ min: 1995, max: 2040 }),
      annualAmountPence: fc.integer({ min: 0, max: 1_000_000_000 }),
    });
    const day = fc.integer({ min: 0, max: 365 * 40 });
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 4 }),
        day,
        fc.integer({ min: 1, max: 150 }),
        (lines, offset, termMonths) => {
          const startsOn = new Date(Date.UTC(2000, 0, 1 + offset)).toISOString().slice(0, 10);
          const schedule = lines.map((l) =>
            mtfp(`${l.startYear}/${String((l.startYear + 1) % 100).padStart(2, '0')}`, l.annualAmountPence),
          );
          const byYear = new Map<number, { months: number; pence: number }>();
          for (let index = 0; index < termMonths; index++) {
            const begins = addMonths(startsOn, index);
            const year = Number(begins.slice(0, 4)) - (Number(begins.slice(5, 7)) < 4 ? 1 : 0);
            const sofar = byYear.get(year) ?? { months: 0, pence: 0 };
            byYear.set(year, {
              months: sofar.months + 1,
              pence: sofar.pence + savingsInMonth(schedule, startsOn, index),
            });
          }
          for (const [year, { months, pence }] of byYear) {
            const stated = lines
              .filter((l) => l.startYear <= year)
              .reduce((s, l) => s + l.annualAmountPence, 0);
            expect(pence).toBeLessThanOrEqual(stated);
            if (months === 12) expect(pence).toBe(stated);
          }
        },
      ),
    );
  });
});
