import { createHash } from 'node:crypto';
import * as fc from 'fast-check';
import { canonicalJson, JsonObject } from '../shared/json';
import { canonicalEnvelope, HashedFields, hashEvent } from './hashChain';

const text = fc.string({ maxLength: 20 });
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
