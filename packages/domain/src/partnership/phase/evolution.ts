import { IdRecord, own, withId } from '../../shared/idRecord';
import { PartnershipEventOfType, PartnershipEventType } from '../events';
import { PartnershipState } from '../state';

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

/** The record with these fields of one entry replaced (an amendment that needs nothing of the entry). */
export const patched = <T>(record: IdRecord<T>, id: string, fields: Partial<NoInfer<T>>): IdRecord<T> =>
  amended(record, id, (entry) => ({ ...entry, ...fields }));

/** The entries a state record holds (a procurement under `procurements`, a contract under `contracts`). */
type EntryOf<K extends keyof PartnershipState> = PartnershipState[K] extends IdRecord<infer T> ? T : never;

/** The state with one entry of this record changed; the same state when the entry is not known. */
const withEntryOf =
  <K extends 'procurements' | 'contracts'>(key: K) =>
  (state: PartnershipState, id: string, change: (entry: EntryOf<K>) => EntryOf<K>): PartnershipState => {
    const record = state[key] as IdRecord<EntryOf<K>>;
    const changed = amended(record, id, change);
    return changed === record ? state : { ...state, [key]: changed };
  };

/** The state with one procurement changed; unchanged when the procurement is not known. */
export const withProcurement = withEntryOf('procurements');

/** The state with one contract changed; unchanged when the contract is not known. */
export const withContract = withEntryOf('contracts');
