import { left } from 'fp-ts/Either';
import { formatPounds } from '../../money';
import { extendEndDate } from '../dates';
import { requireApproval } from '../policy/approvals';
import { ledByLead } from '../policy/schemeOfDelegation';
import { differentPeople, recordedBy } from '../policy/segregation';
import { MAXIMUM_TERM_MONTHS, proRata } from '../rules/contractTerms';
import { classifyModification } from '../rules/modificationClassification';
import { performanceConcern } from '../rules/ratings';
import { categoryOf, thresholdsOn } from '../rules/thresholds';
import { Authority, ContractKind } from '../codecs';
import { ContractState, isActive, PartnershipState } from '../state';
import { activeContract, alreadyRecorded, event, field, Handlers, no, notBefore, ok, orNull } from '../phase/decision';
import { own } from '../../shared/idRecord';

const monthsLeft = (from: string, to: string): number => {
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    Number(to.slice(5, 7)) -
    Number(from.slice(5, 7));
  return Math.max(1, months + 1);
};

/**
 * The net value of a contract's earlier below-threshold (PA 2023) or de minimis (PCR 2015)
 * modifications: what s.74(6) and reg 72(5) aggregate with the next one. Changes made on another
 * ground, or not substantial, are not below-threshold modifications and are not counted.
 */
const smallChangesOf = (state: PartnershipState, contractId: string): number =>
  Object.values(state.modifications)
    .filter((m) => m.contractId === contractId && m.category === 'below-threshold-modification')
    .reduce((sum, m) => sum + m.valueChangePence, 0);

/**
 * What a contract buys and who buys it, as its procurement recorded at launch: a delivery contract
 * called off under an agreement is read by the agreement's procurement. Launches recorded before
 * these were kept (version 1), and contracts with no procurement, are read as the launch check read
 * them: a sub-central authority buying services.
 */
const purchaseOf = (
  state: PartnershipState,
  c: ContractState,
): { readonly authority: Authority; readonly contractKind: ContractKind } => {
  const agreement = c.agreementId === null ? undefined : own(state.contracts, c.agreementId);
  const procurementId = c.procurementId ?? agreement?.procurementId ?? null;
  const p = procurementId === null ? undefined : own(state.procurements, procurementId);
  return { authority: p?.authority ?? 'sub-central', contractKind: p?.contractKind ?? 'services' };
};

/** The threshold in force on a day for what the contract buys, or null outside the table. */
const thresholdFor = (
  on: string,
  lightTouch: boolean,
  purchase: { readonly authority: Authority; readonly contractKind: ContractKind },
): number | null => {
  const row = thresholdsOn(on, []);
  return row._tag === 'Left' ? null : row.right.pence[categoryOf({ lightTouch, ...purchase })];
};

const modulesUnder = (state: PartnershipState, agreementId: string): ContractState[] =>
  Object.values(state.contracts).filter((c) => c.tier === 2 && c.agreementId === agreementId && isActive(c));

export const changeHandlers: Handlers<
  'ModifyContract' | 'ProposeModuleExpansion' | 'ApproveModuleExpansion' | 'RejectModuleExpansion'
