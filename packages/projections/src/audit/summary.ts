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
import { defineLoggedProjection, LoggedFolding } from '../projection';
import { PartnershipLogged } from '../partnershipEvents';
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

type ActorCounts = AuditSummaryState['byActor'][string];
type PartnershipCounts = AuditSummaryState['byPartnership'][string];

/**
 * Counts events into a summary the fold owns. Neighbouring events mostly share their partnership (one
 * stream's events) and their actor (one command's), so the entries counted last are kept at hand;
 * they belong to the summary being counted into, and are forgotten when it changes.
 */
const counter = () => {
  const recordedOn = lastBusinessDate();
  const happenedOn = lastBusinessDate();
  let summary: AuditSummaryState | null = null;
  let actorId = '';
  let actor: ActorCounts | undefined;
  let partnershipId = '';
  let partnership: PartnershipCounts | undefined;
  return (s: AuditSummaryState, event: PartnershipLogged): void => {
    if (s !== summary) {
      summary = s;
      actor = partnership = undefined;
    }
    const e = event.envelope;
    const backdated = recordedOn(e.recordedAt) > happenedOn(e.occurredAt) ? 1 : 0;
    s.entries += 1;
    s.backdated += backdated;
    // Actor ids, roles and partnership ids are whatever the sender wrote: every record here has no
    // prototype and is read through `own`, so an actor called `constructor` is counted like any other.
    if (actor === undefined || e.actor.id !== actorId) {
      actorId = e.actor.id;
      actor = own(s.byActor, actorId);
      if (actor === undefined) s.byActor[actorId] = actor = { entries: 0, roles: emptyIdRecord() };
    }
    actor.entries += 1;
    actor.roles[e.actor.role] = (own(actor.roles, e.actor.role) ?? 0) + 1;
    s.byType[e.type] = (own(s.byType, e.type) ?? 0) + 1;
    if (partnership === undefined || event.data.partnershipId !== partnershipId) {
      partnershipId = event.data.partnershipId;
      partnership = own(s.byPartnership, partnershipId);
      if (partnership === undefined)
        s.byPartnership[partnershipId] = partnership = { entries: 0, backdated: 0 };
    }
    partnership.entries += 1;
    partnership.backdated += backdated;
  };
};

/** The counter of the pure `apply`: each event there goes into a summary of its own. */
const countOne = counter();

/**
 * What the audit timeline holds, in counts: entries per actor (and role), per event type and per
 * partnership, and how many were backdated. Its size follows the number of people, types and
 * partnerships, not of events, so it can be rebuilt with the other read models over any log; the
 * entries themselves are read with `streamAuditTimeline`.
 */
export const auditSummaryProjection = defineLoggedProjection<AuditSummaryState, PartnershipEvent>({
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
    countOne(next, event);
    return next;
  },
  begin: (state) => {
    const count = counter();
    let current = state;
    let owned = false;
    const folding: LoggedFolding<AuditSummaryState, PartnershipEvent> = {
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
