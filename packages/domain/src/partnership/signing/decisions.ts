import { bind, bindTo, chain, chainFirst, left, map, right } from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { PartnershipError, refuse } from '../errors';
import { kpisRequired } from '../rules/kpiRequirements';
import { isActive, PartnershipState } from '../state';
import { event, field, Handlers, orNull, passes, unusedId } from '../phase/decision';
import { openProcurement } from '../phase/lookups';
import { own } from '../../shared/idRecord';
import { kpiDutyAtSigning } from './kpiDuty';
import { signingFacts } from './signingFacts';
import { moduleSource } from './source';
import { checkTerms, clearedToSign, isTermsError, TermsInput } from './terms';
import { recordedShareApprovals, requireShareApprovals } from '../policy/shareApprovals';
import { ShareApproval } from '../policy/shareApprovalCodec';
import { CouncilPolicy } from '../policy/councilPolicy';

/** The terms as written, checked, with the dates and values derived from them. */
const termsOf = (data: TermsInput, state: PartnershipState, tier: 1 | 2) => {
  const terms = checkTerms(data, state, tier);
  return isTermsError(terms) ? left(terms) : right(terms);
};

/**
 * Signing commits each commissioner to its share of the contract's whole value (every option
 * included, as the award approved it): each share above its own scheme's threshold needs its own
 * commissioner's approval. A commissioner's approval of the collaborative procurement, of its
 * launch, or of the award answers for its share.
 */
const sharesApproved = (
  data: { readonly signedOn: string; readonly shareApprovals?: readonly ShareApproval[] },
  terms: Exclude<ReturnType<typeof checkTerms>, PartnershipError>,
  state: PartnershipState,
  policy: CouncilPolicy,
  contract: { readonly id: string; readonly fromExpansion: boolean },
) =>
  requireShareApprovals(policy, state, {
    subject: contract.fromExpansion ? 'expansion' : 'award',
    ...(contract.fromExpansion
      ? {}
      : { answeredBy: ['procurement-approach', 'launch-procurement'] as const }),
    committed: [{ valuePence: terms.maximumValuePence, shares: terms.fundingShares }],
    approvals: data.shareApprovals,
    on: data.signedOn,
    what: `contract ${contract.id}`,
  });

/** What both signings record of the terms: as written, as derived, and the facts for publication. */
const signed = (
  data: TermsInput & { readonly initialTerm: { readonly years: number; readonly months: number } },
  terms: Exclude<ReturnType<typeof checkTerms>, PartnershipError>,
  facts: Extract<ReturnType<typeof signingFacts>, { _tag: 'Right' }>['right'],
) => ({
  signedOn: data.signedOn,
  startsOn: data.startsOn,
  initialTerm: { years: data.initialTerm.years, months: data.initialTerm.months },
  annualValuePence: data.annualValuePence,
  ...terms,
  ...facts,
});

/**
 * Signing: the partnership agreement (tier 1) once its lot is awarded and any standstill has ended;
 * service contracts (tier 2, modules) from a lot's award or an approved module expansion.
 */
export const signingHandlers: Handlers<'SignPartnershipAgreement' | 'SignServiceContract'> = {
  SignPartnershipAgreement: ({ data }, state, policy) =>
    pipe(
      passes(
        () =>
          state.agreementId !== null &&
          refuse(
            'AgreementAlreadySigned',
            `partnership agreement ${state.agreementId} is already signed; a partnership has one`,
            field('agreementId'),
          ),
        () => unusedId(state.contracts, 'contract', data, 'agreementId'),
      ),
      chain(() => openProcurement(state, data.procurementId)),
      chainFirst((p) => passes(() => clearedToSign(p, data.lotId, data.partnerId, data.signedOn))),
      bindTo('p'),
      bind('terms', () => termsOf(data, state, 1)),
      bind('approved', ({ terms }) =>
        sharesApproved(data, terms, state, policy, { id: data.agreementId, fromExpansion: false }),
      ),
      bind('facts', () => signingFacts(data)),
      map(({ p, terms, facts, approved }) => [
        event('PartnershipAgreementSigned', {
          partnershipId: data.partnershipId,
          agreementId: data.agreementId,
          tier: 1,
          kind: data.kind,
          title: data.title,
          partnerId: data.partnerId,
          partnerName: data.partnerName,
          procurementId: data.procurementId,
          lotId: data.lotId,
          minimumTermMonths: orNull(data.minimumTermMonths),
          potentialAnnualValuePence: orNull(data.potentialAnnualValuePence),
          regime: p.regime,
          lightTouch: p.lightTouch,
          ...signed(data, terms, facts),
          ...recordedShareApprovals(right(approved)),
        }),
      ]),
    ),

  SignServiceContract: ({ data }, state, policy) => {
    const expansion = data.expansionId === undefined ? undefined : own(state.expansions, data.expansionId);
    const agreementId = data.agreementId ?? expansion?.agreementId;
    const agreement = agreementId === undefined ? undefined : own(state.contracts, agreementId);
    return pipe(
      passes(
        () => unusedId(state.contracts, 'contract', data, 'contractId'),
        () =>
          data.deliveryModel === 'third-party' &&
          data.thirdPartyProviderName === undefined &&
          refuse(
            'ThirdPartyProviderRequired',
            'a module delivered by a third party names that provider in thirdPartyProviderName',
            field('thirdPartyProviderName'),
          ),
        () =>
          agreementId !== undefined &&
          (agreement === undefined || agreement.tier !== 1 || !isActive(agreement)) &&
          refuse(
            'NoAgreement',
            `module ${data.contractId} sits under agreement ${agreementId}, which is not a partnership agreement in force`,
            field('agreementId'),
          ),
      ),
      chain(() => moduleSource(data, state, agreement)),
      bindTo('letUnder'),
      bind('terms', () => termsOf(data, state, 2)),
      bind('approved', ({ terms }) =>
        sharesApproved(data, terms, state, policy, {
          id: data.contractId,
          fromExpansion: data.expansionId !== undefined,
        }),
      ),
      bind('facts', () => signingFacts(data)),
      bind('kpiEvents', ({ letUnder, terms }) =>
        kpiDutyAtSigning(data, { ...letUnder, maximumValuePence: terms.maximumValuePence }, state, policy),
      ),
      map(({ letUnder, terms, facts, kpiEvents, approved }) => [
        event('ServiceContractSigned', {
          partnershipId: data.partnershipId,
          contractId: data.contractId,
          tier: 2,
          title: data.title,
          agreementId: orNull(agreementId),
          procurementId: orNull(data.expansionId === undefined ? data.procurementId : undefined),
          lotId: orNull(data.expansionId === undefined ? data.lotId : undefined),
          expansionId: orNull(data.expansionId),
          services: data.services,
          localities: data.localities ?? [],
          supplierId: data.supplierId,
          supplierName: data.supplierName,
          deliveryModel: data.deliveryModel,
          thirdPartyProviderName: orNull(data.thirdPartyProviderName),
          kpisRequired: kpisRequired({ ...letUnder, maximumValuePence: terms.maximumValuePence }, policy),
          ...letUnder,
          ...signed(data, terms, facts),
          ...recordedShareApprovals(right(approved)),
        }),
        ...kpiEvents,
      ]),
    );
  },
};
