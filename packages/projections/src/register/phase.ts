import { ContractStanding } from '@council-partnerships/domain';
import { RegisterPartnership } from './state';
import { isEndedPhase } from './standing';

/**
 * A contract's phase in the register: the domain's standing, with a signed contract `contracted` and
 * one mobilising `mobilisation`. A contract ended by its dates with no end recorded is
 * `ended-expiry-not-recorded` or `ended-termination-not-recorded`.
 */
export type ContractPhase =
  Exclude<ContractStanding, 'signed' | 'mobilising'> | 'contracted' | 'mobilisation';

/**
 * Where a partnership stands in the register: the phase of its contracts once it has any (every
 * contract ended by its dates with an end not recorded reads as that end), else of its procurements.
 */
export type Phase =
  | 'concept'
  | 'market-engagement'
  | 'procurement'
  | 'evaluation'
  | 'award-decision'
  | 'standstill'
  | 'awaiting-signature'
  | ContractPhase
  | 'cancelled';

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
