import { addYears, extendEndDate, termEndDate } from '../dates';
import {
  ContractYearSavingsLine,
  CountedExtensionOptions,
  ExtensionOption,
  ExtensionOptions,
  Term,
} from '../events/contractTerms';

/** No council contract runs a century; bounding terms keeps every derived date writable. */
export const MAXIMUM_TERM_MONTHS = 1200;

export const termMonths = (term: Term): number => term.years * 12 + term.months;

export const NO_EXTENSIONS: ExtensionOptions = [];

/** `annual x months / 12`, rounded to the nearest penny (halves up): a pro-rata value over part of a year. */
export const proRata = (annualPence: number, months: number): number => {
  // Exact in BigInt: the product can pass the largest safe integer before the division brings it back.
  const product = BigInt(annualPence) * BigInt(months);
  const sign = product < 0n ? -1n : 1n;
  const magnitude = product * sign;
  return Number(sign * ((magnitude * 2n + 12n) / 24n));
};

/**
 * Prices options in order. One priced at the contract's own annual value adds the pro-rata value of
 * the months it runs, counted on from the earlier such options, so that n equal options are worth
 * exactly what n x their length is worth (as contracts signed before options were listed recorded).
 */
export const priceOptions = (
  options: readonly Omit<ExtensionOption, 'valuePence'>[],
  annualValuePence: number,
): ExtensionOption[] => {
  let monthsAtContractPrice = 0;
  return options.map((option) => {
    let valuePence: number;
    if (option.annualValuePence === null) {
      const before = proRata(annualValuePence, monthsAtContractPrice);
      monthsAtContractPrice += option.lengthMonths;
      valuePence = proRata(annualValuePence, monthsAtContractPrice) - before;
    } else valuePence = proRata(option.annualValuePence, option.lengthMonths);
    return {
      lengthMonths: option.lengthMonths,
      annualValuePence: option.annualValuePence,
      valuePence,
      noticeMonths: option.noticeMonths,
      modules: option.modules === 'all' ? 'all' : [...option.modules],
    };
  });
};

/** Counted options (`{ count, lengthMonths }`) as the list they stand for: equal, at the contract's price. */
export const listCountedOptions = (
  counted: CountedExtensionOptions,
  annualValuePence: number,
): ExtensionOption[] =>
  priceOptions(
    Array.from({ length: counted.count }, () => ({
      lengthMonths: counted.lengthMonths,
      annualValuePence: null,
      noticeMonths: null,
      modules: [],
    })),
    annualValuePence,
  );

export const optionMonths = (options: readonly ExtensionOption[]): number =>
  options.reduce((sum, option) => sum + option.lengthMonths, 0);

/** "12 months, then 12 months": the options as a person reads them. */
export const describeOptions = (options: readonly ExtensionOption[]): string =>
  options.map((option) => `${option.lengthMonths} months`).join(', then ');

export interface DerivedTerms {
  readonly endsOn: string;
  readonly maximumTermMonths: number;
  readonly initialTermValuePence: number;
  readonly maximumValuePence: number;
}

/** End date, maximum term (with every option), value over the initial term and maximum value. */
export const deriveTerms = (input: {
  readonly startsOn: string;
  readonly initialTerm: Term;
  readonly extensionOptions: readonly ExtensionOption[];
  readonly annualValuePence: number;
  readonly initialTermValuePence?: number;
}): DerivedTerms => {
  const initialMonths = termMonths(input.initialTerm);
  const initialTermValuePence = input.initialTermValuePence ?? proRata(input.annualValuePence, initialMonths);
  return {
    endsOn: termEndDate(input.startsOn, initialMonths),
    maximumTermMonths: initialMonths + optionMonths(input.extensionOptions),
    initialTermValuePence,
    maximumValuePence:
      initialTermValuePence + input.extensionOptions.reduce((sum, option) => sum + option.valuePence, 0),
  };
};

/** The savings due in one contract year: every line that has started by then. */
export const savingsInContractYear = (
  schedule: readonly Omit<ContractYearSavingsLine, 'label'>[],
  contractYear: number,
): number =>
  schedule
    .filter((line) => line.fromContractYear <= contractYear)
    .reduce((sum, line) => sum + line.annualAmountPence, 0);

/** Savings over the first `years` contract years: e.g. £20k a year from year 1 and £59k from year 2, over 7 years, is £494k. */
export const savingsOverYears = (
  schedule: readonly Omit<ContractYearSavingsLine, 'label'>[],
  years: number,
): number => {
  let total = 0;
  for (let year = 1; year <= years; year++) total += savingsInContractYear(schedule, year);
  return total;
};

/** Is `date` an anniversary (1st, 2nd, ...) of `startsOn`? */
export const anniversaryNumber = (startsOn: string, date: string): number | undefined => {
  const years = Number(date.slice(0, 4)) - Number(startsOn.slice(0, 4));
  return years >= 1 && addYears(startsOn, years) === date ? years : undefined;
};

/** The first anniversary of `startsOn` on or after `date`. */
export const anniversaryOnOrAfter = (startsOn: string, date: string): string => {
  let years = Math.max(1, Number(date.slice(0, 4)) - Number(startsOn.slice(0, 4)));
  while (addYears(startsOn, years) < date) years += 1;
  return addYears(startsOn, years);
};

export { extendEndDate };
