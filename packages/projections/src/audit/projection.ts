import { partnershipEventRegistry, PartnershipEvent } from '@council-partnerships/domain';
import { businessDateOf } from '../asOf';
import { defineProjection } from '../projection';
import { withEntry } from '../partnershipEvents';
import { jsonStateCodec } from '../stateCodecs';
import { summarise } from './describe';
import { AuditState, AuditStateCodec } from './state';

/**
 * The audit timeline: for every partnership event, who recorded it and in what role, when it
 * happened and when it was recorded, the command and correlation that caused it, and its hash.
 */
export const auditTimelineProjection = defineProjection<AuditState, PartnershipEvent>({
  name: 'audit-timeline',
  version: 1,
  registry: partnershipEventRegistry,
  initial: () => ({ partnerships: {} }),
  apply: (state, event) => {
    const e = event.envelope;
    const businessDate = businessDateOf(e.occurredAt);
    const entry = {
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
      backdated: businessDateOf(e.recordedAt) > businessDate,
      actor: { ...e.actor },
      commandId: e.commandId,
      correlationId: e.correlationId,
      causationId: e.causationId,
      hash: e.hash,
      previousHash: e.previousHash,
    };
    const id = event.data.partnershipId;
    return { partnerships: withEntry(state.partnerships, id, [...(state.partnerships[id] ?? []), entry]) };
  },
  stateCodec: jsonStateCodec(AuditStateCodec),
});
