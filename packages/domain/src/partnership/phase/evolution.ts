import { IdRecord, own, withId } from '../../shared/idRecord';
import { PartnershipEventOfType, PartnershipEventType } from '../events';
import { ContractState, PartnershipState, ProcurementState } from '../state';

/**
 * How a phase folds its events into the state, one function per event type. Pure and total: an
 * event is trusted (the decider checked the rules when it was recorded) and never refused.
 */
export type Evolution<T extends PartnershipEventType> = {
  readonly [K in T]: (state: PartnershipState, event: PartnershipEventOfType<K>) => PartnershipState;
};

/**
 * The record with the entry under this id amended; the same record when nothing is recorded under
 * it. Events are trusted, so an amendment to something unknown is passed over rather than refused.
 */
export const amended = <T>(record: IdRecord<T>, id: string, amend: (entry: T) => NoInfer<T>): IdRecord<T> => {
  const entry = own(record, id);
  return entry === undefined ? record : withId(record, id, amend(entry));
};

/** The state with one procurement changed; unchanged when the procurement is not known. */
export const withProcurement = (
  state: PartnershipState,
  id: string,
  change: (procurement: ProcurementState) => ProcurementState,
): PartnershipState => {
  const procurements = amended(state.procurements, id, change);
  return procurements === state.procurements ? state : { ...state, procurements };
};

/** The state with one contract changed; unchanged when the contract is not known. */
export const withContract = (
  state: PartnershipState,
  id: string,
  change: (contract: ContractState) => ContractState,
): PartnershipState => {
  const contracts = amended(state.contracts, id, change);
  return contracts === state.contracts ? state : { ...state, contracts };
};
