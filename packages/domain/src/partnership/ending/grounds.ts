import { addMonths } from '../dates';
import { PartnershipError, refuse } from '../errors';
import { field, firstRefusal, notBefore } from '../phase/decision';
import { anniversaryNumber, anniversaryOnOrAfter } from '../rules/contractTerms';
import { ContractState } from '../state';
import { own } from '../../shared/idRecord';

interface Notice {
  readonly givenBy: 'council' | 'partner';
  readonly noticeGivenOn: string;
  readonly effectiveOn: string;
  readonly reviewId?: string | undefined;
}

/**
 * The annual termination clause: only by a party it names, ending on an anniversary of the start,
 * after the notice it needs.
 */
export const annualClauseProblem = (c: ContractState, data: Notice): PartnershipError | undefined => {
  const clause = c.annualTerminationClause;
  if (clause === null) {
    return refuse(
      'NoAnnualTerminationClause',
      `contract ${c.contractId} has no annual termination clause; it can be ended early only for performance`,
      field('ground'),
    );
  }
  const earliest = anniversaryOnOrAfter(c.startsOn, addMonths(data.noticeGivenOn, clause.noticeMonths));
  return firstRefusal(
    () =>
      !clause.exercisableBy.includes(data.givenBy) &&
      refuse(
        'NotPermitted',
        `the annual termination clause of ${c.contractId} may be used only by the ${clause.exercisableBy.join(' or ')}`,
        field('givenBy'),
      ),
    () =>
      anniversaryNumber(c.startsOn, data.effectiveOn) === undefined &&
      refuse(
        'NotAnAnniversary',
        `under the annual termination clause the contract ends on an anniversary of its start (${c.startsOn}); ${data.effectiveOn} is not one — with notice given ${data.noticeGivenOn} the earliest is ${earliest}`,
        field('effectiveOn'),
        { earliestEffectiveOn: earliest },
      ),
    () =>
      data.effectiveOn < earliest &&
      refuse(
        'NoticeTooShort',
        `the clause needs ${clause.noticeMonths} months' notice: notice given ${data.noticeGivenOn} can take effect on the anniversary ${earliest} at the earliest`,
        field('effectiveOn'),
        { earliestEffectiveOn: earliest },
      ),
  );
};

/** Termination for performance: the council's, after a review that decided to terminate. */
export const performanceGroundProblem = (c: ContractState, data: Notice): PartnershipError | undefined => {
  if (data.givenBy !== 'council') {
    return refuse(
      'NotPermitted',
      'termination for performance is the council’s decision, taken at a review',
      field('givenBy'),
    );
  }
  const review = data.reviewId === undefined ? undefined : own(c.reviews, data.reviewId);
  if (review === undefined || review.decision !== 'terminate') {
    return refuse(
      'TerminationNotDecided',
      `termination for performance follows a review of ${c.contractId} that decided to terminate; ` +
        (data.reviewId === undefined
          ? 'name that review in reviewId'
          : `review ${data.reviewId} ${review === undefined ? 'is not recorded' : `decided ${review.decision}`}`),
      field('reviewId'),
    );
  }
  return notBefore(data.noticeGivenOn, review.reviewedOn, field('noticeGivenOn'), 'the notice', 'the review');
};
