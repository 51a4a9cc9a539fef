import { Regime } from '../codecs';
import { left } from 'fp-ts/Either';
import { formatPounds } from '../../money';
import { kpisRequired } from '../rules/kpiRequirements';
import { isActive } from '../state';
import { alreadyRecorded, event, field, Handlers, no, notBefore, ok, orNull } from '../phase/decision';
import { openProcurement } from '../phase/lookups';
import { signingFacts } from './signingFacts';
import { kpiDutyAtSigning } from './kpiDuty';
import { checkTerms, clearedToSign, isTermsError } from './terms';
import { own } from '../../shared/idRecord';

export const signingHandlers: Handlers<
  'SignPartnershipAgreement' | 'SignServiceContract' | 'IssueDesignBrief' | 'AgreeServiceDesign'
> = {
  SignPartnershipAgreement: ({ data }, state) => {
    if (state.agreementId !== null) {
      return no(
        'AgreementAlreadySigned',
        `partnership agreement ${state.agreementId} is already signed; a partnership has one`,
        field('agreementId'),
      );
    }
    if (own(state.contracts, data.agreementId) !== undefined)
      return left(alreadyRecorded('contract', data.agreementId, field('agreementId')));
    const found = openProcurement(state, data.procurementId);
    if (found._tag === 'Left') return found;
    const p = found.right;
    const blocked = clearedToSign(p, data.lotId, data.partnerId, data.signedOn);
    if (blocked !== undefined) return left(blocked);
    const terms = checkTerms(data, state, 1);
    if (isTermsError(terms)) return left(terms);
    const facts = signingFacts(data);
    if (facts._tag === 'Left') return facts;
    return ok(
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
        signedOn: data.signedOn,
        startsOn: data.startsOn,
        initialTerm: { years: data.initialTerm.years, months: data.initialTerm.months },
        endsOn: terms.endsOn,
        extensionOptions: terms.extensionOptions,
        maximumTermMonths: terms.maximumTermMonths,
        annualTerminationClause: terms.annualTerminationClause,
        annualValuePence: data.annualValuePence,
        initialTermValuePence: terms.initialTermValuePence,
        maximumValuePence: terms.maximumValuePence,
        openBook: terms.openBook,
        savingsSchedule: terms.savingsSchedule,
        fundingShares: terms.fundingShares,
        ...facts.right,
      }),
    );
  },

  SignServiceContract: ({ data }, state, policy) => {
    if (own(state.contracts, data.contractId) !== undefined)
      return left(alreadyRecorded('contract', data.contractId, field('contractId')));
    if (data.deliveryModel === 'third-party' && data.thirdPartyProviderName === undefined) {
      return no(
        'ThirdPartyProviderRequired',
        'a module delivered by a third party names that provider in thirdPartyProviderName',
        field('thirdPartyProviderName'),
      );
    }
    const expansion = data.expansionId === undefined ? undefined : own(state.expansions, data.expansionId);
    const agreementId = data.agreementId ?? expansion?.agreementId;
    const agreement = agreementId === undefined ? undefined : own(state.contracts, agreementId);
    if (
      agreementId !== undefined &&
      (agreement === undefined || agreement.tier !== 1 || !isActive(agreement))
    ) {
      return no(
        'NoAgreement',
        `module ${data.contractId} sits under agreement ${agreementId}, which is not a partnership agreement in force`,
        field('agreementId'),
      );
    }
    let regime: Regime;
    let lightTouch: boolean;
    if (data.expansionId !== undefined) {
      if (expansion === undefined)
        return no(
          'UnknownExpansion',
          `no module expansion ${data.expansionId} has been proposed`,
          field('expansionId'),
        );
      if (expansion.status !== 'approved') {
        return no(
          'ExpansionNotApproved',
          `module expansion ${data.expansionId} is ${expansion.status}; a module is contracted only once its expansion is approved`,
          field('expansionId'),
        );
      }
      if (expansion.contractId !== null) {
        return no(
          'ExpansionAlreadyContracted',
          `module expansion ${data.expansionId} was contracted as ${expansion.contractId}`,
          field('expansionId'),
        );
      }
      if (data.annualValuePence > expansion.annualValuePence) {
        return no(
          'ExceedsApprovedValue',
          `the module is worth ${formatPounds(data.annualValuePence)} a year, more than the ${formatPounds(expansion.annualValuePence)} approved; propose a further expansion`,
          field('annualValuePence'),
        );
      }
      if (agreement === undefined || agreementId !== expansion.agreementId) {
        return no(
          'NoAgreement',
          `expansion ${data.expansionId} belongs to agreement ${expansion.agreementId}`,
          field('agreementId'),
        );
      }
      const early = notBefore(
        data.signedOn,
        expansion.decidedOn ?? data.signedOn,
        field('signedOn'),
        'the module',
        'the approval of its expansion',
      );
      if (early !== undefined) return left(early);
      regime = agreement.regime;
      lightTouch = agreement.lightTouch;
    } else if (data.procurementId !== undefined && data.lotId !== undefined) {
      const found = openProcurement(state, data.procurementId);
      if (found._tag === 'Left') return found;
      const p = found.right;
      const blocked = clearedToSign(p, data.lotId, data.supplierId, data.signedOn);
      if (blocked !== undefined) return left(blocked);
      const award = own(p.awards, data.lotId);
      const committed = Object.values(state.contracts)
        .filter((c) => c.tier === 2 && c.procurementId === data.procurementId && c.lotId === data.lotId)
        .reduce((sum, c) => sum + c.annualValuePence, 0);
      if (award !== undefined && committed + data.annualValuePence > award.annualValuePence) {
        return no(
          'ExceedsAwardedValue',
          `lot ${data.lotId} was awarded at ${formatPounds(award.annualValuePence)} a year; ${formatPounds(committed)} is already contracted, so this module can be at most ${formatPounds(award.annualValuePence - committed)}`,
          field('annualValuePence'),
        );
      }
      regime = p.regime;
      lightTouch = p.lightTouch;
    } else {
      return no(
        'ContractSourceMissing',
        'a service contract comes from an awarded lot (procurementId and lotId) or from an approved module expansion (expansionId)',
        field('procurementId'),
      );
    }
    const terms = checkTerms(data, state, 2);
    if (isTermsError(terms)) return left(terms);
    const facts = signingFacts(data);
    if (facts._tag === 'Left') return facts;
    const kpiEvents = kpiDutyAtSigning(
      data,
      { regime, lightTouch, maximumValuePence: terms.maximumValuePence },
      state,
      policy,
    );
    if (kpiEvents._tag === 'Left') return kpiEvents;
    return ok(
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
        kpisRequired: kpisRequired(
          { regime, lightTouch, maximumValuePence: terms.maximumValuePence },
          policy,
        ),
        regime,
        lightTouch,
        signedOn: data.signedOn,
        startsOn: data.startsOn,
        initialTerm: { years: data.initialTerm.years, months: data.initialTerm.months },
        endsOn: terms.endsOn,
        extensionOptions: terms.extensionOptions,
        maximumTermMonths: terms.maximumTermMonths,
        annualTerminationClause: terms.annualTerminationClause,
        annualValuePence: data.annualValuePence,
        initialTermValuePence: terms.initialTermValuePence,
        maximumValuePence: terms.maximumValuePence,
        openBook: terms.openBook,
        savingsSchedule: terms.savingsSchedule,
        fundingShares: terms.fundingShares,
        ...facts.right,
      }),
      ...kpiEvents.right,
    );
  },

  IssueDesignBrief: ({ data }, state) => {
    const agreement = own(state.contracts, data.agreementId);
    if (agreement === undefined || agreement.tier !== 1 || !isActive(agreement)) {
      return no(
        'NoAgreement',
        `design briefs are issued under a partnership agreement in force; ${data.agreementId} is not one`,
        field('agreementId'),
      );
    }
    if (own(state.designBriefs, data.briefId) !== undefined)
      return left(alreadyRecorded('design brief', data.briefId, field('briefId')));
    const early = notBefore(
      data.issuedOn,
      agreement.signedOn,
      field('issuedOn'),
      'the brief',
      'the agreement was signed',
    );
    if (early !== undefined) return left(early);
    return ok(
      event('DesignBriefIssued', {
        partnershipId: data.partnershipId,
        agreementId: data.agreementId,
        briefId: data.briefId,
        title: data.title,
        issuedOn: data.issuedOn,
      }),
    );
  },

  AgreeServiceDesign: ({ data }, state) => {
    const brief = own(state.designBriefs, data.briefId);
    if (brief === undefined)
      return no('UnknownDesignBrief', `no design brief ${data.briefId} has been issued`, field('briefId'));
    if (brief.agreedOn !== null)
      return no(
        'DesignAlreadyAgreed',
        `the design for brief ${data.briefId} was agreed on ${brief.agreedOn}`,
        field('briefId'),
      );
    return ok(
      event('ServiceDesignAgreed', {
        partnershipId: data.partnershipId,
        briefId: data.briefId,
        agreedOn: data.agreedOn,
        agreedBy: data.agreedBy,
        meetingId: orNull(data.meetingId),
      }),
    );
  },
};
