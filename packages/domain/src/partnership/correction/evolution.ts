import { own, withId } from '../../shared/idRecord';
import { PartnershipEventOfType } from '../events';
import { Evolution } from '../phase/evolution';
import { PartnershipState } from '../state';

/** A correction replaces the figures the rules read next, and remembers who made it (four eyes). */
const corrected = (
  state: PartnershipState,
  event: PartnershipEventOfType<'PerformanceReturnCorrected' | 'ExpenditureClaimCorrected'>,
): PartnershipState => {
  const d = event.data;
  const c = own(state.contracts, d.contractId);
  if (c === undefined) return state;
  const corrections = withId(state.corrections, d.correctionId, { contractId: d.contractId });
  if (event.type === 'PerformanceReturnCorrected') {
    const filed = own(c.returns, event.data.returnId);
    if (filed === undefined) return state;
    const returns = withId(c.returns, event.data.returnId, {
      ...filed,
      measures: event.data.measures,
      correctedBy: [...filed.correctedBy, d.correctedBy],
      approvedOn: event.data.approvalWithdrawn ? null : filed.approvedOn,
    });
    return { ...state, corrections, contracts: withId(state.contracts, c.contractId, { ...c, returns }) };
  }
  const claim = own(c.claims, event.data.claimId);
  if (claim === undefined) return state;
  const claims = withId(c.claims, event.data.claimId, {
    ...claim,
    claimedPence: event.data.claimedPence,
    correctedBy: [...claim.correctedBy, d.correctedBy],
  });
  return { ...state, corrections, contracts: withId(state.contracts, c.contractId, { ...c, claims }) };
};

export const correctionEvolution: Evolution<'PerformanceReturnCorrected' | 'ExpenditureClaimCorrected'> = {
  PerformanceReturnCorrected: corrected,
  ExpenditureClaimCorrected: corrected,
};
