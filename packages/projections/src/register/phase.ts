import { RegisterPartnership } from './state';
import { isEndedPhase } from './standing';

/** Where a partnership stands in the register, read from its contracts, else its procurements. */
export type Phase =
  | 'concept'
  | 'market-engagement'
  | 'procurement'
  | 'evaluation'
  | 'award-decision'
  | 'standstill'
  | 'awaiting-signature'
  | 'contracted'
  | 'mobilisation'
  | 'live'
  | 'under-notice'
  | 'expired'
  | 'terminated'
  /** Every contract has ended by its dates, and at least one end is not yet recorded. */
  | 'ended-expiry-not-recorded'
  | 'ended-termination-not-recorded'
  | 'cancelled';

export type ContractPhase =
  | 'contracted'
  | 'mobilisation'
  | 'live'
  | 'under-notice'
  | 'expired'
  | 'terminated'
  | 'ended-expiry-not-recorded'
  | 'ended-termination-not-recorded';

/** The phase of a partnership: from its contracts once it has any, else from its procurements. */
export const registerPhase = (
  p: RegisterPartnership,
  phases: readonly ContractPhase[],
  today: string,
): Phase => {
  if (phases.length > 0) {
    if (phases.every(isEndedPhase)) {
      for (const unrecorded of ['ended-expiry-not-recorded', 'ended-termination-not-recorded'] as const)
        if (phases.includes(unrecorded)) return unrecorded;
      return phases.every((ph) => ph === 'terminated') ? 'terminated' : 'expired';
    }
    for (const phase of ['live', 'under-notice', 'mobilisation'] as const)
      if (phases.includes(phase)) return phase;
    return 'contracted';
  }
  const procurements = Object.values(p.procurements);
  if (procurements.length > 0) {
    const open = procurements.filter((pr) => pr.cancelledOn === null);
    if (open.length === 0) return 'cancelled';
    const standstills = open.flatMap((pr) => pr.standstills);
    if (standstills.some((s) => s.endedOn === null && s.lastDay >= today)) return 'standstill';
    if (standstills.length > 0) return 'awaiting-signature';
    if (open.some((pr) => pr.awardedLotIds.length > 0)) return 'award-decision';
    if (open.some((pr) => pr.evaluatedLotIds.length > 0)) return 'evaluation';
    return 'procurement';
  }
  return p.engagementEvents.length > 0 ? 'market-engagement' : 'concept';
};
