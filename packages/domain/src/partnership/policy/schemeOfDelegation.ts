import { IdRecord, own } from '../../shared/idRecord';
import { CommissionerState, GovernanceDecisionState, PartnershipState } from '../state';
import { ApprovalThreshold, CouncilPolicy } from './councilPolicy';

/** One commissioner's scheme of delegation: the approvals its own bodies must give. */
export interface SchemeOfDelegation {
  readonly councilName: string;
  readonly approvalThresholds: readonly ApprovalThreshold[];
}

/**
 * The scheme that governs a commissioner's approvals. A policy may name each commissioner's scheme
 * (`schemesOfDelegation`, keyed by commissioner id); a commissioner it does not name is governed by
 * the policy's own thresholds, which is how a single council's policy has always read.
 */
export const schemeFor = (policy: CouncilPolicy, commissionerId: string | null): SchemeOfDelegation =>
  (commissionerId === null ? undefined : policy.schemesOfDelegation?.get(commissionerId)) ?? {
    councilName: policy.councilName,
    approvalThresholds: policy.approvalThresholds,
  };

/** What an approval check needs to know of the partnership: its decisions and whose they were. */
export interface Governance {
  readonly decisions: IdRecord<GovernanceDecisionState>;
  readonly commissioners: IdRecord<CommissionerState>;
  readonly leadCommissionerId: string | null;
  /** The commissioner whose scheme governs this step. */
  readonly governedBy: string | null;
}

/** A step governed by one commissioner's scheme of delegation (its own share of a contract, say). */
export const governedBy = (state: PartnershipState, commissionerId: string | null): Governance => ({
  decisions: state.decisions,
  commissioners: state.commissioners,
  leadCommissionerId: state.leadCommissionerId,
  governedBy: commissionerId,
});

/**
 * The steps the lead commissioner takes for everyone (launching, awarding, extending, modifying,
 * expanding the contracts it let) are governed by the lead's scheme of delegation.
 */
export const ledByLead = (state: PartnershipState): Governance => governedBy(state, state.leadCommissionerId);

/** Whose decision it was: records that did not say are the lead commissioner's. */
export const decidedFor = (decision: GovernanceDecisionState, governance: Governance): string | null =>
  decision.commissionerId ?? governance.leadCommissionerId;

export const commissionerName = (governance: Governance, commissionerId: string | null): string =>
  commissionerId === null
    ? 'the lead commissioner'
    : (own(governance.commissioners, commissionerId)?.name ?? commissionerId);
