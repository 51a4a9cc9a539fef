import { correctedTerm, emptyIdRecord, PartnershipEvent } from '@council-partnerships/domain';
import { lastDayOfTerm } from '../dates';
import { ContractValueState, PartnershipValueState, VerifiedYearState } from './state';

/** A partnership's value record before any of its events. */
export const emptyPartnershipValue = (partnershipId: string): PartnershipValueState => ({
  partnershipId,
  title: partnershipId,
  estimatedAnnualValuePence: null,
  commissioners: [],
  fundingSources: [],
  procurements: emptyIdRecord(),
  contracts: emptyIdRecord(),
  expansions: emptyIdRecord(),
  externalFunding: [],
});

/** A financial year with no claim verified in it. */
export const noVerifiedClaims: VerifiedYearState = {
  claims: 0,
  claimedPence: 0,
  verifiedPence: 0,
  disallowedPence: 0,
  marginPence: 0,
  payablePence: 0,
};

export type Data<T extends PartnershipEvent['type']> = Extract<PartnershipEvent, { type: T }>['data'];

/** The value terms of a contract as signed: its term, options, savings, shares and open book. */
export const signed = (
  data: Data<'PartnershipAgreementSigned'> | Data<'ServiceContractSigned'>,
): Omit<
  ContractValueState,
  | 'contractId'
  | 'tier'
  | 'title'
  | 'agreementId'
  | 'expansionId'
  | 'supplierId'
  | 'supplierName'
  | 'potentialAnnualValuePence'
> => ({
  procurementId: data.procurementId,
  lotId: data.lotId,
  signedOn: data.signedOn,
  startsOn: data.startsOn,
  initialTermMonths: data.initialTerm.years * 12 + data.initialTerm.months,
  initialEndsOn: data.endsOn,
  endsOn: data.endsOn,
  extensionOptions: data.extensionOptions.map((o) => ({
    lengthMonths: o.lengthMonths,
    valuePence: o.valuePence,
  })),
  maximumTermMonths: data.maximumTermMonths,
  annualValuePence: data.annualValuePence,
  currentAnnualValuePence: data.annualValuePence,
  recordedInitialTermValuePence: data.initialTermValuePence,
  recordedMaximumValuePence: data.maximumValuePence,
  savings: data.savingsSchedule.map((line) => ({ ...line })),
  fundingShares: data.fundingShares.map((share) => ({ ...share })),
  openBook: data.openBook === null ? null : { ...data.openBook },
  extensionsExercised: [],
  extendedWithAgreement: [],
  modifications: [],
  ended: null,
  pendingClaims: emptyIdRecord(),
  verifiedByYear: emptyIdRecord(),
});

/**
 * A contract's dates corrected, in place: the schedule, the running value and the savings years count
 * from the corrected start, and the term is valued as `correctedTerm` says.
 */
export const correctDates = (c: ContractValueState, data: Data<'ContractDatesCorrected'>): void => {
  const term = correctedTerm({ ...c, initialTermValuePence: c.recordedInitialTermValuePence }, data);
  c.recordedMaximumValuePence += term.initialTermValuePence - c.recordedInitialTermValuePence;
  c.recordedInitialTermValuePence = term.initialTermValuePence;
  c.initialTermMonths = term.initialTermMonths;
  c.maximumTermMonths = term.maximumTermMonths;
  c.startsOn = data.startsOn;
  c.endsOn = data.endsOn;
  // With no option taken up nor change agreed, the end corrected is the initial term's end.
  c.initialEndsOn =
    c.extensionsExercised.length + c.modifications.length + c.extendedWithAgreement.length === 0
      ? data.endsOn
      : lastDayOfTerm(data.startsOn, term.initialTermMonths);
};
