import { describeOptions } from '../rules/contractTerms';
import { ROLES } from '../policy/councilPolicy';
import { ContractState } from '../state';
import { PartnershipError, refuse } from '../errors';
import { afterChecks, event, field, Handlers, notBefore, orNull } from '../phase/decision';
import { withActiveContract } from '../phase/lookups';
import { annualClauseProblem, performanceGroundProblem } from './grounds';

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

/** A contract ends: expiry at its end date, or termination after notice on a ground it allows. */
export const endingHandlers: Handlers<
  'RecordContractExpiry' | 'GiveTerminationNotice' | 'RecordTermination'
> = {
  RecordContractExpiry: ({ data }, state) =>
    withActiveContract(state, data.contractId, (c) => {
      const remaining = c.extensionOptions.slice(c.extensionsExercised);
      return afterChecks(
        () =>
          data.expiredOn < c.endsOn &&
          refuse(
            'NotYetExpired',
            `contract ${c.contractId} runs to ${c.endsOn}; it cannot expire on ${data.expiredOn}` +
              (remaining.length > 0
                ? ` (${remaining.length} extension option(s) remain: ${describeOptions(remaining)})`
                : '') +
              '; to end it sooner, give notice of termination',
            field('expiredOn'),
            { endsOn: c.endsOn },
          ),
        () => finalAssessmentMissing(c),
      ).record(() => event('ContractExpired', data));
    }),

  GiveTerminationNotice: ({ data, metadata }, state) =>
    withActiveContract(state, data.contractId, (c) =>
      afterChecks(
        () =>
          c.terminationNotice !== null &&
          refuse(
            'TerminationAlreadyNoticed',
            `notice was given on ${c.terminationNotice.noticeGivenOn} to end ${c.contractId} on ${c.terminationNotice.effectiveOn}`,
            field('contractId'),
          ),
        () =>
          (metadata.actor.role === ROLES.PARTNER) !== (data.givenBy === 'partner') &&
          refuse(
            'NotPermitted',
            `notice given by the ${data.givenBy} must come from ${data.givenBy === 'partner' ? 'the partner' : 'a council officer'}; ${metadata.actor.id} acts as ${metadata.actor.role}`,
            field('givenBy'),
          ),
        () =>
          notBefore(
            data.noticeGivenOn,
            c.signedOn,
            field('noticeGivenOn'),
            'the notice',
            'the contract was signed',
          ),
        () =>
          notBefore(
            data.effectiveOn,
            data.noticeGivenOn,
            field('effectiveOn'),
            'the termination',
            'the notice',
          ),
        () =>
          data.effectiveOn > c.endsOn &&
          refuse(
            'DatesOutOfOrder',
            `contract ${c.contractId} ends on ${c.endsOn} anyway; let it expire rather than terminate after its end`,
            field('effectiveOn'),
          ),
        () =>
          data.ground === 'annual-termination-clause'
            ? annualClauseProblem(c, data)
            : performanceGroundProblem(c, data),
      ).record(() => event('TerminationNoticeGiven', { ...data, reviewId: orNull(data.reviewId) })),
    ),

  RecordTermination: ({ data }, state) =>
    withActiveContract(state, data.contractId, (c) => {
      const notice = c.terminationNotice;
      return afterChecks(
        () =>
          notice === null &&
          refuse(
            'NoTerminationNotice',
            `no notice of termination has been given on ${c.contractId}; give notice first`,
            field('contractId'),
          ),
        () =>
          notice !== null &&
          data.terminatedOn < notice.effectiveOn &&
          refuse(
            'TerminationNotYetEffective',
            `the notice given ${notice.noticeGivenOn} takes effect on ${notice.effectiveOn}; the contract continues until then`,
            field('terminatedOn'),
            { effectiveOn: notice.effectiveOn },
          ),
        () => finalAssessmentMissing(c),
      ).record(() => event('ContractTerminated', { ...data, ground: notice!.ground }));
    }),
};
