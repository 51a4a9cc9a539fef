import { PartnershipEvent } from '@council-partnerships/domain';
import { Projected, Projection } from './projection';

/** A partnership event as the read models receive it: decoded, with its envelope. */
export type PartnershipProjected = Projected<PartnershipEvent>;

/** Replaces one entry of a record without touching the others (reducers stay pure and cheap). */
export const withEntry = <V>(
  record: Readonly<Record<string, V>>,
  key: string,
  value: NoInfer<V>,
): Record<string, V> => ({
  ...record,
  [key]: value,
});

/**
 * A read model kept per partnership: `apply` and `begin` for a projection whose state is
 * `{ partnerships: { [id]: P } }`, from the change one event makes to its partnership's record. The
 * pure `apply` copies the map of partnerships for each event; `begin` copies it once per batch and then
 * replaces one partnership's record per event, so a rebuild does not slow down as partnerships add up.
 * A partnership's own record is still replaced, never changed, so states handed out stay as they were.
 */
export const perPartnership = <P, S extends { readonly partnerships: Readonly<Record<string, P>> }>(
  empty: (partnershipId: string) => P,
  applyToPartnership: (p: P, event: PartnershipProjected) => P,
): Pick<Projection<S, PartnershipEvent>, 'apply' | 'begin'> => ({
  apply: (state, event) => {
    const id = event.data.partnershipId;
    const before = state.partnerships[id] ?? empty(id);
    const after = applyToPartnership(before, event);
    return after === before && state.partnerships[id] !== undefined
      ? state
      : { ...state, partnerships: withEntry(state.partnerships, id, after) };
  },
  begin: (state) => {
    let partnerships = state.partnerships as Record<string, P>;
    let owned = false;
    return {
      apply: (event) => {
        const id = event.data.partnershipId;
        const current = partnerships[id];
        const before = current ?? empty(id);
        const after = applyToPartnership(before, event);
        if (after === before && current !== undefined) return;
        if (!owned) {
          partnerships = { ...partnerships };
          owned = true;
        }
        partnerships[id] = after;
      },
      result: () => {
        owned = false;
        return partnerships === state.partnerships ? state : { ...state, partnerships };
      },
    };
  },
});
