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

/** Optional extensions granted at award: how many, and how long each (5 + 1 + 1 is two of 12 months). */
export const ExtensionOptionsCodec = t.type(
  { count: CountCodec, lengthMonths: CountCodec },
  'ExtensionOptions',
);
export type ExtensionOptions = t.TypeOf<typeof ExtensionOptionsCodec>;

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
export const SavingsLineCodec = t.type(
  { label: TextCodec, fromContractYear: PositiveCountCodec, annualAmountPence: NonNegativePenceCodec },
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
