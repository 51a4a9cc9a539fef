import {
  copyIdRecord,
  emptyIdRecord,
  own,
  PartnershipEvent,
  partnershipEventRegistry,
} from '@council-partnerships/domain';
import { lastBusinessDate } from '../asOf';
import { defineProjection } from '../projection';
import { PartnershipProjected, withEntry } from '../partnershipEvents';
import { jsonStateCodec } from '../stateCodecs';
import { summarise } from './describe';
import { AuditEntry, AuditState, AuditStateCodec } from './state';

const happenedOn = lastBusinessDate();
const recordedOn = lastBusinessDate();

/** One line of the timeline: the event's envelope as an auditor reads it, with a summary in words. */
export const auditEntryOf = (event: PartnershipProjected): AuditEntry => {
  const e = event.envelope;
  const businessDate = happenedOn(e.occurredAt);
  return {
    globalPosition: e.globalPosition,
    eventId: e.eventId,
    streamId: e.streamId,
    streamVersion: e.streamVersion,
    partnershipId: event.data.partnershipId,
    type: e.type,
    schemaVersion: e.schemaVersion,
    summary: summarise(event),
    occurredAt: e.occurredAt,
    businessDate,
    recordedAt: e.recordedAt,
    backdated: recordedOn(e.recordedAt) > businessDate,
    actor: { ...e.actor },
    commandId: e.commandId,
    correlationId: e.correlationId,
    causationId: e.causationId,
    hash: e.hash,
    previousHash: e.previousHash,
  };
};

/**
 * The audit timeline: for every partnership event, who recorded it and in what role, when it
 * happened and when it was recorded, the command and correlation that caused it, and its hash.
 * It holds every entry, so it suits one partnership's history or a modest log; for the whole of a
 * long log, `streamAuditTimeline` reads the entries page by page and `auditSummaryProjection` counts.
 */
export const auditTimelineProjection = defineProjection<AuditState, PartnershipEvent>({
  name: 'audit-timeline',
  version: 1,
  registry: partnershipEventRegistry,
  initial: () => ({ partnerships: emptyIdRecord() }),
  apply: (state, event) => {
    const id = event.data.partnershipId;
    const entries = [...(own(state.partnerships, id) ?? []), auditEntryOf(event)];
    return { partnerships: withEntry(state.partnerships, id, entries) };
  },
  // In place over a batch: the map is copied once, and a partnership's entries once, when first added to.
  begin: (state) => {
    let partnerships = state.partnerships;
    let owned: Set<string> | null = null;
    return {
      apply: (event) => {
        const id = event.data.partnershipId;
        if (owned === null) {
          partnerships = copyIdRecord(partnerships);
          owned = new Set();
        }
        let entries = own(partnerships, id);
        if (entries === undefined || !owned.has(id)) {
          entries = entries === undefined ? [] : entries.slice();
          partnerships[id] = entries;
          owned.add(id);
        }
        entries.push(auditEntryOf(event));
      },
      result: () => {
        owned = null;
        return partnerships === state.partnerships ? state : { partnerships };
      },
    };
  },
  stateCodec: jsonStateCodec(AuditStateCodec),
});
