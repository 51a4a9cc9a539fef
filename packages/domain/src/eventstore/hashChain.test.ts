import { createHash } from 'node:crypto';
import * as fc from 'fast-check';
import { canonicalJson, JsonObject } from '../shared/json';
import { canonicalEnvelope, chainEventsWithJson, HashedFields, hashEvent } from './hashChain';

// Plain ASCII (the usual ids and timestamps) and any characters at all (quotes, controls, surrogates).
const text = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }));
const fields: fc.Arbitrary<HashedFields> = fc.record({
  eventId: text,
  type: text,
  schemaVersion: fc.integer({ min: 1, max: 9 }),
  data: fc.dictionary(text, fc.jsonValue()) as fc.Arbitrary<JsonObject>,
  occurredAt: text,
  actor: fc.record({ id: text, role: text }, { requiredKeys: ['id', 'role'] }),
  commandId: text,
  correlationId: text,
  causationId: fc.option(text, { nil: null }),
  streamId: text,
  streamVersion: fc.integer({ min: 1, max: 1_000_000 }),
  recordedAt: text,
  previousHash: fc.option(
    fc.string({ minLength: 64, maxLength: 64, unit: fc.constantFrom(...'0123456789abcdef') }),
    { nil: null },
  ),
});

describe('the event hash', () => {
  it('is SHA-256 of the canonical JSON of the whole envelope, whatever its contents', () => {
    fc.assert(
      fc.property(fields, (f) => {
        const expected = createHash('sha256')
          .update(canonicalJson(canonicalEnvelope(f)))
          .digest('hex');
        expect(hashEvent(f)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('changes when any field changes', () => {
    fc.assert(
      fc.property(fields, fc.integer({ min: 1, max: 1_000_000 }), (f, version) => {
        fc.pre(version !== f.streamVersion);
        expect(hashEvent({ ...f, streamVersion: version })).not.toBe(hashEvent(f));
      }),
    );
  });
});

describe('chaining a batch', () => {
  const newEvent = fc.record({
    eventId: text,
    type: text,
    schemaVersion: fc.integer({ min: 1, max: 9 }),
    data: fc.dictionary(text, fc.jsonValue()) as fc.Arbitrary<JsonObject>,
    occurredAt: text,
    actor: fc.constantFrom<{ id: string; role: string; organisation?: string }>(
      { id: 'a', role: 'officer' },
      { role: 'auditor', id: 'b', organisation: 'C' },
    ),
    commandId: text,
    correlationId: text,
    causationId: fc.option(text, { nil: null }),
  });

  it('links each event to the one before and keeps the canonical JSON it hashed', () => {
    fc.assert(
      fc.property(fc.array(newEvent, { minLength: 1, maxLength: 6 }), (events) => {
        const previous = { streamVersion: 4, hash: 'a'.repeat(64) };
        const batch = chainEventsWithJson('s', previous, events, '2026-01-01T00:00:00.000Z', (i) => 10 + i);
        batch.events.forEach((recorded, i) => {
          expect(recorded.streamVersion).toBe(5 + i);
          expect(recorded.globalPosition).toBe(10 + i);
          expect(recorded.previousHash).toBe(i === 0 ? previous.hash : batch.events[i - 1]!.hash);
          const { hash, globalPosition: _position, ...fields } = recorded;
          expect(hashEvent(fields)).toBe(hash);
          expect(batch.dataJson[i]).toBe(canonicalJson(events[i]!.data));
          expect(batch.actorJson[i]).toBe(canonicalJson({ ...events[i]!.actor }));
        });
      }),
      { numRuns: 200 },
    );
  });
});
