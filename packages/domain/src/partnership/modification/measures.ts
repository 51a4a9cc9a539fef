import { Authority, ContractKind } from '../codecs';
import { ContractState, PartnershipState } from '../state';
import { categoryOf, thresholdsOn } from '../rules/thresholds';
import { own } from '../../shared/idRecord';

/**
 * The net value of a contract's earlier below-threshold (PA 2023) or de minimis (PCR 2015)
 * modifications: what s.74(6) and reg 72(5) aggregate with the next one. Changes made on another
 * ground, or not substantial, are not below-threshold modifications and are not counted.
 */
export const smallChangesOf = (state: PartnershipState, contractId: string): number =>
  Object.values(state.modifications)
    .filter((m) => m.contractId === contractId && m.category === 'below-threshold-modification')
    .reduce((sum, m) => sum + m.valueChangePence, 0);

export interface Purchase {
  readonly authority: Authority;
  readonly contractKind: ContractKind;
}

/**
 * What a contract buys and who buys it, as its procurement recorded at launch: a delivery contract
 * called off under an agreement is read by the agreement's procurement. Launches recorded before
 * these were kept (version 1), and contracts with no procurement, are read as the launch check read
 * them: a sub-central authority buying services.
 */
export const purchaseOf = (state: PartnershipState, c: ContractState): Purchase => {
  const agreement = c.agreementId === null ? undefined : own(state.contracts, c.agreementId);
  const procurementId = c.procurementId ?? agreement?.procurementId ?? null;
  const p = procurementId === null ? undefined : own(state.procurements, procurementId);
  return { authority: p?.authority ?? 'sub-central', contractKind: p?.contractKind ?? 'services' };
};

/** The threshold in force on a day for what the contract buys, or null outside the table. */
export const thresholdFor = (on: string, lightTouch: boolean, purchase: Purchase): number | null => {
  const row = thresholdsOn(on, []);
  return row._tag === 'Left' ? null : row.right.pence[categoryOf({ lightTouch, ...purchase })];
};
