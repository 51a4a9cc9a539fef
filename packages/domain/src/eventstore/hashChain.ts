import * as crypto from 'node:crypto';
import { canonicalJson, JsonObject } from '../shared/json';
import { RecordedEvent } from './envelope';

/** The fields a hash covers. The global position is left out: the stream version fixes order in a stream. */
export type HashedFields = Omit<RecordedEvent, 'hash' | 'globalPosition'>;

/**
 * SHA-256 as lowercase hex. Node's one-shot `crypto.hash` (20.12 and later) skips the Hash object
 * `createHash` allocates for every call; older Node 20 releases get the same digest the long way.
 */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

/**
 * SHA-256 over the canonical JSON of the envelope and data, including the previous event's hash, so
 * that changing, removing, inserting or reordering any event breaks the chain from that point on.
 *
 * The envelope's own keys are written in their sorted order by hand (the bytes are exactly
 * `canonicalJson` of the whole envelope, see `canonicalEnvelope`); only the data and the actor need the
 * general canonical encoding. This runs for every event appended and every event verified.
 */
export const hashEvent = (fields: HashedFields): string =>
  sha256Hex(
    '{"actor":' +
      canonicalJson({ ...fields.actor }) +
      ',"causationId":' +
      JSON.stringify(fields.causationId) +
      ',"commandId":' +
      JSON.stringify(fields.commandId) +
      ',"correlationId":' +
      JSON.stringify(fields.correlationId) +
      ',"data":' +
      canonicalJson(fields.data) +
      ',"eventId":' +
      JSON.stringify(fields.eventId) +
      ',"occurredAt":' +
      JSON.stringify(fields.occurredAt) +
      ',"previousHash":' +
      JSON.stringify(fields.previousHash) +
      ',"recordedAt":' +
      JSON.stringify(fields.recordedAt) +
      ',"schemaVersion":' +
      JSON.stringify(fields.schemaVersion) +
      ',"streamId":' +
      JSON.stringify(fields.streamId) +
      ',"streamVersion":' +
      JSON.stringify(fields.streamVersion) +
      ',"type":' +
      JSON.stringify(fields.type) +
      '}',
  );

/** The envelope as the hash sees it: what `hashEvent` encodes, as a JSON value. */
export const canonicalEnvelope = (fields: HashedFields): JsonObject => ({
  eventId: fields.eventId,
  type: fields.type,
  schemaVersion: fields.schemaVersion,
  streamId: fields.streamId,
  streamVersion: fields.streamVersion,
  data: fields.data,
  occurredAt: fields.occurredAt,
  recordedAt: fields.recordedAt,
  actor: { ...fields.actor },
  commandId: fields.commandId,
  correlationId: fields.correlationId,
  causationId: fields.causationId,
  previousHash: fields.previousHash,
});

/** Places new events after `previous` (the stream's last recorded event, if any) and chains their hashes. */
export const chainEvents = (
  streamId: string,
  previous: { streamVersion: number; hash: string } | null,
  events: readonly import('./envelope').NewEvent[],
  recordedAt: string,
  positionOf: (index: number) => number,
): RecordedEvent[] => {
  const out: RecordedEvent[] = [];
  let previousHash = previous?.hash ?? null;
  let version = previous?.streamVersion ?? 0;
  events.forEach((event, index) => {
    version += 1;
    const fields: HashedFields = {
      eventId: event.eventId,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      occurredAt: event.occurredAt,
      actor: event.actor,
      commandId: event.commandId,
      correlationId: event.correlationId,
      causationId: event.causationId,
      streamId,
      streamVersion: version,
      recordedAt,
      previousHash,
    };
    const hash = hashEvent(fields);
    out.push({ ...fields, globalPosition: positionOf(index), hash });
    previousHash = hash;
  });
  return out;
};
