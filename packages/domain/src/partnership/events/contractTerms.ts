import * as t from 'io-ts';
import { BusinessDateCodec } from '../dates';
import { BasisPointsCodec, NonNegativePenceCodec } from '../../money';
import {
  ContractPartyCodec,
  CountCodec,
  IdCodec,
  nullable,
  PositiveCountCodec,
  RegimeCodec,
  TextCodec,
} from '../codecs';

export const RoundingCodec = t.keyof(
  { 'half-up': null, 'half-even': null, down: null, up: null },
  'Rounding',
);

/** A length of time written as councils write it: 5 years, 6 months, 1 year 6 months. */
export const TermCodec = t.type({ years: CountCodec, months: CountCodec }, 'Term');
export type Term = t.TypeOf<typeof TermCodec>;

/**
 * Extension options as stored before signing schema version 3: how many, all of one length
 * (5 + 1 + 1 is two of 12 months). Read today as that many options of that length, in order.
 */
export const CountedExtensionOptionsCodec = t.type(
  { count: CountCodec, lengthMonths: CountCodec },
  'CountedExtensionOptions',
);
export type CountedExtensionOptions = t.TypeOf<typeof CountedExtensionOptionsCodec>;

/**
 * The module contracts an option on the partnership agreement carries with it: every module in force
 * when it is exercised (`'all'`), or the ones named. An empty list: the option extends only the
 * contract it is granted on.
 */
export const ModulesCoveredCodec = t.union([t.literal('all'), t.array(IdCodec)], 'ModulesCovered');
export type ModulesCovered = t.TypeOf<typeof ModulesCoveredCodec>;

/**
 * One extension option granted at award, in the order options are exercised. `valuePence` is what
 * the option adds to the whole-life value (derived at signing, from `annualValuePence` where the
 * option is priced differently, else the contract's annual value). With `noticeMonths` the option
 * must be exercised at least that many months before the term then running ends.
 */
export const ExtensionOptionCodec = t.type(
  {
    lengthMonths: CountCodec,
    annualValuePence: nullable(NonNegativePenceCodec),
    valuePence: NonNegativePenceCodec,
    noticeMonths: nullable(CountCodec),
    modules: ModulesCoveredCodec,
  },
  'ExtensionOption',
);
export type ExtensionOption = t.TypeOf<typeof ExtensionOptionCodec>;

export const ExtensionOptionsCodec = t.array(ExtensionOptionCodec, 'ExtensionOptions');
export type ExtensionOptions = t.TypeOf<typeof ExtensionOptionsCodec>;

/** An option as a council writes it: its length, and where they differ its price, notice and modules. */
export const ExtensionOptionTermsCodec = t.intersection(
  [
    t.type({ lengthMonths: PositiveCountCodec }),
    t.partial({
      annualValuePence: NonNegativePenceCodec,
      noticeMonths: CountCodec,
      modules: ModulesCoveredCodec,
    }),
  ],
  'ExtensionOptionTerms',
);
export type ExtensionOptionTerms = t.TypeOf<typeof ExtensionOptionTermsCodec>;

/** Either an ordered list of options ("two years, then one more year"), or a count of equal ones. */
export const ExtensionOptionsInputCodec = t.union(
  [t.array(ExtensionOptionTermsCodec), CountedExtensionOptionsCodec],
  'ExtensionOptionsInput',
);
export type ExtensionOptionsInput = t.TypeOf<typeof ExtensionOptionsInputCodec>;

/** Either named party may end the contract on an anniversary of its start, giving this much notice. */
export const AnnualTerminationClauseCodec = t.type(
  { noticeMonths: CountCodec, exercisableBy: t.array(ContractPartyCodec) },
  'AnnualTerminationClause',
);
export type AnnualTerminationClause = t.TypeOf<typeof AnnualTerminationClauseCodec>;

/** Open book: the agreed margin (profit or surplus) added to verified expenditure, and how it rounds. */
export const OpenBookTermsCodec = t.type(
  { marginBasisPoints: BasisPointsCodec, rounding: RoundingCodec },
  'OpenBookTerms',
);
export type OpenBookTerms = t.TypeOf<typeof OpenBookTermsCodec>;

