import * as t from 'io-ts';
import {
  copyIdRecord,
  emptyIdRecord,
  IdRecord,
  idRecordCodec,
  JsonValue,
  own,
  PartnershipEvent,
  partnershipEventRegistry,
  withId,
} from '@council-partnerships/domain';
import {
  defineLoggedProjection,
  LoggedProjected,
  LoggedProjection,
  Projected,
  Projection,
} from './projection';

/** A partnership event decoded, with the whole envelope it was recorded in (the audit timeline reads it all). */
export type PartnershipProjected = Projected<PartnershipEvent>;

/**
 * A partnership event as the read models kept per partnership, the audit summary and the OCDS
 * publication receive it: decoded, with what the log's lean read holds of its envelope.
 */
export type PartnershipLogged = LoggedProjected<PartnershipEvent>;

/** Replaces one entry of an id-keyed record without touching the others (reducers stay pure and cheap). */
export const withEntry = <V>(record: IdRecord<V>, key: string, value: NoInfer<V>): IdRecord<V> =>
  withId(record, key, value);

/**
 * A deep copy of a read model's record. Read-model states are JSON values (their codecs say so), so
 * objects and arrays are all there is to copy; key order is kept, so a copy encodes to the same text.
 */
export const cloneRecord = <T>(value: T): T => {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cloneRecord) as T;
  // A record without a prototype (one keyed by id) stays without one, so ids stay plain keys.
  const copy = Object.create(Object.getPrototypeOf(value) === null ? null : Object.prototype) as Record<
    string,
    unknown
  >;
  for (const key of Object.keys(value)) copy[key] = cloneRecord((value as Record<string, unknown>)[key]);
  return copy as T;
};

/** The entry of `records` that the event's data names under `key` (its contractId, say), if it names one. */
export const entryNamed = <V>(records: IdRecord<V>, data: object, key: string): V | undefined => {
  const id = (data as Record<string, unknown>)[key];
  return typeof id === 'string' ? own(records, id) : undefined;
};

/** A read model kept per partnership, as the change each event makes to one partnership's record. */
export interface PerPartnership<P> {
  /** A partnership's record before anything happened to it. */
  readonly empty: (partnershipId: string) => P;
  /**
   * Applies one event to a record in place. The record, and everything reachable from it, belongs to
   * the fold calling this: `change` may write to any of it, and must copy what it keeps from the event
   * if it will later write to that.
   */
  readonly change: (p: P, event: PartnershipLogged) => void;
}

/**
 * `apply` and `begin` for a projection whose state is `{ partnerships: { [id]: P } }`.
 *
 * `begin` owns the records it creates or copies while it folds: the first event for a partnership
 * whose record it did not make copies that record once, and every later event changes the copy in
 * place, so an event costs what it changes (a claim, a return), not a copy of the partnership. Nothing
 * handed over by `result` is written to again: ownership ends there. The pure `apply` copies the
 * record of the event's partnership. A partnership gets an empty record at its first event of any
 * type, so every partnership in the log is listed.
 */
export const perPartnership = <P, S extends { readonly partnerships: IdRecord<P> }>(
  model: PerPartnership<P>,
): Pick<LoggedProjection<S, PartnershipEvent>, 'apply' | 'begin'> => ({
  apply: (state, event) => {
    const id = event.data.partnershipId;
    const current = own(state.partnerships, id);
    const record = current === undefined ? model.empty(id) : cloneRecord(current);
    model.change(record, event);
    return { ...state, partnerships: withId(state.partnerships, id, record) };
  },
  begin: (state) => {
    let partnerships = state.partnerships as Record<string, P>;
    let ownsMap = false;
    const owned = new Set<P>();
    // A partnership's events come in runs (one command's, one stream's page): the record of the last
    // event's partnership, owned by this fold, is used again without looking it up.
    let lastId: string | null = null;
    let last: P | undefined;
    return {
      apply: (event) => {
        const id = event.data.partnershipId;
        if (id === lastId && last !== undefined) {
          model.change(last, event);
          return;
        }
        let record = own(partnerships, id);
        if (record === undefined || !owned.has(record)) {
          record = record === undefined ? model.empty(id) : cloneRecord(record);
          owned.add(record);
          if (!ownsMap) {
            partnerships = copyIdRecord(partnerships);
            ownsMap = true;
          }
          partnerships[id] = record;
        }
        lastId = id;
        last = record;
        model.change(record, event);
      },
      result: () => {
        owned.clear();
        ownsMap = false;
        lastId = null;
        last = undefined;
        return partnerships === state.partnerships ? state : { ...state, partnerships };
      },
    };
  },
});

/** The state of a read model kept per partnership: each partnership's record, by partnership id. */
export interface PerPartnershipState<P> {
  partnerships: Record<string, P>;
}

/**
 * A read model kept per partnership, from what makes it itself (its name, version, empty record,
 * change and the codec of one partnership's record): every such model reads the partnership events,
 * starts with no partnership, folds with `perPartnership` and stores its records by partnership id,
 * so those parts are written once, here.
 */
export const definePerPartnershipProjection = <P, O extends JsonValue>(
  model: PerPartnership<P> & {
    readonly name: string;
    readonly version: number;
    readonly partnershipCodec: t.Type<P, O, unknown>;
  },
): Projection<PerPartnershipState<P>, PartnershipEvent> =>
  defineLoggedProjection<PerPartnershipState<P>, PartnershipEvent>({
    name: model.name,
    version: model.version,
    registry: partnershipEventRegistry,
    initial: () => ({ partnerships: emptyIdRecord<P>() }),
    ...perPartnership<P, PerPartnershipState<P>>(model),
    stateCodec: t.type({ partnerships: idRecordCodec(model.partnershipCodec) }),
  });
