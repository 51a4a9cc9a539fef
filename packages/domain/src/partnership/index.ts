export * from './codecs';
export * from './events';
export * from './commands';
export * from './errors';
export * from './state';
export { evolvePartnership } from './evolve';
export { createPartnershipDecider } from './decide';
export * from './policy/councilPolicy';
export { authorise, READ_ONLY_ROLES } from './policy/authorisation';
export {
  classifyModification,
  type ModificationInput,
  type ModificationOutcome,
} from './rules/modificationClassification';
export { kpisRequired, S52_MINIMUM_KPIS, S52_VALUE_THRESHOLD_PENCE } from './rules/kpiRequirements';
export { ragFor } from './rules/ratings';
export {
  deriveTerms,
  savingsInContractYear,
  savingsOverYears,
  termMonths,
  proRata,
  listCountedOptions,
  priceOptions,
} from './rules/contractTerms';
export { correctedTerm, monthsFromTo } from './rules/correctedTerm';
export type { DatesCorrection, TermPricing } from './rules/correctedTerm';
export {
  regimeNotInForce,
  PROCEDURES_BY_REGIME,
  PA2023_COMMENCEMENT,
  PCR2015_COMMENCEMENT,
} from './rules/regimes';
export {
  monthlySavings,
  savingsInMonth,
  savingsLineStartsOn,
  annualSavingsInMonth,
  type SavingsRate,
} from './signing/savings';
export { BusinessDateCodec, type BusinessDate } from './dates';
export * from './handler';
export {
  VAT_BASIS_OF_MONEY_FIELDS,
  VAT_BASIS_WORDS,
  vatBasisOf,
  type MoneyVatBasis,
  type MoneyVatBasisOfField,
} from './rules/vatBasis';
export {
  contractStandingOn,
  datedContract,
  endNotRecorded,
  hasEnded,
  ENDED_STANDINGS,
  type ContractStanding,
  type DatedContract,
} from './standing/contractStanding';
export { schemeFor, type SchemeOfDelegation } from './policy/schemeOfDelegation';
export { type ShareApproved } from './policy/shareApprovalCodec';
