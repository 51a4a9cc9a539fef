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
  /**
   * The subjects of the decisions that answer this check, when more than its own subject does: a
   * commissioner's approval of the collaborative procurement answers for its share of the contract.
   */
  readonly answeredBy?: readonly DecisionSubject[];
}

/** Why a check is not met: the scheme's words for what is needed, and what is missing or wrong. */
export interface ApprovalShortfall {
  /** The threshold crossed, in the scheme's words, and who must decide. */
  readonly needed: string;
  /** Undefined when no decision was named; otherwise what is wrong with the one named. */
  readonly problem: string | undefined;
  readonly unknownDecision: boolean;
  readonly details: {
    readonly thresholdPence: number;
    readonly valuePence: number;
    readonly governedBy: string | null;
  };
}

const answers = (decisionSubject: DecisionSubject, check: ApprovalCheck): boolean =>
  decisionSubject === check.subject ||
  (check.subject === 'launch-procurement' && decisionSubject === 'procurement-approach') ||
  (check.answeredBy ?? []).includes(decisionSubject);

/**
 * The governing commissioner's scheme of delegation: above a threshold, the named decision must have
 * been recorded, approved, by a body of that commissioner the scheme names, on or before the day,
 * for at least the value. Another commissioner's decision does not meet it. Undefined when met.
 */
export const approvalShortfall = (
  policy: CouncilPolicy,
  check: ApprovalCheck & Governance,
): ApprovalShortfall | undefined => {
  const scheme = schemeFor(policy, check.governedBy);
  for (const threshold of scheme.approvalThresholds) {
    if (!threshold.subjects.includes(check.subject) || check.valuePence <= threshold.abovePence) continue;
    const details = {
      thresholdPence: threshold.abovePence,
      valuePence: check.valuePence,
      governedBy: check.governedBy,
    };
    const needed =
      `${check.what} is worth ${formatPounds(check.valuePence)}, above ${formatPounds(threshold.abovePence)}: ` +
      `${scheme.councilName}'s scheme of delegation: ${threshold.description}. ` +
      `Needed: a decision by ${scheme.councilName}'s ${threshold.approvers.join(' or ')}`;
    if (check.decisionId === undefined)
      return { needed, problem: undefined, unknownDecision: false, details };
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
              : !answers(decision.subject, check)
                ? `decision ${check.decisionId} approved ${decision.subject}, not ${check.subject}`
                : decision.decidedOn > check.on
                  ? `decision ${check.decisionId} was taken on ${decision.decidedOn}, after ${check.on}`
                  : decision.approvedValuePence !== null && decision.approvedValuePence < check.valuePence
                    ? `decision ${check.decisionId} approved only ${formatPounds(decision.approvedValuePence)}`
                    : undefined;
    if (problem !== undefined) return { needed, problem, unknownDecision: decision === undefined, details };
  }
  return undefined;
};

/** The approval a step the lead takes needs, named in the command's `governanceDecisionId`. */
export const requireApproval = (
  policy: CouncilPolicy,
  check: ApprovalCheck & Governance,
): Either<PartnershipError, true> => {
  const path = ['data', 'governanceDecisionId'];
  const short = approvalShortfall(policy, check);
  if (short === undefined) return right(true);
  if (short.problem === undefined)
    return left(
      refuse(
        'ApprovalRequired',
        `${short.needed}; record it and name it in governanceDecisionId`,
        path,
        short.details,
      ),
    );
  return left(
    refuse(
      short.unknownDecision ? 'UnknownDecision' : 'ApprovalRequired',
      `${short.needed}; but ${short.problem}`,
      path,
      short.details,
    ),
  );
};
