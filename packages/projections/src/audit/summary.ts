import * as t from 'io-ts';
import {
  copyIdRecord,
  emptyIdRecord,
  idRecordCodec,
  mapIdRecord,
  own,
  PartnershipEvent,
  partnershipEventRegistry,
} from '@council-partnerships/domain';
import { lastBusinessDate } from '../asOf';
import { defineProjection, Folding } from '../projection';
import { PartnershipProjected } from '../partnershipEvents';
import { IntegerCodec, jsonStateCodec } from '../stateCodecs';

export const AuditSummaryStateCodec = t.type({
  entries: IntegerCodec,
  /** Recorded on a later London date than the one they happened on. */
  backdated: IntegerCodec,
  /** Per actor id: entries recorded, and how many in each role. */
  byActor: idRecordCodec(t.type({ entries: IntegerCodec, roles: idRecordCodec(IntegerCodec) })),
  byType: idRecordCodec(IntegerCodec),
  byPartnership: idRecordCodec(t.type({ entries: IntegerCodec, backdated: IntegerCodec })),
});
export type AuditSummaryState = t.TypeOf<typeof AuditSummaryStateCodec>;

const copy = (s: AuditSummaryState): AuditSummaryState => ({
  entries: s.entries,
  backdated: s.backdated,
  byActor: mapIdRecord(s.byActor, (a) => ({ entries: a.entries, roles: copyIdRecord(a.roles) })),
  byType: copyIdRecord(s.byType),
  byPartnership: mapIdRecord(s.byPartnership, (p) => ({ ...p })),
});

const recordedOn = lastBusinessDate();
const happenedOn = lastBusinessDate();

/** Counts one event into a summary this fold owns. */
const count = (s: AuditSummaryState, event: PartnershipProjected): void => {
  const e = event.envelope;
  const backdated = recordedOn(e.recordedAt) > happenedOn(e.occurredAt) ? 1 : 0;
  s.entries += 1;
  s.backdated += backdated;
  // Actor ids, roles and partnership ids are whatever the sender wrote: every record here has no
  // prototype and is read through `own`, so an actor called `constructor` is counted like any other.
  let actor = own(s.byActor, e.actor.id);
  if (actor === undefined) s.byActor[e.actor.id] = actor = { entries: 0, roles: emptyIdRecord() };
  actor.entries += 1;
  actor.roles[e.actor.role] = (own(actor.roles, e.actor.role) ?? 0) + 1;
  s.byType[e.type] = (own(s.byType, e.type) ?? 0) + 1;
  let partnership = own(s.byPartnership, event.data.partnershipId);
  if (partnership === undefined)
    s.byPartnership[event.data.partnershipId] = partnership = { entries: 0, backdated: 0 };
  partnership.entries += 1;
  partnership.backdated += backdated;
};

/**
 * What the audit timeline holds, in counts: entries per actor (and role), per event type and per
 * partnership, and how many were backdated. Its size follows the number of people, types and
 * partnerships, not of events, so it can be rebuilt with the other read models over any log; the
 * entries themselves are read with `streamAuditTimeline`.
 */
export const auditSummaryProjection = defineProjection<AuditSummaryState, PartnershipEvent>({
  name: 'audit-summary',
  version: 1,
  registry: partnershipEventRegistry,
  initial: () => ({
    entries: 0,
    backdated: 0,
    byActor: emptyIdRecord(),
    byType: emptyIdRecord(),
    byPartnership: emptyIdRecord(),
  }),
  apply: (state, event) => {
    const next = copy(state);
    count(next, event);
    return next;
  },
  begin: (state) => {
    let current = state;
    let owned = false;
    const folding: Folding<AuditSummaryState, PartnershipEvent> = {
      apply: (event) => {
        if (!owned) {
          current = copy(current);
          owned = true;
        }
        count(current, event);
      },
      result: () => {
        owned = false;
        return current;
      },
    };
    return folding;
  },
  stateCodec: jsonStateCodec(AuditSummaryStateCodec),
});