> = {
  ModifyContract: ({ data }, state, policy) => {
    const found = activeContract(state, data.contractId);
    if (found._tag === 'Left') return found;
    const c = found.right;
    if (own(state.modifications, data.modificationId) !== undefined) {
      return left(alreadyRecorded('modification', data.modificationId, field('modificationId')));
    }
    if (
      data.termChangeMonths === 0 &&
      data.valueChangePence === 0 &&
      data.newAnnualValuePence === undefined &&
      data.kind !== 'scope'
    ) {
      return no(
        'ModificationInvalid',
        'the modification changes neither the term nor the value; say what changes',
        field('kind'),
      );
    }
    if (data.agreedOn > c.endsOn) {
      return no(
        'ModificationInvalid',
        `contract ${c.contractId} ended on ${c.endsOn}; a change agreed after its end is a new contract`,
        field('agreedOn'),
      );
    }
    const early = notBefore(
      data.agreedOn,
      c.signedOn,
      field('agreedOn'),
      'the modification',
      'the contract was signed',
    );
    if (early !== undefined) return left(early);
    if (Math.abs(data.termChangeMonths) > MAXIMUM_TERM_MONTHS) {
      return no(
        'ModificationInvalid',
        `a term change of ${data.termChangeMonths} months is beyond any contract`,
        field('termChangeMonths'),
      );
    }
    const newEndsOn = extendEndDate(c.endsOn, data.termChangeMonths);
    if (newEndsOn < data.agreedOn || newEndsOn < c.startsOn) {
      return no(
        'ModificationInvalid',
        `the contract would end on ${newEndsOn}, before ${data.agreedOn < c.startsOn ? c.startsOn : data.agreedOn}`,
        field('termChangeMonths'),
      );
    }
    if (c.currentValuePence + data.valueChangePence < 0) {
      return no(
        'ModificationInvalid',
        `the contract is worth ${formatPounds(c.currentValuePence)}; it cannot be reduced by ${formatPounds(-data.valueChangePence)}`,
        field('valueChangePence'),
      );
    }
    const purchase = purchaseOf(state, c);
    const outcome = classifyModification({
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
    });
    if (!outcome.permitted) {
      return no(
        'SubstantialModification',
        `${outcome.classification.explanation} (agreed on ${data.agreedOn})`,
        field(data.permittedGround === undefined ? 'termChangeMonths' : 'permittedGround'),
        { classification: outcome.classification },
      );
    }
    const approved = requireApproval(policy, {
      subject: 'modification',
      valuePence: Math.abs(data.valueChangePence),
      decisionId: data.governanceDecisionId,
      on: data.agreedOn,
      ...ledByLead(state),
      what: `modification ${data.modificationId}`,
    });
    if (approved._tag === 'Left') return approved;
    return ok(
      event('ContractModified', {
        partnershipId: data.partnershipId,
        contractId: c.contractId,
        modificationId: data.modificationId,
        kind: data.kind,
        description: data.description,
        agreedOn: data.agreedOn,
        termChangeMonths: data.termChangeMonths,
        previousEndsOn: c.endsOn,
        newEndsOn,
        valueChangePence: data.valueChangePence,
        newAnnualValuePence: orNull(data.newAnnualValuePence),
        permittedGround: orNull(data.permittedGround),
        classification: outcome.classification,
        governanceDecisionId: orNull(data.governanceDecisionId),
      }),
    );
  },

  ProposeModuleExpansion: (command, state) => {
    const { data } = command;
    const agreement = own(state.contracts, data.agreementId);
    if (agreement === undefined || agreement.tier !== 1 || !isActive(agreement)) {
      return no(
        'NoAgreement',
        `modules are added under a partnership agreement in force; ${data.agreementId} is not one`,
        field('agreementId'),
      );
    }
    if (own(state.expansions, data.expansionId) !== undefined)
      return left(alreadyRecorded('expansion', data.expansionId, field('expansionId')));
    const early = notBefore(
      data.proposedOn,
      agreement.signedOn,
      field('proposedOn'),
      'the proposal',
      'the agreement was signed',
    );
    if (early !== undefined) return left(early);
    return ok(
      event('ModuleExpansionProposed', {
        partnershipId: data.partnershipId,
        expansionId: data.expansionId,
        agreementId: data.agreementId,
        title: data.title,
        services: data.services,
        deliveryModel: data.deliveryModel,
        annualValuePence: data.annualValuePence,
        proposedOn: data.proposedOn,
        proposedBy: recordedBy(command.metadata.actor),
      }),
    );
  },

  ApproveModuleExpansion: (command, state, policy) => {
    const { data } = command;
    const expansion = own(state.expansions, data.expansionId);
    if (expansion === undefined)
      return no(
        'UnknownExpansion',
        `no module expansion ${data.expansionId} has been proposed`,
        field('expansionId'),
      );
    if (expansion.status !== 'proposed') {
      return no(
        'ExpansionNotPending',
        `module expansion ${data.expansionId} was already ${expansion.status} on ${expansion.decidedOn}`,
        field('expansionId'),
      );
    }
    const agreement = own(state.contracts, expansion.agreementId);
    if (agreement === undefined || !isActive(agreement)) {
      return no(
        'NoAgreement',
        `agreement ${expansion.agreementId} is no longer in force`,
        field('expansionId'),
      );
    }
    const early = notBefore(
      data.approvedOn,
      expansion.proposedOn,
      field('approvedOn'),
      'the approval',
      'the proposal',
    );
    if (early !== undefined) return left(early);
    const segregated = differentPeople(
      `module expansion ${data.expansionId}`,
      expansion.proposedBy,
      command.metadata.actor,
      ['metadata', 'actor', 'id'],
    );
    if (segregated._tag === 'Left') return segregated;
    const modules = modulesUnder(state, expansion.agreementId);
    const notEmbedded = modules
      .filter((m) => m.expansionId === null && m.embeddedOn === null)
      .map((m) => m.contractId);
    if (notEmbedded.length > 0) {
      return no(
        'ModulesNotEmbedded',
        `the partnership's scope may grow only after the initial modules are embedded; a review has not yet found these embedded: ${notEmbedded.join(', ')}`,
        field('expansionId'),
        { notEmbedded },
      );
    }
    const concerns = modules
      .filter((m) => m.status === 'live')
      .map((m) => performanceConcern(m, policy))
      .filter((c): c is string => c !== undefined);
    if (concerns.length > 0) {
      return no(
        'PerformanceDoesNotAllow',
        `continuation and growth depend on performance: ${concerns.join('; ')}`,
        field('expansionId'),
        { concerns },
      );
    }
    const pending = Object.values(state.expansions)
      .filter(
        (e) => e.agreementId === expansion.agreementId && e.status === 'approved' && e.contractId === null,
      )
      .reduce((sum, e) => sum + e.annualValuePence, 0);
    const before = modules.reduce((sum, m) => sum + m.annualValuePence, 0) + pending;
    const after = before + expansion.annualValuePence;
    // Measured against the scope as procured (the initial modules), with every earlier expansion
    // counted in: growth in small steps is the same growth.
    const original = modules
      .filter((m) => m.expansionId === null)
      .reduce((sum, m) => sum + m.annualValuePence, 0);
    const earlier = Object.entries(state.expansions)
      .filter(
        ([id, e]) =>
          id !== data.expansionId && e.agreementId === expansion.agreementId && e.status === 'approved',
      )
      .reduce((sum, [, e]) => sum + e.annualValuePence, 0);
    const overTerm = (annual: number) => proRata(annual, agreement.maximumTermMonths);
    const purchase = purchaseOf(state, agreement);
    const outcome = classifyModification({
      regime: agreement.regime,
      lightTouch: agreement.lightTouch,
      maximumTermMonths: agreement.maximumTermMonths,
      termChangeMonths: 0,
      originalValuePence: overTerm(original),
      valueChangePence: overTerm(expansion.annualValuePence),
      earlierChangesPence: overTerm(earlier),
      thresholdPence: thresholdFor(data.approvedOn, agreement.lightTouch, purchase),
      works: purchase.contractKind === 'works',
      providedForInContract:
        agreement.potentialAnnualValuePence !== null &&
        original + earlier + expansion.annualValuePence <= agreement.potentialAnnualValuePence,
      materialScopeChange: true,
      permittedGround: orNull(data.permittedGround),
    });
    if (!outcome.permitted) {
      const headroom = agreement.potentialAnnualValuePence;
      return no(
        'SubstantialModification',
        `${outcome.classification.explanation}` +
          (headroom === null
            ? ''
            : `; the agreement provided for modules up to ${formatPounds(headroom)} a year and this takes the scope to ${formatPounds(original + earlier + expansion.annualValuePence)}`) +
          ` (approved on ${data.approvedOn})`,
        field('expansionId'),
        { classification: outcome.classification },
      );
    }
    const approved = requireApproval(policy, {
      subject: 'expansion',
      valuePence: proRata(expansion.annualValuePence, monthsLeft(data.approvedOn, agreement.endsOn)),
      decisionId: data.governanceDecisionId,
      on: data.approvedOn,
      ...ledByLead(state),
      what: `module expansion ${data.expansionId}`,
    });
    if (approved._tag === 'Left') return approved;
    return ok(
      event('ModuleExpansionApproved', {
        partnershipId: data.partnershipId,
        expansionId: data.expansionId,
        approvedOn: data.approvedOn,
        approvedBy: recordedBy(command.metadata.actor),
        scopeAnnualValueBeforePence: before,
        scopeAnnualValueAfterPence: after,
        classification: outcome.classification,
        governanceDecisionId: orNull(data.governanceDecisionId),
      }),
    );
  },

  RejectModuleExpansion: (command, state) => {
    const { data } = command;
    const expansion = own(state.expansions, data.expansionId);
    if (expansion === undefined)
      return no(
        'UnknownExpansion',
        `no module expansion ${data.expansionId} has been proposed`,
        field('expansionId'),
      );
    if (expansion.status !== 'proposed') {
      return no(
        'ExpansionNotPending',
        `module expansion ${data.expansionId} was already ${expansion.status} on ${expansion.decidedOn}`,
        field('expansionId'),
      );
    }
    const early = notBefore(
      data.rejectedOn,
      expansion.proposedOn,
      field('rejectedOn'),
      'the rejection',
      'the proposal',
    );
    if (early !== undefined) return left(early);
    return ok(
      event('ModuleExpansionRejected', {
        partnershipId: data.partnershipId,
        expansionId: data.expansionId,
        rejectedOn: data.rejectedOn,
        reason: data.reason,
        rejectedBy: recordedBy(command.metadata.actor),
      }),
    );
  },
};
