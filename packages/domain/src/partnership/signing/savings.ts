import { formatPounds, sliceExactly } from '../../money';
import { addMonths, addYears, termEndDate } from '../dates';
import { PartnershipError, refuse } from '../errors';
import { ContractYearSavingsLine, FinancialYearSavingsLine } from '../events/contractTerms';
import { field } from '../phase/decision';
import { savingsInContractYear } from '../rules/contractTerms';

/** A savings line as far as the arithmetic needs it: when it starts and how much a year (not its label). */
export type SavingsRate = Omit<ContractYearSavingsLine, 'label'> | Omit<FinancialYearSavingsLine, 'label'>;
type ByContractYear = Extract<SavingsRate, { fromContractYear: number }>;
type ByFinancialYear = Extract<SavingsRate, { fromFinancialYear: string }>;

const byContractYear = (line: SavingsRate): line is ByContractYear => 'fromContractYear' in line;
const byFinancialYear = (line: SavingsRate): line is ByFinancialYear => 'fromFinancialYear' in line;
// Read as a union, a line given both dates would be taken by its first shape: it is refused instead.
const datedBothWays = (line: object): boolean => 'fromContractYear' in line && 'fromFinancialYear' in line;

/** The year in which a financial year begins: 2019 for '2019/20'. */
const startYearOf = (line: ByFinancialYear): number => Number(line.fromFinancialYear.slice(0, 4));

/** The financial year (by its starting year) a date falls in, and its month counted from April (1) to March (12). */
const financialMonthOf = (date: string): { readonly year: number; readonly month: number } => {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return { year: month >= 4 ? year : year - 1, month: ((month + 8) % 12) + 1 };
};

/** The day a savings line starts: the first day of its contract year, or 1 April of its financial year. */
export const savingsLineStartsOn = (line: SavingsRate, startsOn: string): string =>
  byContractYear(line)
    ? addYears(startsOn, line.fromContractYear - 1)
    : `${line.fromFinancialYear.slice(0, 4)}-04-01`;

/** The annual savings in force in month `index` of a contract (0 is the month that begins on its start date). */
export const annualSavingsInMonth = (
  schedule: readonly SavingsRate[],
  startsOn: string,
  index: number,
): { readonly byContractYear: number; readonly byFinancialYear: number } => {
  const { year } = financialMonthOf(addMonths(startsOn, index));
  return {
    byContractYear: savingsInContractYear(schedule.filter(byContractYear), Math.floor(index / 12) + 1),
    byFinancialYear: schedule
      .filter(byFinancialYear)
      .filter((line) => startYearOf(line) <= year)
      .reduce((sum, line) => sum + line.annualAmountPence, 0),
  };
};

/**
 * The savings that come off month `index` of a contract. A contract-year line takes a twelfth of the
 * contract year's savings, counted from the start date; a financial-year line a twelfth of the
 * financial year's, counted from 1 April, by the calendar month in which the contract month begins.
 * So a whole year takes exactly the amount stated for it, and a part year at the start or the end
 * takes its months' share, in exact slices (no penny made or lost).
 */
export const savingsInMonth = (schedule: readonly SavingsRate[], startsOn: string, index: number): number => {
  const annual = annualSavingsInMonth(schedule, startsOn, index);
  const { month } = financialMonthOf(addMonths(startsOn, index));
  return (
    sliceExactly(annual.byContractYear, (index % 12) + 1, 12) +
    sliceExactly(annual.byFinancialYear, month, 12)
  );
};

/** The savings of every month of a contract's first `months` months, in order. */
export const monthlySavings = (
  schedule: readonly SavingsRate[],
  startsOn: string,
  months: number,
): number[] => Array.from({ length: months }, (_, index) => savingsInMonth(schedule, startsOn, index));

/**
 * Savings as the council states them must fall within the contract and never come to more than its
 * price: a line starts by the last day the contract could run, and at no month do the savings then
 * in force exceed the annual value.
 */
export const checkSavings = (
  savings: readonly SavingsRate[],
  terms: { readonly startsOn: string; readonly maximumTermMonths: number; readonly annualValuePence: number },
): PartnershipError | undefined => {
  const years = Math.ceil(terms.maximumTermMonths / 12);
  const lastDay = termEndDate(terms.startsOn, terms.maximumTermMonths);
  for (const [i, line] of savings.entries()) {
    if (datedBothWays(line)) {
      return refuse(
        'SavingsScheduleInvalid',
        'a savings line starts from a contract year or from a financial year, not both: give one of fromContractYear and fromFinancialYear',
        field('savingsSchedule', String(i)),
      );
    }
    if (byContractYear(line) && line.fromContractYear > years) {
      return refuse(
        'SavingsScheduleInvalid',
        `savings from contract year ${line.fromContractYear} fall after the contract's ${years} years`,
        field('savingsSchedule', String(i), 'fromContractYear'),
      );
    }
    if (byFinancialYear(line) && savingsLineStartsOn(line, terms.startsOn) > lastDay) {
      return refuse(
        'SavingsScheduleInvalid',
        `savings from financial year ${line.fromFinancialYear} start on 1 April ${startYearOf(line)}, after the contract's last possible day (${lastDay})`,
        field('savingsSchedule', String(i), 'fromFinancialYear'),
      );
    }
  }
  for (let index = 0; index < terms.maximumTermMonths; index++) {
    const annual = annualSavingsInMonth(savings, terms.startsOn, index);
    const due = annual.byContractYear + annual.byFinancialYear;
    if (due > terms.annualValuePence) {
      return refuse(
        'SavingsScheduleInvalid',
        `savings of ${formatPounds(due)} a year in force from ${addMonths(terms.startsOn, index)} (contract year ${Math.floor(index / 12) + 1}) exceed the annual value of ${formatPounds(terms.annualValuePence)}`,
        field('savingsSchedule'),
      );
    }
  }
  return undefined;
};
