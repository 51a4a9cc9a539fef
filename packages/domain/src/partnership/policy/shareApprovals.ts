import { Either, left, right } from 'fp-ts/Either';
import { allocateByShares } from '../../money';
import { DecisionSubject } from '../codecs';
import { PartnershipError, refuse } from '../errors';
import { FundingShare } from '../events/contractTerms';
import { percent } from '../rules/modificationMeasures';
import { PartnershipState } from '../state';
import { approvalShortfall } from './approvals';
import { CouncilPolicy } from './councilPolicy';
import { ShareApproval, ShareApproved } from './shareApprovalCodec';
import { commissionerName, governedBy } from './schemeOfDelegation';

/** A value committed under one contract, paid by its commissioners in their funding shares. */
export interface Commitment {
  readonly valuePence: number;
  readonly shares: readonly FundingShare[];
}

/** What a commitment of collaboratively funded contracts asks of each commissioner's own scheme. */
export interface ShareCheck {
  /** The step: `award` when a contract is signed, `extension`, `modification`, `expansion`. */
  readonly subject: DecisionSubject;
  /** Other decision subjects that approve a share at this step (see `ApprovalCheck.answeredBy`). */
  readonly answeredBy?: readonly DecisionSubject[];
  /**
   * What is committed: one contract's value, or (an option on an agreement) the agreement's and each
   * module's it carries, each split by its own contract's shares and added up per commissioner.
   */
  readonly committed: readonly Commitment[];
  /** The decisions the command names, one per commissioner at most. */
  readonly approvals: readonly ShareApproval[] | undefined;
  readonly on: string;
  /** The commitment in words, e.g. `contract south-tees-carers-contract`. */
  readonly what: string;
}

const namedOnce = (check: ShareCheck): PartnershipError | undefined => {
  const seen = new Set<string>();
  const funds = (id: string) => check.committed.some((c) => c.shares.some((s) => s.commissionerId === id));
  for (const [i, approval] of (check.approvals ?? []).entries()) {
    const path = ['data', 'shareApprovals', String(i), 'commissionerId'];
    if (!funds(approval.commissionerId))
      return refuse(
        'FundingSharesInvalid',
        `${approval.commissionerId} approves a share of ${check.what} but funds none of it: name only the commissioners in fundingShares`,
        path,
      );
    if (seen.has(approval.commissionerId))
      return refuse(
        'FundingSharesInvalid',
        `${approval.commissionerId} names two decisions for its share of ${check.what}; name one`,
        path,
      );
    seen.add(approval.commissionerId);
  }
  return undefined;
};

/**
 * The value split between the commissioners in exact pence: each share rounded down, and the pence
 * left over given one each to the shares with the largest remainders (ties to the share listed
 * first), so the parts add up to the whole: no penny made or lost.
 */
export const valueOfShares = (
  valuePence: number,
  shares: readonly FundingShare[],
): Either<PartnershipError, number[]> => {
  const parts = allocateByShares(
    valuePence,
    shares.map((share) => share.shareBasisPoints),
  );
  return parts._tag === 'Right'
    ? parts
    : left(refuse('FundingSharesInvalid', parts.left.message, ['data', 'fundingShares']));
};

/** Each commissioner's part of everything committed, in the order the shares first name them. */
const partsByCommissioner = (
  committed: readonly Commitment[],
): Either<PartnershipError, Map<string, { pence: number; basisPoints: number[] }>> => {
  const byCommissioner = new Map<string, { pence: number; basisPoints: number[] }>();
  for (const commitment of committed) {
    if (commitment.shares.length === 0) continue;
    const parts = valueOfShares(commitment.valuePence, commitment.shares);
    if (parts._tag === 'Left') return parts;
    for (const [i, share] of commitment.shares.entries()) {
      const sofar = byCommissioner.get(share.commissionerId) ?? { pence: 0, basisPoints: [] };
      byCommissioner.set(share.commissionerId, {
        pence: sofar.pence + (parts.right[i] ?? 0),
        basisPoints: [...sofar.basisPoints, share.shareBasisPoints],
      });
    }
  }
  return right(byCommissioner);
};

/**
 * In a collaborative contract each commissioner's own scheme of delegation governs its own share:
 * where a commissioner other than the lead has a scheme of its own (`schemesOfDelegation`) and its
 * share of what is committed is above a threshold there, the command must name (in `shareApprovals`)
 * a decision of that commissioner's own bodies, approved on or before the day for at least its
 * share. The lead's scheme governs the whole through the step it leads (award, extension,
 * modification, expansion), its share included; a commissioner with no scheme of its own is governed
 * as before, by that step. When met: each share that needed approval, with the decision that
 * approved it and the share's value, for the step's event to record.
 */
export const requireShareApprovals = (
  policy: CouncilPolicy,
  state: PartnershipState,
  check: ShareCheck,
): Either<PartnershipError, readonly ShareApproved[]> => {
  const misnamed = namedOnce(check);
  if (misnamed !== undefined) return left(misnamed);
  const parts = partsByCommissioner(check.committed);
  if (parts._tag === 'Left') return parts;
  const approved: ShareApproved[] = [];
  for (const [id, part] of parts.right) {
    if (id === state.leadCommissionerId || policy.schemesOfDelegation?.get(id) === undefined) continue;
    const named = (check.approvals ?? []).findIndex((approval) => approval.commissionerId === id);
    const governance = governedBy(state, id);
    const decisionId = named < 0 ? undefined : check.approvals?.[named]?.governanceDecisionId;
    const shareCheck = {
      subject: check.subject,
      ...(check.answeredBy === undefined ? {} : { answeredBy: check.answeredBy }),
      valuePence: part.pence,
      on: check.on,
      what: `${commissionerName(governance, id)}'s share (${part.basisPoints.map(percent).join(', ')}) of ${check.what}`,
      ...governance,
    };
    const short = approvalShortfall(policy, { ...shareCheck, decisionId });
    if (short === undefined) {
      // Met: by the decision named, if the share needed one (it falls short with none named).
      if (
        decisionId !== undefined &&
        approvalShortfall(policy, { ...shareCheck, decisionId: undefined }) !== undefined
      )
        approved.push({ commissionerId: id, governanceDecisionId: decisionId, sharePence: part.pence });
      continue;
    }
    if (short.problem === undefined)
      return left(
        refuse(
          'ApprovalRequired',
          `${short.needed}; record it and name it in shareApprovals with its commissionerId`,
          ['data', 'shareApprovals'],
          short.details,
        ),
      );
    return left(
      refuse(
        short.unknownDecision ? 'UnknownDecision' : 'ApprovalRequired',
        `${short.needed}; but ${short.problem}`,
        ['data', 'shareApprovals', String(named), 'governanceDecisionId'],
        short.details,
      ),
    );
  }
  return right(approved);
};

/**
 * The share approvals a step's event records: the field only when some share needed approval, so an
 * event whose shares needed none is written as it was before approvals were recorded.
 */
export const recordedShareApprovals = (
  approved: Either<PartnershipError, readonly ShareApproved[]>,
): { readonly shareApprovals?: ShareApproved[] } =>
  approved._tag === 'Right' && approved.right.length > 0 ? { shareApprovals: [...approved.right] } : {};
