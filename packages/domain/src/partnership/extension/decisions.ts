import { Either, left, right } from 'fp-ts/Either';
import { extendEndDate } from '../dates';
import { PartnershipError, refuse } from '../errors';
import { ModuleExtension } from './events';
import { ExtensionOption } from '../events/contractTerms';
import { requireApproval } from '../policy/approvals';
import { ledByLead } from '../policy/schemeOfDelegation';
import { recordedShareApprovals, requireShareApprovals } from '../policy/shareApprovals';
import { own } from '../../shared/idRecord';
import { describeOptions, proRata } from '../rules/contractTerms';
import { ContractState, isActive, PartnershipState } from '../state';
import { afterChecks, event, field, Handlers, no, notBefore, orNull } from '../phase/decision';
import { withActiveContract } from '../phase/lookups';

/** The last day an option with `noticeMonths` may be exercised: that many months before the term ends. */
export const noticeDeadline = (endsOn: string, noticeMonths: number | null): string | null =>
  noticeMonths === null ? null : extendEndDate(endsOn, -noticeMonths);

/** The module contracts an agreement's option carries with it, each extended by the option's length. */
const modulesExtended = (
  state: PartnershipState,
  agreement: ContractState,
  option: ExtensionOption,
): Either<PartnershipError, ModuleExtension[]> => {
  const under = Object.values(state.contracts).filter(
    (c) => c.tier === 2 && c.agreementId === agreement.contractId,
  );
  const covered: ContractState[] = [];
  if (option.modules === 'all') covered.push(...under.filter(isActive));
  else {
    for (const contractId of option.modules) {
      const module = under.find((c) => c.contractId === contractId);
      if (module === undefined) {
        return left(
          refuse(
            'UnknownContract',
            `the option covers module contract ${contractId}, but no module ${contractId} has been signed under agreement ${agreement.contractId}`,
            field('contractId'),
            { moduleId: contractId },
          ),
        );
      }
      if (!isActive(module)) {
        return left(
          refuse(
            'ContractNotActive',
            `the option covers module contract ${contractId}, which ${module.status} on ${module.endedOn ?? 'an earlier date'}; an ended contract cannot be extended`,
            field('contractId'),
            { moduleId: contractId, status: module.status },
          ),
        );
      }
      covered.push(module);
    }
  }
  return right(
    covered.map((module) => ({
      contractId: module.contractId,
      previousEndsOn: module.endsOn,
      newEndsOn: extendEndDate(module.endsOn, option.lengthMonths),
      lengthMonths: option.lengthMonths,
      valuePence: proRata(module.annualValuePence, option.lengthMonths),
    })),
  );
};

/**
 * Extension options are taken in the order granted, each by its notice deadline and before the
 * contract ends; one on the partnership agreement extends the module contracts it covers with it.
 */
export const extensionHandlers: Handlers<'ExerciseExtensionOption'> = {
  ExerciseExtensionOption: ({ data }, state, policy) =>
    withActiveContract(state, data.contractId, (c) => {
      const granted = c.extensionOptions.length;
      const next = c.extensionsExercised + 1;
      const option = c.extensionOptions[c.extensionsExercised];
      if (option === undefined) {
        return no(
          'ExtensionsExhausted',
          granted === 0
            ? `contract ${c.contractId} was granted no extension options; a longer term is a modification (ModifyContract) or a new contract`
            : `contract ${c.contractId} was granted ${granted} extension option(s) (${describeOptions(c.extensionOptions)}) and all ${granted} have been exercised; it ends ${c.endsOn}. A further extension is a modification (ModifyContract) or a new contract`,
          field('contractId'),
          { granted, exercised: c.extensionsExercised },
        );
      }
      const deadline = noticeDeadline(c.endsOn, option.noticeMonths);
      const modules = modulesExtended(state, c, option);
      const modulesPence =
        modules._tag === 'Left' ? 0 : modules.right.reduce((sum, m) => sum + m.valuePence, 0);
      const moduleCount = modules._tag === 'Left' ? 0 : modules.right.length;
      let shares: ReturnType<typeof requireShareApprovals> | undefined;
      // Each commissioner pays its share of the option, and of each module's extension by that module's shares.
      const sharesApproved = () =>
        (shares ??= requireShareApprovals(policy, state, {
          subject: 'extension',
          committed: [
            { valuePence: option.valuePence, shares: c.fundingShares },
            ...(modules._tag === 'Left' ? [] : modules.right).map((m) => ({
              valuePence: m.valuePence,
              shares: own(state.contracts, m.contractId)?.fundingShares ?? [],
            })),
          ],
          approvals: data.shareApprovals,
          on: data.exercisedOn,
          what: `extending ${c.contractId} by ${option.lengthMonths} months`,
        }));
      return afterChecks(
        () =>
          data.optionNumber !== undefined &&
          data.optionNumber !== next &&
          refuse(
            'ExtensionOutOfOrder',
            data.optionNumber < next
              ? `option ${data.optionNumber} of contract ${c.contractId} has already been exercised; the next is option ${next} (${option.lengthMonths} months)`
              : `options are exercised in the order granted: option ${data.optionNumber} of contract ${c.contractId} cannot be taken before option ${next} (${option.lengthMonths} months)`,
            field('optionNumber'),
            { next, granted },
          ),
        () =>
          data.exercisedOn > c.endsOn &&
          refuse(
            'ExtensionTooLate',
            `contract ${c.contractId} ended on ${c.endsOn}; an extension option must be exercised on or before that day, after it a new contract is needed`,
            field('exercisedOn'),
            { endsOn: c.endsOn },
          ),
        () =>
          deadline !== null &&
          data.exercisedOn > deadline &&
          refuse(
            'ExtensionTooLate',
            `option ${next} of contract ${c.contractId} must be exercised with ${option.noticeMonths} months' notice before the term ends on ${c.endsOn}, so by ${deadline}; on ${data.exercisedOn} it can no longer be taken up`,
            field('exercisedOn'),
            { endsOn: c.endsOn, noticeDeadline: deadline },
          ),
        () =>
          c.terminationNotice !== null &&
          refuse(
            'TerminationAlreadyNoticed',
            `contract ${c.contractId} is under notice to end on ${c.terminationNotice.effectiveOn}; it cannot also be extended`,
            field('contractId'),
          ),
        () =>
          notBefore(
            data.exercisedOn,
            c.signedOn,
            field('exercisedOn'),
            'the extension',
            'the contract was signed',
          ),
        () => modules,
        () =>
          requireApproval(policy, {
            subject: 'extension',
            valuePence: option.valuePence + modulesPence,
            decisionId: data.governanceDecisionId,
            on: data.exercisedOn,
            ...ledByLead(state),
            what:
              `extending ${c.contractId} by ${option.lengthMonths} months` +
              (moduleCount > 0 ? ` with ${moduleCount} module contract(s)` : ''),
          }),
        sharesApproved,
      ).record(() =>
        event('ExtensionOptionExercised', {
          partnershipId: data.partnershipId,
          contractId: c.contractId,
          optionNumber: next,
          lengthMonths: option.lengthMonths,
          exercisedOn: data.exercisedOn,
          previousEndsOn: c.endsOn,
          newEndsOn: extendEndDate(c.endsOn, option.lengthMonths),
          governanceDecisionId: orNull(data.governanceDecisionId),
          valuePence: option.valuePence,
          noticeDeadline: deadline,
          modules: modules._tag === 'Left' ? [] : modules.right,
          ...recordedShareApprovals(sharesApproved()),
        }),
      );
    }),
};
