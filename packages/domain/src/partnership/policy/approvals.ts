import { Either, left, right } from 'fp-ts/Either';
import { formatPounds } from '../../money';
import { DecisionSubject } from '../codecs';
import { PartnershipError, refuse } from '../errors';
import { GovernanceDecisionState } from '../state';
import { CouncilPolicy } from './councilPolicy';
import { own } from '../../shared/idRecord';

export interface ApprovalCheck {
  readonly subject: DecisionSubject;
  readonly valuePence: number;
  readonly decisionId: string | undefined;
  readonly on: string;
  readonly decisions: Readonly<Record<string, GovernanceDecisionState>>;
  readonly what: string;
}

/**
 * The council's scheme of delegation: above a threshold, the named decision must have been
 * recorded, approved, by a body the policy names, on or before the day, for at least the value.
 */
export const requireApproval = (
  policy: CouncilPolicy,
  check: ApprovalCheck,
): Either<PartnershipError, true> => {
  const path = ['data', 'governanceDecisionId'];
  for (const threshold of policy.approvalThresholds) {
    if (!threshold.subjects.includes(check.subject) || check.valuePence <= threshold.abovePence) continue;
    const needed =
      `${check.what} is worth ${formatPounds(check.valuePence)}, above ${formatPounds(threshold.abovePence)}: ` +
      `${threshold.description}. Needed: a decision by ${threshold.approvers.join(' or ')}`;
    if (check.decisionId === undefined) {
      return left(
        refuse('ApprovalRequired', `${needed}; record it and name it in governanceDecisionId`, path, {
          thresholdPence: threshold.abovePence,
          valuePence: check.valuePence,
        }),
      );
    }
    const decision = own(check.decisions, check.decisionId);
    const problem =
      decision === undefined
        ? `no decision ${check.decisionId} has been recorded`
        : decision.outcome !== 'approved'
          ? `decision ${check.decisionId} was ${decision.outcome}, not approved`
          : !threshold.approvers.includes(decision.decisionMaker)
            ? `decision ${check.decisionId} was taken by ${decision.decisionMaker}`
            : decision.subject !== check.subject &&
                !(check.subject === 'launch-procurement' && decision.subject === 'procurement-approach')
              ? `decision ${check.decisionId} approved ${decision.subject}, not ${check.subject}`
              : decision.decidedOn > check.on
                ? `decision ${check.decisionId} was taken on ${decision.decidedOn}, after ${check.on}`
                : decision.approvedValuePence !== null && decision.approvedValuePence < check.valuePence
                  ? `decision ${check.decisionId} approved only ${formatPounds(decision.approvedValuePence)}`
                  : undefined;
    if (problem !== undefined) {
      return left(
        refuse(
          decision === undefined ? 'UnknownDecision' : 'ApprovalRequired',
          `${needed}; but ${problem}`,
          path,
          {
            thresholdPence: threshold.abovePence,
            valuePence: check.valuePence,
          },
        ),
      );
    }
  }
  return right(true);
};
