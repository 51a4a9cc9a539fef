import { formatPounds } from '../../money';
import { extendEndDate } from '../dates';
import { refuse } from '../errors';
import { requireApproval } from '../policy/approvals';
import { ledByLead } from '../policy/schemeOfDelegation';
import { recordedShareApprovals, requireShareApprovals } from '../policy/shareApprovals';
import { MAXIMUM_TERM_MONTHS } from '../rules/contractTerms';
import { classifyModification } from '../rules/modificationClassification';
import { afterChecks, event, field, Handlers, notBefore, orNull, unusedId } from '../phase/decision';
import { withActiveContract } from '../phase/lookups';
import { purchaseOf, smallChangesOf, thresholdFor } from './measures';

/** A change to a signed contract's term, value or scope, classified under the law it was let under. */
export const modificationHandlers: Handlers<'ModifyContract'> = {
  ModifyContract: ({ data }, state, policy) =>
    withActiveContract(state, data.contractId, (c) => {
      const newEndsOn = extendEndDate(c.endsOn, data.termChangeMonths);
      const purchase = purchaseOf(state, c);
      let outcome: ReturnType<typeof classifyModification> | undefined;
      let shares: ReturnType<typeof requireShareApprovals> | undefined;
      // A value raised is paid in the contract's funding shares: each share under its own scheme.
      const sharesApproved = () =>
        (shares ??= requireShareApprovals(policy, state, {
          subject: 'modification',
          committed: [{ valuePence: Math.max(0, data.valueChangePence), shares: c.fundingShares }],
          approvals: data.shareApprovals,
          on: data.agreedOn,
          what: `modification ${data.modificationId}`,
        }));
      // Classified once the cheaper checks have passed, and only once.
      const classified = () =>
        (outcome ??= classifyModification({
          regime: c.regime,
          lightTouch: c.lightTouch,
          maximumTermMonths: c.maximumTermMonths,
          termChangeMonths: data.termChangeMonths,
          originalValuePence: c.initialTermValuePence,
          valueChangePence: data.valueChangePence,
          earlierChangesPence: smallChangesOf(state, c.contractId),
          thresholdPence: thresholdFor(data.agreedOn, c.lightTouch, purchase),
          works: purchase.contractKind === 'works',
          providedForInContract: false,
          materialScopeChange: data.kind === 'scope',
          ...(data.economicBalanceToSupplier === undefined
            ? {}
            : { economicBalanceToSupplier: data.economicBalanceToSupplier }),
          ...(data.considerableScopeExtension === undefined
            ? {}
            : { considerableScopeExtension: data.considerableScopeExtension }),
          permittedGround: orNull(data.permittedGround),
          modifiedOn: data.agreedOn,
        }));
      return afterChecks(
        () => unusedId(state.modifications, 'modification', data, 'modificationId'),
        () =>
          data.termChangeMonths === 0 &&
          data.valueChangePence === 0 &&
          data.newAnnualValuePence === undefined &&
          data.kind !== 'scope' &&
          refuse(
            'ModificationInvalid',
            'the modification changes neither the term nor the value; say what changes',
            field('kind'),
          ),
        () =>
          data.agreedOn > c.endsOn &&
          refuse(
            'ModificationInvalid',
            `contract ${c.contractId} ended on ${c.endsOn}; a change agreed after its end is a new contract`,
            field('agreedOn'),
          ),
        () =>
          notBefore(
            data.agreedOn,
            c.signedOn,
            field('agreedOn'),
            'the modification',
            'the contract was signed',
          ),
        () =>
          Math.abs(data.termChangeMonths) > MAXIMUM_TERM_MONTHS &&
          refuse(
            'ModificationInvalid',
            `a term change of ${data.termChangeMonths} months is beyond any contract`,
            field('termChangeMonths'),
          ),
        () =>
          (newEndsOn < data.agreedOn || newEndsOn < c.startsOn) &&
          refuse(
            'ModificationInvalid',
            `the contract would end on ${newEndsOn}, before ${data.agreedOn < c.startsOn ? c.startsOn : data.agreedOn}`,
            field('termChangeMonths'),
          ),
        () =>
          c.currentValuePence + data.valueChangePence < 0 &&
          refuse(
            'ModificationInvalid',
            `the contract is worth ${formatPounds(c.currentValuePence)}; it cannot be reduced by ${formatPounds(-data.valueChangePence)}`,
            field('valueChangePence'),
          ),
        () =>
          !classified().permitted &&
          refuse(
            'SubstantialModification',
            `${classified().classification.explanation} (agreed on ${data.agreedOn})`,
            field(data.permittedGround === undefined ? 'termChangeMonths' : 'permittedGround'),
            { classification: classified().classification },
          ),
        () =>
          requireApproval(policy, {
            subject: 'modification',
            valuePence: Math.abs(data.valueChangePence),
            decisionId: data.governanceDecisionId,
            on: data.agreedOn,
            ...ledByLead(state),
            what: `modification ${data.modificationId}`,
          }),
        sharesApproved,
      ).record(() => {
        const {
          economicBalanceToSupplier: _balance,
          considerableScopeExtension: _scope,
          shareApprovals: _shares,
          ...recorded
        } = data;
        return event('ContractModified', {
          ...recorded,
          previousEndsOn: c.endsOn,
          newEndsOn,
          newAnnualValuePence: orNull(data.newAnnualValuePence),
          permittedGround: orNull(data.permittedGround),
          classification: classified().classification,
          governanceDecisionId: orNull(data.governanceDecisionId),
          ...recordedShareApprovals(sharesApproved()),
        });
      });
    }),
};
