import { Either, left, right } from 'fp-ts/Either';
import { formatPounds } from '../../money';
import { DecisionSubject } from '../codecs';
import { PartnershipError, refuse } from '../errors';
import { CouncilPolicy } from './councilPolicy';
import { own } from '../../shared/idRecord';
import { commissionerName, decidedFor, Governance, schemeFor } from './schemeOfDelegation';

export interface ApprovalCheck {
  readonly subject: DecisionSubject;
  readonly valuePence: number;
  readonly decisionId: string | undefined;
  readonly on: string;
  readonly what: string;
}

/**
 * The governing commissioner's scheme of delegation: above a threshold, the named decision must have
 * been recorded, approved, by a body of that commissioner the scheme names, on or before the day,
 * for at least the value. Another commissioner's decision does not meet it.
 */
export const requireApproval = (
  policy: CouncilPolicy,
  check: ApprovalCheck & Governance,
): Either<PartnershipError, true> => {
  const path = ['data', 'governanceDecisionId'];
  const scheme = schemeFor(policy, check.governedBy);
  for (const threshold of scheme.approvalThresholds) {
    if (!threshold.subjects.includes(check.subject) || check.valuePence <= threshold.abovePence) continue;
    const needed =
      `${check.what} is worth ${formatPounds(check.valuePence)}, above ${formatPounds(threshold.abovePence)}: ` +
      `${scheme.councilName}'s scheme of delegation: ${threshold.description}. ` +
      `Needed: a decision by ${scheme.councilName}'s ${threshold.approvers.join(' or ')}`;
    if (check.decisionId === undefined) {
      return left(
        refuse('ApprovalRequired', `${needed}; record it and name it in governanceDecisionId`, path, {
          thresholdPence: threshold.abovePence,
          valuePence: check.valuePence,
          governedBy: check.governedBy,
        }),
      );
    }
    const decision = own(check.decisions, check.decisionId);
    const problem =
      decision === undefined
        ? `no decision ${check.decisionId} has been recorded`
        : decision.outcome !== 'approved'
          ? `decision ${check.decisionId} was ${decision.outcome}, not approved`
          : decidedFor(decision, check) !== check.governedBy
            ? `decision ${check.decisionId} was taken by ${commissionerName(check, decidedFor(decision, check))}, whose scheme of delegation does not govern this step`
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
            governedBy: check.governedBy,
          },
        ),
      );
    }
  }
  return right(true);
};
