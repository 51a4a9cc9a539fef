import { own, withId } from '../../shared/idRecord';
import { PartnershipEventOfType } from '../events';
import { Evolution } from '../phase/evolution';
import { correctedTerm } from '../rules/correctedTerm';
import { ContractState, PartnershipState } from '../state';

/** The correction remembered against its contract, now holding the corrected return or claim. */
const withCorrection = (
  state: PartnershipState,
  { correctionId, contractId }: { readonly correctionId: string; readonly contractId: string },
  contract: ContractState,
): PartnershipState => ({
  ...state,
  corrections: withId(state.corrections, correctionId, { contractId }),
  contracts: withId(state.contracts, contractId, contract),
});

/** A correction replaces the figures the rules read next, and remembers who made it (four eyes). */
const corrected = (
  state: PartnershipState,
  event: PartnershipEventOfType<'PerformanceReturnCorrected' | 'ExpenditureClaimCorrected'>,
): PartnershipState => {
  const d = event.data;
  const c = own(state.contracts, d.contractId);
  if (c === undefined) return state;
  if (event.type === 'PerformanceReturnCorrected') {
    const filed = own(c.returns, event.data.returnId);
    if (filed === undefined) return state;
    const returns = withId(c.returns, event.data.returnId, {
      ...filed,
      measures: event.data.measures,
      correctedBy: [...filed.correctedBy, d.correctedBy],
      approvedOn: event.data.approvalWithdrawn ? null : filed.approvedOn,
    });
    return withCorrection(state, d, { ...c, returns });
  }
  const claim = own(c.claims, event.data.claimId);
  if (claim === undefined) return state;
  const claims = withId(c.claims, event.data.claimId, {
    ...claim,
    claimedPence: event.data.claimedPence,
    correctedBy: [...claim.correctedBy, d.correctedBy],
  });
  return withCorrection(state, d, { ...c, claims });
};

export const correctionEvolution: Evolution<
  | 'PerformanceReturnCorrected'
  | 'ExpenditureClaimCorrected'
  | 'KpiDefinitionCorrected'
  | 'ContractDatesCorrected'
> = {
  PerformanceReturnCorrected: corrected,
  ExpenditureClaimCorrected: corrected,
  // The rules rate returns filed from now on against the corrected terms. A correction stored before
  // names could be corrected names none: the KPI keeps its name, unit and frequency.
  KpiDefinitionCorrected: (state, { data }) => {
    const c = own(state.contracts, data.contractId);
    const kpi = c === undefined ? undefined : own(c.kpis, data.kpiId);
    if (c === undefined || kpi === undefined) return state;
    const corrected = { ...kpi, ...data.corrected, tolerance: { ...data.corrected.tolerance } };
    return withCorrection(state, data, { ...c, kpis: withId(c.kpis, data.kpiId, corrected) });
  },
  // Everything the rules derive from the dates (extension deadlines, anniversaries, expiry) follows,
  // and the values derived from the term's length (see `correctedTerm`): a change is measured
  // against the contract as it should have been recorded.
  ContractDatesCorrected: (state, { data }) => {
    const c = own(state.contracts, data.contractId);
    if (c === undefined) return state;
    const term = correctedTerm(c, data);
    const repriced = term.initialTermValuePence - c.initialTermValuePence;
    return withCorrection(state, data, {
      ...c,
      startsOn: data.startsOn,
      endsOn: data.endsOn,
      initialTermMonths: term.initialTermMonths,
      maximumTermMonths: term.maximumTermMonths,
      initialTermValuePence: term.initialTermValuePence,
      maximumValuePence: c.maximumValuePence + repriced,
      currentValuePence: c.currentValuePence + repriced,
    });
  },
};
