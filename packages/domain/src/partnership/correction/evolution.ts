import { IdRecord, own, withId } from '../../shared/idRecord';
import { RecordedBy } from '../codecs';
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

/**
 * The filings with one corrected: its figures replaced, and who corrected it added to those who may
 * not approve or verify it (four eyes). Undefined when nothing was filed under that id.
 */
const refiled = <F extends { readonly correctedBy: readonly RecordedBy[] }>(
  filings: IdRecord<F>,
  id: string,
  correctedBy: RecordedBy,
  figures: (filed: F) => Partial<F>,
): IdRecord<F> | undefined => {
  const filed = own(filings, id);
  if (filed === undefined) return undefined;
  return withId(filings, id, {
    ...filed,
    ...figures(filed),
    correctedBy: [...filed.correctedBy, correctedBy],
  });
};

/** A correction replaces the figures the rules read next, and remembers who made it (four eyes). */
const corrected = (
  state: PartnershipState,
  event: PartnershipEventOfType<'PerformanceReturnCorrected' | 'ExpenditureClaimCorrected'>,
): PartnershipState => {
  const d = event.data;
  const c = own(state.contracts, d.contractId);
  if (c === undefined) return state;
  if (event.type === 'PerformanceReturnCorrected') {
    const { returnId, measures, approvalWithdrawn } = event.data;
    const returns = refiled(c.returns, returnId, d.correctedBy, (filed) => ({
      measures,
      approvedOn: approvalWithdrawn ? null : filed.approvedOn,
    }));
    return returns === undefined ? state : withCorrection(state, d, { ...c, returns });
  }
  const { claimId, claimedPence } = event.data;
  const claims = refiled(c.claims, claimId, d.correctedBy, () => ({ claimedPence }));
  return claims === undefined ? state : withCorrection(state, d, { ...c, claims });
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
