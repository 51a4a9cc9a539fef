import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { listCountedOptions, SavingsLine } from '@council-partnerships/domain';
import { rebuiltState } from '../testing/rebuilt';
import { appendFacts, serviceContract } from '../testing/partnershipLog';
import { contractValueProjection } from './projection';
import { contractValueOf } from './view';
import { monthlySchedule } from './schedule';

const pounds = (n: number) => n * 100;

/** Central Bedfordshire's youth service: £404k a year from 1 September 2019, five years and two one-year options. */
const youth = (partnershipId: string, savingsSchedule: SavingsLine[]) =>
  serviceContract(partnershipId, 'youth', {
    annualValuePence: pounds(404_000),
    initialTermValuePence: pounds(404_000 * 5),
    maximumValuePence: pounds(404_000 * 7),
    extensionOptions: listCountedOptions({ count: 2, lengthMonths: 12 }, pounds(404_000)),
    maximumTermMonths: 84,
    savingsSchedule,
  });

// "(NB MTFP savings 19/20= £20k, 20/21 = £59k )"
const MTFP: SavingsLine[] = [
  { label: 'MTFP 2019/20', fromFinancialYear: '2019/20', annualAmountPence: pounds(20_000) },
  { label: 'MTFP 2020/21', fromFinancialYear: '2020/21', annualAmountPence: pounds(59_000) },
];

const yearsOf = async (savings: SavingsLine[]) => {
  const store = createInMemoryEventStore();
  await appendFacts(store, [youth('cbc', savings)]);
  const value = contractValueOf(await rebuiltState(store, contractValueProjection), 'cbc');
  if (value === null) throw new Error('no partnership cbc');
  return value;
};

describe('savings stated by financial year come off in the years the council states them', () => {
  it("shows Central Bedfordshire's MTFP savings in 2019/20 (seven months of £20k) and 2020/21 (£79k), not by contract year", async () => {
    const plain = await yearsOf([]);
    const saved = await yearsOf(MTFP);
    const savingsByYear = saved.byFinancialYear.map((year, i) => [
      year.financialYear,
      (plain.byFinancialYear[i]?.maximumPence ?? 0) - year.maximumPence,
    ]);
    expect(savingsByYear).toEqual([
      // September to March: months 6 to 12 of the financial year, £20,000 less its first five twelfths (£8,333.33).
      ['2019/20', 1_166_667],
      ['2020/21', 7_900_000],
      ['2021/22', 7_900_000],
      ['2022/23', 7_900_000],
      ['2023/24', 7_900_000],
      ['2024/25', 7_900_000],
      ['2025/26', 7_900_000],
      // April to August 2026: five twelfths of £79,000, rounded down to the penny.
      ['2026/27', 3_291_666],
    ]);
    expect(saved.maximumValueBeforeSavingsPence).toBe(pounds(404_000 * 7));
    expect(saved.maximumValuePence).toBe(pounds(404_000 * 7) - 51_858_333);
    expect(saved.byFinancialYear.reduce((sum, y) => sum + y.maximumPence, 0)).toBe(saved.maximumValuePence);
  });

  it('keeps savings stated by contract year where the council states them so (the view the issue measured: £11,667 and £54,417)', async () => {
    const byContractYear = await yearsOf([
      { label: 'MTFP year 1', fromContractYear: 1, annualAmountPence: pounds(20_000) },
      { label: 'MTFP year 2', fromContractYear: 2, annualAmountPence: pounds(59_000) },
    ]);
    const plain = await yearsOf([]);
    const [first, second] = byContractYear.byFinancialYear.map(
      (year, i) => (plain.byFinancialYear[i]?.maximumPence ?? 0) - year.maximumPence,
    );
    expect([first, second]).toEqual([1_166_666, 5_441_667]);
    expect(byContractYear.maximumValuePence).toBe(pounds(404_000 * 7 - 20_000 * 7 - 59_000 * 6));
  });

  it('takes a saving stated for a financial year that began before the contract only from the contract start', () => {
    const months = monthlySchedule({
      startsOn: '2020-01-15',
      initialTermMonths: 12,
      maximumTermMonths: 12,
      initialTermValuePence: pounds(120_000),
      maximumValuePence: pounds(120_000),
      savings: [{ fromFinancialYear: '2018/19', annualAmountPence: pounds(12_000) }],
    });
    // 15 January to 14 March begin in 2019/20 (its 10th to 12th months); the rest in 2020/21.
    expect(months.map((m) => m.savingsPence)).toEqual(Array(12).fill(pounds(1_000)));
    expect(months.map((m) => m.financialYear)).toEqual([
      ...Array<string>(3).fill('2019/20'),
      ...Array<string>(9).fill('2020/21'),
    ]);
  });
});
