import { CouncilPolicy } from '../policy/councilPolicy';
import { proRata } from '../rules/contractTerms';
import { classifyModification, ModificationOutcome } from '../rules/modificationClassification';
import { ModificationGroundCode } from '../rules/modificationGrounds';
import { performanceConcern } from '../rules/ratings';
import { ContractState, ExpansionState, isActive, PartnershipState } from '../state';
import { purchaseOf, thresholdFor } from '../modification/measures';

/** The module contracts in force under an agreement. */
export const modulesUnder = (state: PartnershipState, agreementId: string): ContractState[] =>
  Object.values(state.contracts).filter((c) => c.tier === 2 && c.agreementId === agreementId && isActive(c));

/** Initial modules no review has yet found embedded: the scope may grow only once there are none. */
export const notEmbedded = (modules: readonly ContractState[]): string[] =>
  modules.filter((m) => m.expansionId === null && m.embeddedOn === null).map((m) => m.contractId);

/** What the latest review of each live module says against growth, in the council's policy. */
export const performanceConcerns = (modules: readonly ContractState[], policy: CouncilPolicy): string[] =>
  modules
    .filter((m) => m.status === 'live')
    .map((m) => performanceConcern(m, policy))
    .filter((c): c is string => c !== undefined);

export interface ScopeChange {
  /** The annual value of the scope before and after, counting approved expansions not yet contracted. */
  readonly before: number;
  readonly after: number;
  /** The scope as procured (the initial modules) and every other expansion approved under the agreement. */
  readonly original: number;
  readonly earlier: number;
  readonly outcome: ModificationOutcome;
}

/**
 * The expansion as a modification of the agreement, measured against the scope as procured (the
 * initial modules) with every earlier expansion counted in: growth in small steps is the same growth.
 */
export const scopeChange = (
  state: PartnershipState,
  agreement: ContractState,
  expansionId: string,
  expansion: ExpansionState,
  approvedOn: string,
  permittedGround: ModificationGroundCode | null,
): ScopeChange => {
  const modules = modulesUnder(state, expansion.agreementId);
  const pending = Object.values(state.expansions)
    .filter(
      (e) => e.agreementId === expansion.agreementId && e.status === 'approved' && e.contractId === null,
    )
    .reduce((sum, e) => sum + e.annualValuePence, 0);
  const before = modules.reduce((sum, m) => sum + m.annualValuePence, 0) + pending;
  const original = modules
    .filter((m) => m.expansionId === null)
    .reduce((sum, m) => sum + m.annualValuePence, 0);
  const earlier = Object.entries(state.expansions)
    .filter(
      ([id, e]) => id !== expansionId && e.agreementId === expansion.agreementId && e.status === 'approved',
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
    thresholdPence: thresholdFor(approvedOn, agreement.lightTouch, purchase),
    works: purchase.contractKind === 'works',
    providedForInContract:
      agreement.potentialAnnualValuePence !== null &&
      original + earlier + expansion.annualValuePence <= agreement.potentialAnnualValuePence,
    materialScopeChange: true,
    permittedGround,
    modifiedOn: approvedOn,
  });
  return { before, after: before + expansion.annualValuePence, original, earlier, outcome };
};
