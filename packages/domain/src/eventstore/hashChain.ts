import * as crypto from 'node:crypto';
import { canonicalJson, JsonObject } from '../shared/json';
import { NewEvent, RecordedEvent } from './envelope';

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

/** Characters JSON writes as themselves inside a string: printable ASCII but the quote and backslash. */
const PLAIN_TEXT = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/**
 * `JSON.stringify` of an envelope field, without the native call for the usual case: ids, timestamps,
 * hashes and type names are plain ASCII, which JSON writes between quotes unchanged. Anything else
 * (an escape needed, null, a number) goes to `JSON.stringify`.
 */
const jsonOf = (value: unknown): string =>
  typeof value === 'string' && PLAIN_TEXT.test(value) ? '"' + value + '"' : JSON.stringify(value);

/**
 * The bytes a hash covers: the canonical JSON of the envelope, given the canonical JSON of its data
 * and actor. The envelope's own keys are written in their sorted order by hand (exactly
 * `canonicalJson` of the whole envelope, see `canonicalEnvelope`; a property test holds it to that);
 * only the data and the actor need the general canonical encoding. This runs for every event appended
 * and verified: a native `JSON.stringify` per field cost more than hashing the text.
 */
const envelopeText = (fields: HashedFields, dataJson: string, actorJson: string): string =>
  '{"actor":' +
  actorJson +
  ',"causationId":' +
  jsonOf(fields.causationId) +
  ',"commandId":' +
  jsonOf(fields.commandId) +
  ',"correlationId":' +
  jsonOf(fields.correlationId) +
  ',"data":' +
  dataJson +
  ',"eventId":' +
  jsonOf(fields.eventId) +
  ',"occurredAt":' +
  jsonOf(fields.occurredAt) +
  ',"previousHash":' +
  jsonOf(fields.previousHash) +
  ',"recordedAt":' +
  jsonOf(fields.recordedAt) +
  ',"schemaVersion":' +
  jsonOf(fields.schemaVersion) +
  ',"streamId":' +
  jsonOf(fields.streamId) +
  ',"streamVersion":' +
  jsonOf(fields.streamVersion) +
  ',"type":' +
  jsonOf(fields.type) +
  '}';

const actorJsonOf = (actor: HashedFields['actor']): string => canonicalJson(actor);

/**
 * SHA-256 over the canonical JSON of the envelope and data, including the previous event's hash, so
 * that changing, removing, inserting or reordering any event breaks the chain from that point on.
 * This runs for every event appended and every event verified.
 */
export const hashEvent = (fields: HashedFields): string =>
  sha256Hex(envelopeText(fields, canonicalJson(fields.data), actorJsonOf(fields.actor)));

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

/**
 * Events placed and chained, with the canonical JSON of each one's data and actor as hashed, so that a
 * store can write those texts instead of encoding the same values again.
 */
export interface ChainedBatch {
  readonly events: RecordedEvent[];
  readonly dataJson: string[];
  readonly actorJson: string[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** `chainEvents`, keeping the JSON texts it hashed. */
export const chainEventsWithJson = (
  streamId: string,
  previous: { streamVersion: number; hash: string } | null,
  events: readonly NewEvent[],
  recordedAt: string,
  positionOf: (index: number) => number,
): ChainedBatch => {
  const out: ChainedBatch = { events: [], dataJson: [], actorJson: [] };
  let previousHash = previous?.hash ?? null;
  let version = previous?.streamVersion ?? 0;
  // A batch is usually one actor's decision: encode the actor once while it stays the same object.
  let lastActor: NewEvent['actor'] | null = null;
  let actorJson = '';
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!;
    version += 1;
    if (event.actor !== lastActor) {
      lastActor = event.actor;
      actorJson = actorJsonOf(event.actor);
    }
    const dataJson = canonicalJson(event.data);
    // One object per event, hashed before its hash is filled in (the hash does not cover itself).
    const recorded: Mutable<RecordedEvent> = {
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
      globalPosition: positionOf(index),
      hash: '',
    };
    recorded.hash = sha256Hex(envelopeText(recorded, dataJson, actorJson));
    out.events.push(recorded);
    out.dataJson.push(dataJson);
    out.actorJson.push(actorJson);
    previousHash = recorded.hash;
  }
  return out;
};

/**
 * Places new events after `previous` (the stream's last recorded event, if any) and chains their hashes:
 * `chainEventsWithJson` without the texts.
 */
export const chainEvents = (...args: Parameters<typeof chainEventsWithJson>): RecordedEvent[] =>
  chainEventsWithJson(...args).events;
