import { idRecordCodec } from '@council-partnerships/domain';
import * as t from 'io-ts';
import { PerPartnershipState } from '../partnershipEvents';
import { EndedCodec, IntegerCodec, IsoDate, nullableCodec, Pence, Text, TierCodec } from '../stateCodecs';

/** A savings line from a contract year, or (signed from event schema version 4) from a financial year. */
export const SavingsLineStateCodec = t.union([
  t.type({ label: Text, fromContractYear: IntegerCodec, annualAmountPence: Pence }),
  t.type({ label: Text, fromFinancialYear: Text, annualAmountPence: Pence }),
]);
export const FundingShareStateCodec = t.type({ commissionerId: Text, shareBasisPoints: IntegerCodec });

/** An open-book claim not yet verified. */
export const ClaimStateCodec = t.type({
  claimId: Text,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  claimedOn: IsoDate,
  claimedPence: Pence,
});
export type ClaimState = t.TypeOf<typeof ClaimStateCodec>;

/**
 * Verified claims of one financial year (the year each claim's period starts in), added up as they are
 * verified: the figures need the totals, and keeping every claim would grow with every month of a
 * ten-year contract.
 */
export const VerifiedYearStateCodec = t.type({
  claims: IntegerCodec,
  claimedPence: Pence,
  verifiedPence: Pence,
  disallowedPence: Pence,
  marginPence: Pence,
  payablePence: Pence,
});
export type VerifiedYearState = t.TypeOf<typeof VerifiedYearStateCodec>;

export const ModificationStateCodec = t.type({
  modificationId: Text,
  agreedOn: IsoDate,
  termChangeMonths: IntegerCodec,
  previousEndsOn: IsoDate,
  newEndsOn: IsoDate,
  valueChangePence: Pence,
  newAnnualValuePence: nullableCodec(Pence),
});
export type ModificationState = t.TypeOf<typeof ModificationStateCodec>;

/** A signed contract, tier 1 (the partnership agreement) or tier 2 (a service contract, a module). */
export const ContractValueStateCodec = t.type({
  contractId: Text,
  tier: TierCodec,
  title: Text,
  agreementId: nullableCodec(Text),
  procurementId: nullableCodec(Text),
  lotId: nullableCodec(Text),
  expansionId: nullableCodec(Text),
  supplierId: Text,
  supplierName: Text,
  signedOn: IsoDate,
  startsOn: IsoDate,
  initialTermMonths: IntegerCodec,
  initialEndsOn: IsoDate,
  endsOn: IsoDate,
  /** The options granted, in order: each one's length and the value it adds. */
  extensionOptions: t.array(t.type({ lengthMonths: IntegerCodec, valuePence: Pence })),
  maximumTermMonths: IntegerCodec,
  annualValuePence: Pence,
  currentAnnualValuePence: Pence,
  /** As recorded at signing, or as a correction of the dates priced the initial term again. */
  recordedInitialTermValuePence: Pence,
  recordedMaximumValuePence: Pence,
  potentialAnnualValuePence: nullableCodec(Pence),
  savings: t.array(SavingsLineStateCodec),
  fundingShares: t.array(FundingShareStateCodec),
  openBook: nullableCodec(t.type({ marginBasisPoints: IntegerCodec, rounding: Text })),
  extensionsExercised: t.array(
    t.type({
      optionNumber: IntegerCodec,
      lengthMonths: IntegerCodec,
      exercisedOn: IsoDate,
      newEndsOn: IsoDate,
    }),
  ),
  /** A module extended by the agreement's option: what the option added, over the months it added. */
  extendedWithAgreement: t.array(
    t.type({
      agreementId: Text,
      optionNumber: IntegerCodec,
      exercisedOn: IsoDate,
      previousEndsOn: IsoDate,
      newEndsOn: IsoDate,
      valuePence: Pence,
    }),
  ),
  modifications: t.array(ModificationStateCodec),
  ended: EndedCodec,
  /** Claims awaiting verification, by claim id. */
  pendingClaims: idRecordCodec(ClaimStateCodec),
  /** Verified claims, by financial year (e.g. 2026-27). */
  verifiedByYear: idRecordCodec(VerifiedYearStateCodec),
});
export type ContractValueState = t.TypeOf<typeof ContractValueStateCodec>;

export const LotStateCodec = t.type({
  lotId: Text,
  title: Text,
  annualBudgetPence: Pence,
  services: t.array(t.type({ name: Text, annualBudgetPence: nullableCodec(Pence) })),
});

export const ProcurementValueStateCodec = t.type({
  procurementId: Text,
  title: Text,
  procedure: Text,
  regime: Text,
  estimatedAnnualValuePence: Pence,
  maximumTermMonths: IntegerCodec,
  estimatedTotalValuePence: Pence,
  lots: t.array(LotStateCodec),
  awards: t.array(
    t.type({
      lotId: Text,
      supplierId: Text,
      supplierName: Text,
      annualValuePence: Pence,
      totalValuePence: Pence,
    }),
  ),
  cancelled: t.boolean,
});
export type ProcurementValueState = t.TypeOf<typeof ProcurementValueStateCodec>;

export const ExpansionStateCodec = t.type({
  expansionId: Text,
  agreementId: Text,
  title: Text,
  annualValuePence: Pence,
  status: t.union([t.literal('proposed'), t.literal('approved'), t.literal('rejected')]),
  decidedOn: nullableCodec(IsoDate),
  scopeAnnualValueAfterPence: nullableCodec(Pence),
});
export type ExpansionState = t.TypeOf<typeof ExpansionStateCodec>;

export const PartnershipValueStateCodec = t.type({
  partnershipId: Text,
  title: Text,
  estimatedAnnualValuePence: nullableCodec(Pence),
  commissioners: t.array(t.type({ commissionerId: Text, name: Text })),
  fundingSources: t.array(
    t.type({ fundingSourceId: Text, name: Text, kind: Text, annualAmountPence: nullableCodec(Pence) }),
  ),
  procurements: idRecordCodec(ProcurementValueStateCodec),
  contracts: idRecordCodec(ContractValueStateCodec),
  expansions: idRecordCodec(ExpansionStateCodec),
  externalFunding: t.array(t.type({ fundingId: Text, funder: Text, amountPence: Pence, securedOn: IsoDate })),
});
export type PartnershipValueState = t.TypeOf<typeof PartnershipValueStateCodec>;

export type ContractValueProjectionState = PerPartnershipState<PartnershipValueState>;
