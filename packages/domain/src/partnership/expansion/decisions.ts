import { chain, Either, left, right } from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { formatPounds } from '../../money';
import { PartnershipError, refuse } from '../errors';
import { requireApproval } from '../policy/approvals';
import { ledByLead } from '../policy/schemeOfDelegation';
import { differentPeople, recordedBy } from '../policy/segregation';
import { proRata } from '../rules/contractTerms';
import { ExpansionState, isActive, PartnershipState } from '../state';
import { afterChecks, event, field, Handlers, notBefore, orNull, unusedId } from '../phase/decision';
import { own } from '../../shared/idRecord';
import { findExpansion, notBeforeSigning, withAgreementInForce } from '../phase/lookups';
import { modulesUnder, notEmbedded, performanceConcerns, scopeChange } from './scope';

const monthsLeft = (from: string, to: string): number => {
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    Number(to.slice(5, 7)) -
    Number(from.slice(5, 7));
  return Math.max(1, months + 1);
};

/** An expansion proposed and not yet decided: only such a one may be approved or rejected. */
const pendingExpansion = (
  state: PartnershipState,
  expansionId: string,
): Either<PartnershipError, ExpansionState> =>
  pipe(
    findExpansion(state, expansionId),
    chain((expansion) =>
      expansion.status === 'proposed'
        ? right(expansion)
        : left(
            refuse(
              'ExpansionNotPending',
              `module expansion ${expansionId} was already ${expansion.status} on ${expansion.decidedOn}`,
              field('expansionId'),
            ),
          ),
    ),
  );

/**
 * The partnership's scope grown by new modules: proposed, then approved once every initial module is
 * embedded and performance allows (as a modification of the agreement), or rejected.
 */
export const expansionHandlers: Handlers<
  'ProposeModuleExpansion' | 'ApproveModuleExpansion' | 'RejectModuleExpansion'
> = {
  ProposeModuleExpansion: ({ data, metadata }, state) =>
    withAgreementInForce(state, data.agreementId, 'modules are added', (agreement) =>
      afterChecks(
        () => unusedId(state.expansions, 'expansion', data, 'expansionId'),
        () => notBeforeSigning(agreement, data.proposedOn, 'proposedOn', 'the proposal'),
      ).record(() => event('ModuleExpansionProposed', { ...data, proposedBy: recordedBy(metadata.actor) })),
    ),

  ApproveModuleExpansion: ({ data, metadata }, state, policy) => {
    const found = pendingExpansion(state, data.expansionId);
    if (found._tag === 'Left') return found;
    const expansion = found.right;
    const agreement = own(state.contracts, expansion.agreementId);
    if (agreement === undefined || !isActive(agreement)) {
      return left(
        refuse(
          'NoAgreement',
          `agreement ${expansion.agreementId} is no longer in force`,
          field('expansionId'),
        ),
      );
    }
    const modules = modulesUnder(state, expansion.agreementId);
    const unembedded = notEmbedded(modules);
    const concerns = performanceConcerns(modules, policy);
    const scope = scopeChange(
      state,
      agreement,
      data.expansionId,
      expansion,
      data.approvedOn,
      orNull(data.permittedGround),
    );
    const headroom = agreement.potentialAnnualValuePence;
    return afterChecks(
      () =>
        notBefore(data.approvedOn, expansion.proposedOn, field('approvedOn'), 'the approval', 'the proposal'),
      () =>
        differentPeople(`module expansion ${data.expansionId}`, expansion.proposedBy, metadata.actor, [
          'metadata',
          'actor',
          'id',
        ]),
      () =>
        unembedded.length > 0 &&
        refuse(
          'ModulesNotEmbedded',
          `the partnership's scope may grow only after the initial modules are embedded; a review has not yet found these embedded: ${unembedded.join(', ')}`,
          field('expansionId'),
          { notEmbedded: unembedded },
        ),
      () =>
        concerns.length > 0 &&
        refuse(
          'PerformanceDoesNotAllow',
          `continuation and growth depend on performance: ${concerns.join('; ')}`,
          field('expansionId'),
          { concerns },
        ),
      () =>
        !scope.outcome.permitted &&
        refuse(
          'SubstantialModification',
          `${scope.outcome.classification.explanation}` +
            (headroom === null
              ? ''
              : `; the agreement provided for modules up to ${formatPounds(headroom)} a year and this takes the scope to ${formatPounds(scope.original + scope.earlier + expansion.annualValuePence)}`) +
            ` (approved on ${data.approvedOn})`,
          field('expansionId'),
          { classification: scope.outcome.classification },
        ),
      () =>
        requireApproval(policy, {
          subject: 'expansion',
          valuePence: proRata(expansion.annualValuePence, monthsLeft(data.approvedOn, agreement.endsOn)),
          decisionId: data.governanceDecisionId,
          on: data.approvedOn,
          ...ledByLead(state),
          what: `module expansion ${data.expansionId}`,
        }),
    ).record(() =>
      event('ModuleExpansionApproved', {
        partnershipId: data.partnershipId,
        expansionId: data.expansionId,
        approvedOn: data.approvedOn,
        approvedBy: recordedBy(metadata.actor),
        scopeAnnualValueBeforePence: scope.before,
        scopeAnnualValueAfterPence: scope.after,
        classification: scope.outcome.classification,
        governanceDecisionId: orNull(data.governanceDecisionId),
      }),
    );
  },

  RejectModuleExpansion: ({ data, metadata }, state) => {
    const found = pendingExpansion(state, data.expansionId);
    if (found._tag === 'Left') return found;
    return afterChecks(() =>
      notBefore(
        data.rejectedOn,
        found.right.proposedOn,
        field('rejectedOn'),
        'the rejection',
        'the proposal',
      ),
    ).record(() => event('ModuleExpansionRejected', { ...data, rejectedBy: recordedBy(metadata.actor) }));
  },
};
