import { own, withId } from '../../shared/idRecord';
import { PartnershipEventOfType, PartnershipEventType } from '../events';
import { ContractState, PartnershipState, ProcurementState } from '../state';

/**
 * How a phase folds its events into the state, one function per event type. Pure and total: an
 * event is trusted (the decider checked the rules when it was recorded) and never refused.
 */
export type Evolution<T extends PartnershipEventType> = {
  readonly [K in T]: (state: PartnershipState, event: PartnershipEventOfType<K>) => PartnershipState;
};

/** The state with one procurement changed; unchanged when the procurement is not known. */
export const withProcurement = (
  state: PartnershipState,
  id: string,
  change: (procurement: ProcurementState) => ProcurementState,
): PartnershipState => {
  const procurement = own(state.procurements, id);
  return procurement === undefined
    ? state
    : { ...state, procurements: withId(state.procurements, id, change(procurement)) };
};

/** The state with one contract changed; unchanged when the contract is not known. */
export const withContract = (
  state: PartnershipState,
  id: string,
  change: (contract: ContractState) => ContractState,
): PartnershipState => {
  const contract = own(state.contracts, id);
  return contract === undefined
    ? state
    : { ...state, contracts: withId(state.contracts, id, change(contract)) };
};