/** A savings target (e.g. MTFP): this much a year comes off the price from the given contract year on. */
export const ContractYearSavingsLineCodec = t.type(
  { label: TextCodec, fromContractYear: PositiveCountCodec, annualAmountPence: NonNegativePenceCodec },
  'ContractYearSavingsLine',
);
export type ContractYearSavingsLine = t.TypeOf<typeof ContractYearSavingsLineCodec>;

const isFinancialYearLabel = (u: unknown): u is string => {
  if (typeof u !== 'string' || !/^\d{4}\/\d{2}$/.test(u)) return false;
  const start = Number(u.slice(0, 4));
  // Business dates run 1900-2199, so a year must end by 31 March 2199.
  return start >= 1900 && start <= 2198 && Number(u.slice(5)) === (start + 1) % 100;
};
/** A council financial year, 1 April to 31 March, as councils write it: '2019/20' (consecutive years). */
export const FinancialYearLabelCodec = new t.Type<string, string, unknown>(
  "FinancialYear ('2019/20': a year from 1 April and the next year's last two digits)",
  isFinancialYearLabel,
  (u, c) => (isFinancialYearLabel(u) ? t.success(u) : t.failure(u, c)),
  t.identity,
);

/**
 * A savings target stated by financial year, as a council's medium-term financial plan (MTFP) states
 * it ("19/20 = £20k"): this much a year comes off the price from 1 April of that year on.
 */
export const FinancialYearSavingsLineCodec = t.type(
  {
    label: TextCodec,
    fromFinancialYear: FinancialYearLabelCodec,
    annualAmountPence: NonNegativePenceCodec,
  },
  'FinancialYearSavingsLine',
);
export type FinancialYearSavingsLine = t.TypeOf<typeof FinancialYearSavingsLineCodec>;

/**
 * A savings line, from a contract year or from a financial year, as the council states it (a line
 * dated both ways is refused at signing). Signing events store either shape from schema version 4;
 * earlier versions hold contract years only.
 */
export const SavingsLineCodec = t.union(
  [ContractYearSavingsLineCodec, FinancialYearSavingsLineCodec],
  'SavingsLine',
);
export type SavingsLine = t.TypeOf<typeof SavingsLineCodec>;

/** One commissioner's share of a collaboratively funded contract; the shares sum to 10000 bps. */
export const FundingShareCodec = t.type(
  { commissionerId: IdCodec, shareBasisPoints: BasisPointsCodec },
  'FundingShare',
);
export type FundingShare = t.TypeOf<typeof FundingShareCodec>;

/**
 * The terms every signed contract carries, tier 1 or tier 2. The decider computes the derived dates
 * and values (`endsOn`, `maximumTermMonths`, `initialTermValuePence`, `maximumValuePence`) so that a
 * reader never has to redo calendar or money arithmetic.
 */
export const contractTermsProps = {
  regime: RegimeCodec,
  lightTouch: t.boolean,
  signedOn: BusinessDateCodec,
  startsOn: BusinessDateCodec,
  initialTerm: TermCodec,
  endsOn: BusinessDateCodec,
  extensionOptions: ExtensionOptionsCodec,
  maximumTermMonths: PositiveCountCodec,
  annualTerminationClause: nullable(AnnualTerminationClauseCodec),
  annualValuePence: NonNegativePenceCodec,
  initialTermValuePence: NonNegativePenceCodec,
  maximumValuePence: NonNegativePenceCodec,
  openBook: nullable(OpenBookTermsCodec),
  savingsSchedule: t.array(SavingsLineCodec),
  fundingShares: t.array(FundingShareCodec),
};

/** The terms as signing events stored them in schema version 3: savings from contract years only. */
export const contractTermsV3Props = {
  ...contractTermsProps,
  savingsSchedule: t.array(ContractYearSavingsLineCodec),
};

/** The terms as signing events stored them before schema version 3 (counted extension options). */
export const countedContractTermsProps = {
  ...contractTermsV3Props,
  extensionOptions: CountedExtensionOptionsCodec,
};
