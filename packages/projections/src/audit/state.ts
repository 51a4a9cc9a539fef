import { idRecordCodec } from '@council-partnerships/domain';
import * as t from 'io-ts';
import { IntegerCodec, nullableCodec } from '../stateCodecs';

export const AuditEntryCodec = t.type({
  globalPosition: t.number,
  eventId: t.string,
  streamId: t.string,
  streamVersion: IntegerCodec,
  partnershipId: t.string,
  type: t.string,
  schemaVersion: IntegerCodec,
  summary: t.string,
  /** Business time: when it happened in the world. */
  occurredAt: t.string,
  /** The London calendar date of `occurredAt`. */
  businessDate: t.string,
  /** System time: when the store recorded it. */
  recordedAt: t.string,
  /** Recorded on a later London date than the one it happened on (a late return, a backdated correction). */
  backdated: t.boolean,
  actor: t.intersection([
    t.type({ id: t.string, role: t.string }),
    t.partial({ name: t.string, organisation: t.string }),
  ]),
  commandId: t.string,
  correlationId: t.string,
  causationId: nullableCodec(t.string),
  hash: t.string,
  previousHash: nullableCodec(t.string),
});
export type AuditEntry = t.TypeOf<typeof AuditEntryCodec>;

export const AuditStateCodec = t.type({ partnerships: idRecordCodec(t.array(AuditEntryCodec)) });
export type AuditState = t.TypeOf<typeof AuditStateCodec>;
