import { describeOptions } from '../rules/contractTerms';
import { left } from 'fp-ts/Either';
import { addMonths } from '../dates';
import { ROLES } from '../policy/councilPolicy';
import { anniversaryNumber, anniversaryOnOrAfter } from '../rules/contractTerms';
import { ContractState } from '../state';
import { PartnershipError, refuse } from '../errors';
import { event, field, Handlers, no, notBefore, ok, orNull } from '../phase/decision';
import { activeContract } from '../phase/lookups';
import { own } from '../../shared/idRecord';

/**
 * PA 2023 s.71: performance against the KPIs set under s.52 is assessed at least every 12 months and
 * on the contract's termination or expiry as well.
 */
const finalAssessmentMissing = (c: ContractState): PartnershipError | undefined =>
  c.kpisRequired && !Object.values(c.reviews).some((r) => r.finalAssessment)
    ? refuse(
        'FinalAssessmentRequired',
        `PA 2023 s.71: contract ${c.contractId} carries KPIs set under s.52, so its performance is assessed when it ends: record its final performance assessment (a review with finalAssessment) before it ends`,
        field('contractId'),
      )
    : undefined;

export const endingHandlers: Handlers<
  'RecordContractExpiry' | 'GiveTerminationNotice' | 'RecordTermination'
> = {
  RecordContractExpiry: ({ data }, state) => {
    const found = activeContract(state, data.contractId);
    if (found._tag === 'Left') return found;
    const c = found.right;
    if (data.expiredOn < c.endsOn) {
      const remaining = c.extensionOptions.slice(c.extensionsExercised);
      return no(
        'NotYetExpired',
        `contract ${c.contractId} runs to ${c.endsOn}; it cannot expire on ${data.expiredOn}` +
          (remaining.length > 0
            ? ` (${remaining.length} extension option(s) remain: ${describeOptions(remaining)})`
            : '') +
          '; to end it sooner, give notice of termination',
        field('expiredOn'),
        { endsOn: c.endsOn },
      );
    }
    const missing = finalAssessmentMissing(c);
    if (missing !== undefined) return left(missing);
    return ok(
      event('ContractExpired', {
        partnershipId: data.partnershipId,
        contractId: c.contractId,
        expiredOn: data.expiredOn,
      }),
    );
  },

  GiveTerminationNotice: (command, state) => {
    const { data } = command;
    const found = activeContract(state, data.contractId);
    if (found._tag === 'Left') return found;
    const c = found.right;
    if (c.terminationNotice !== null) {
      return no(
        'TerminationAlreadyNoticed',
        `notice was given on ${c.terminationNotice.noticeGivenOn} to end ${c.contractId} on ${c.terminationNotice.effectiveOn}`,
        field('contractId'),
      );
    }
    const actingAsPartner = command.metadata.actor.role === ROLES.PARTNER;
    if (actingAsPartner !== (data.givenBy === 'partner')) {
      return no(
        'NotPermitted',
        `notice given by the ${data.givenBy} must come from ${data.givenBy === 'partner' ? 'the partner' : 'a council officer'}; ${command.metadata.actor.id} acts as ${command.metadata.actor.role}`,
        field('givenBy'),
      );
    }
    const early =
      notBefore(
        data.noticeGivenOn,
        c.signedOn,
        field('noticeGivenOn'),
        'the notice',
        'the contract was signed',
      ) ??
      notBefore(data.effectiveOn, data.noticeGivenOn, field('effectiveOn'), 'the termination', 'the notice');
    if (early !== undefined) return left(early);
    if (data.effectiveOn > c.endsOn) {
      return no(
        'DatesOutOfOrder',
        `contract ${c.contractId} ends on ${c.endsOn} anyway; let it expire rather than terminate after its end`,
        field('effectiveOn'),
      );
    }
    if (data.ground === 'annual-termination-clause') {
      const clause = c.annualTerminationClause;
      if (clause === null) {
        return no(
          'NoAnnualTerminationClause',
          `contract ${c.contractId} has no annual termination clause; it can be ended early only for performance`,
          field('ground'),
        );
      }
      if (!clause.exercisableBy.includes(data.givenBy)) {
        return no(
          'NotPermitted',
          `the annual termination clause of ${c.contractId} may be used only by the ${clause.exercisableBy.join(' or ')}`,
          field('givenBy'),
        );
      }
      const earliest = anniversaryOnOrAfter(c.startsOn, addMonths(data.noticeGivenOn, clause.noticeMonths));
      if (anniversaryNumber(c.startsOn, data.effectiveOn) === undefined) {
        return no(
          'NotAnAnniversary',
          `under the annual termination clause the contract ends on an anniversary of its start (${c.startsOn}); ${data.effectiveOn} is not one — with notice given ${data.noticeGivenOn} the earliest is ${earliest}`,
          field('effectiveOn'),
          { earliestEffectiveOn: earliest },
        );
      }
      if (data.effectiveOn < earliest) {
        return no(
          'NoticeTooShort',
          `the clause needs ${clause.noticeMonths} months' notice: notice given ${data.noticeGivenOn} can take effect on the anniversary ${earliest} at the earliest`,
          field('effectiveOn'),
          { earliestEffectiveOn: earliest },
        );
      }
    } else {
      if (data.givenBy !== 'council') {
        return no(
          'NotPermitted',
          'termination for performance is the council’s decision, taken at a review',
          field('givenBy'),
        );
      }
      const review = data.reviewId === undefined ? undefined : own(c.reviews, data.reviewId);
      if (review === undefined || review.decision !== 'terminate') {
        return no(
          'TerminationNotDecided',
          `termination for performance follows a review of ${c.contractId} that decided to terminate; ` +
            (data.reviewId === undefined
              ? 'name that review in reviewId'
              : `review ${data.reviewId} ${review === undefined ? 'is not recorded' : `decided ${review.decision}`}`),
          field('reviewId'),
        );
      }
      const beforeReview = notBefore(
        data.noticeGivenOn,
        review.reviewedOn,
        field('noticeGivenOn'),
        'the notice',
        'the review',
      );
      if (beforeReview !== undefined) return left(beforeReview);
    }
    return ok(
      event('TerminationNoticeGiven', {
        partnershipId: data.partnershipId,
        contractId: c.contractId,
        ground: data.ground,
        givenBy: data.givenBy,
        noticeGivenOn: data.noticeGivenOn,
        effectiveOn: data.effectiveOn,
        reviewId: orNull(data.reviewId),
        reason: data.reason,
      }),
    );
  },

  RecordTermination: ({ data }, state) => {
    const found = activeContract(state, data.contractId);
    if (found._tag === 'Left') return found;
    const c = found.right;
    const notice = c.terminationNotice;
    if (notice === null) {
      return no(
        'NoTerminationNotice',
        `no notice of termination has been given on ${c.contractId}; give notice first`,
        field('contractId'),
      );
    }
    if (data.terminatedOn < notice.effectiveOn) {
      return no(
        'TerminationNotYetEffective',
        `the notice given ${notice.noticeGivenOn} takes effect on ${notice.effectiveOn}; the contract continues until then`,
        field('terminatedOn'),
        { effectiveOn: notice.effectiveOn },
      );
    }
    const missing = finalAssessmentMissing(c);
    if (missing !== undefined) return left(missing);
    return ok(
      event('ContractTerminated', {
        partnershipId: data.partnershipId,
        contractId: c.contractId,
        ground: notice.ground,
        terminatedOn: data.terminatedOn,
      }),
    );
  },
};
