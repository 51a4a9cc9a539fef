import fc from 'fast-check';
import { RecordedEvent, RecordedEventCodec } from './envelope';
import { FoldableEventCodec, isSoundFoldableEvent } from './foldableEvent';
import { LoggedEventCodec } from './loggedEvent';
import { isSoundLoggedEvent, isSoundRecordedEvent } from './storedRow';
import { isPlainSoundTimestamp } from './rowChecks';
import { StoredTimestampCodec } from '../shared/timestamp';

/**
 * The fast checks a store runs on every row it reads accept exactly what the codecs accept: a row
 * they pass is one the codec would have passed, and a row they refuse goes to the codec to explain.
 */
const sound: RecordedEvent = {
  eventId: 'e-1',
  type: 'PartnershipConceived',
  schemaVersion: 1,
  data: { partnershipId: 'p' },
  occurredAt: '2025-06-01T09:00:00+01:00',
  actor: { id: 'officer-1', role: 'commissioning-officer' },
  commandId: 'c-1',
  correlationId: 'c-1',
  causationId: null,
  streamId: 'partnership-p',
  streamVersion: 1,
  globalPosition: 1,
  recordedAt: '2025-06-01T08:00:01.123Z',
  previousHash: null,
  hash: 'abc',
};

/** Anything a column could hold after a driver read it, or a damaged file wrote into it. */
const columnValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    '2025-02-30T09:00:00Z',
    '2025-06-01T09:00:00',
    '2025-06-01T24:00:00Z',
    '2025-06-01T09:00:00.5+01:00',
    1.5,
    [],
    new Date(0),
    null,
    undefined,
    { id: 'x', role: 'y', name: 3 },
    { id: 'x', role: 'y', organisation: 'z' },
    { id: 'x' },
  ),
);

const damaged = <T extends object>(base: T) =>
  fc
    .array(fc.tuple(fc.constantFrom(...(Object.keys(base) as (keyof T)[])), columnValue), { maxLength: 3 })
    .map((changes) => {
      const copy = { ...base } as Record<keyof T, unknown>;
      for (const [key, value] of changes) copy[key] = value;
      return copy as unknown as T;
    });

describe('the fast checks of a stored row', () => {
  it('isSoundRecordedEvent answers as RecordedEventCodec.is does, for any damage to any field', () => {
    fc.assert(
      fc.property(damaged(sound), (candidate) => {
        // Asked twice: the second answer may come from the timestamps it remembers.
        expect(isSoundRecordedEvent(candidate)).toBe(RecordedEventCodec.is(candidate));
        expect(isSoundRecordedEvent(candidate)).toBe(RecordedEventCodec.is(candidate));
      }),
      { numRuns: 2000 },
    );
  });

  it('isSoundFoldableEvent answers as FoldableEventCodec.is does', () => {
    const { streamId, streamVersion, eventId, type, schemaVersion, data, commandId } = sound;
    const foldable = { streamId, streamVersion, eventId, type, schemaVersion, data, commandId };
    fc.assert(
      fc.property(damaged(foldable), (candidate) => {
        expect(isSoundFoldableEvent(candidate)).toBe(FoldableEventCodec.is(candidate));
      }),
      { numRuns: 2000 },
    );
  });

  it('isSoundLoggedEvent answers as LoggedEventCodec.is does', () => {
    const { globalPosition, streamId, streamVersion, eventId, type, schemaVersion, data } = sound;
    const { occurredAt, recordedAt, actor } = sound;
    const logged = {
      ...{ globalPosition, streamId, streamVersion, eventId, type, schemaVersion, data },
      ...{ occurredAt, recordedAt, actor },
    };
    fc.assert(
      fc.property(damaged(logged), (candidate) => {
        // Asked twice: the second answer may come from the timestamps it remembers.
        expect(isSoundLoggedEvent(candidate)).toBe(LoggedEventCodec.is(candidate));
        expect(isSoundLoggedEvent(candidate)).toBe(LoggedEventCodec.is(candidate));
      }),
      { numRuns: 2000 },
    );
  });

  it('a timestamp read character by character is sound only when the codec says so', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const shaped = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
        two(13),
        two(32),
        two(25),
        two(61),
        fc.option(fc.tuple(two(61), fc.option(fc.stringMatching(/^[0-9]{0,11}$/)))),
        fc.oneof(
          fc.constant('Z'),
          fc
            .tuple(fc.constantFrom('+', '-'), two(25), two(61))
            .map((p) => p.join(':').replace(/^([+-]):/, '$1')),
        ),
      )
      .map(([y, mo, d, h, mi, s, offset]) => {
        const seconds = s === null ? '' : `:${s[0]}${s[1] === null ? '' : `.${s[1]}`}`;
        return `${y}-${mo}-${d}T${h}:${mi}${seconds}${offset}`;
      });
    const text = fc.oneof(
      shaped,
      fc.string(),
      shaped.map((s) => s.replace(/\d/, 'x')),
      shaped.map((s) => `${s} `),
    );
    fc.assert(
      fc.property(text, (s) => {
        if (isPlainSoundTimestamp(s)) expect(StoredTimestampCodec.is(s)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    for (const s of ['2024-02-29T23:59:59.123456789+01:00', '2025-06-01T09:00Z', '2025-06-01T09:00:00-05:30'])
      expect(isPlainSoundTimestamp(s)).toBe(true);
    for (const s of [
      '2025-02-29T09:00Z',
      '2025-06-01T09:00:00.Z',
      '2025-06-01T09:00:00.1234567890Z',
      '2025-06-01T09:00',
    ])
      expect(isPlainSoundTimestamp(s)).toBe(false);
  });

  it('a timestamp remembered as sound does not make a different text sound', () => {
    expect(isSoundRecordedEvent(sound)).toBe(true);
    expect(isSoundRecordedEvent({ ...sound, recordedAt: '2025-06-01T08:00:01.123' })).toBe(false);
    expect(isSoundRecordedEvent({ ...sound, occurredAt: '' })).toBe(false);
  });
});
