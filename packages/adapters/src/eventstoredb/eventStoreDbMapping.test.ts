import { sampleEvent } from '@council-partnerships/testing';
import { chainEvents } from '@council-partnerships/domain';
import {
  checkEventIds,
  checkpointOf,
  decodeEsdbEvent,
  isSystemEvent,
  metadataOf,
  parseCheckpoint,
  revisionAfter,
  StoredEsdbEvent,
  streamNaming,
  versionOfRevision,
} from './eventStoreDbMapping';

describe('EventStoreDB mapping', () => {
  it('maps stream version n to revision n - 1, and an empty stream to no_stream', () => {
    expect(revisionAfter(0)).toBe('no_stream');
    expect(revisionAfter(1)).toBe(0n);
    expect(revisionAfter(42)).toBe(41n);
    expect(versionOfRevision(0n)).toBe(1);
    expect(versionOfRevision(41n)).toBe(42);
  });

  it('writes a checkpoint as <commit>:<prepare> and reads it back', () => {
    const position = { commit: 18446744073709551615n, prepare: 123n };
    expect(checkpointOf(position)).toBe('18446744073709551615:123');
    expect(parseCheckpoint(checkpointOf(position))).toEqual({ _tag: 'Right', right: position });
    expect(parseCheckpoint('12')).toMatchObject({ left: { code: 'InvalidInput', path: ['after'] } });
    expect(parseCheckpoint('1:2:3')).toMatchObject({ left: { code: 'InvalidInput' } });
  });

  it('accepts lower-case UUID event ids only, naming the first that is not', () => {
    expect(checkEventIds(['0190a5b4-8c1e-7d2a-9f00-1234567890ab'])).toEqual({
      _tag: 'Right',
      right: undefined,
    });
    expect(checkEventIds(['0190a5b4-8c1e-7d2a-9f00-1234567890ab', 'not-a-uuid'])).toMatchObject({
      left: { code: 'InvalidInput', path: ['events', '1', 'eventId'] },
    });
    expect(checkEventIds(['0190A5B4-8C1E-7D2A-9F00-1234567890AB'])).toMatchObject({
      left: { code: 'InvalidInput' },
    });
  });

  it('recognises system events by stream or type', () => {
    expect(isSystemEvent({ streamId: '$stats-127.0.0.1:2113', type: 'x' })).toBe(true);
    expect(isSystemEvent({ streamId: 'partnership-1', type: '$metadata' })).toBe(true);
    expect(isSystemEvent({ streamId: 'partnership-1', type: 'PartnershipAgreed' })).toBe(false);
  });

  it('keeps streams under a prefix apart from other streams and from its id reservations', () => {
    const naming = streamNaming('test_1-');
    expect(naming.toEsdb('partnership-1')).toBe('test_1-partnership-1');
    expect(naming.fromEsdb('test_1-partnership-1')).toBe('partnership-1');
    expect(naming.fromEsdb('other-partnership-1')).toBeNull();
    expect(naming.fromEsdb(naming.reservationOf('0190a5b4-8c1e-7d2a-9f00-1234567890ab'))).toBeNull();
    expect(naming.isReservedName('__event-id-x')).toBe(true);
  });

  describe('decoding a stored event', () => {
    const [recorded] = chainEvents(
      's',
      null,
      [sampleEvent({ causationId: 'c-1' })],
      '2024-04-01T08:00:01.000Z',
      () => 0,
    );
    const stored: StoredEsdbEvent = {
      streamId: 'pre-s',
      id: recorded!.eventId,
      revision: 0n,
      type: recorded!.type,
      isJson: true,
      // What the server hands back: the JSON of data and metadata, parsed.
      data: JSON.parse(JSON.stringify(recorded!.data)),
      metadata: JSON.parse(JSON.stringify(metadataOf(recorded!))),
      position: { commit: 900n, prepare: 899n },
    };

    it('rebuilds the envelope exactly, with the prepare position as the global position', () => {
      expect(decodeEsdbEvent(stored, 's')).toEqual({
        _tag: 'Right',
        right: { ...recorded, globalPosition: 899 },
      });
    });

    it('carries correlation and causation under the names EventStoreDB projections read', () => {
      expect(metadataOf(recorded!)).toMatchObject({ $correlationId: 'corr-1', $causationId: 'c-1' });
    });

    it.each([
      ['binary content', { isJson: false }, 'not stored as JSON'],
      ['unreadable metadata', { metadata: new Uint8Array([1, 2]) }, 'metadata'],
      ['no metadata', { metadata: undefined }, 'metadata'],
      ['data that is not an object', { data: 'oops' }, 'data'],
      ['a missing hash', { metadata: { ...(stored.metadata as object), hash: undefined } }, 'hash'],
    ] as const)('reports %s as CorruptEvent naming stream, version and id', (_label, change, reason) => {
      const decoded = decodeEsdbEvent({ ...stored, ...change }, 's');
      expect(decoded).toMatchObject({
        left: { code: 'CorruptEvent', streamId: 's', streamVersion: 1, eventId: recorded!.eventId },
      });
      expect((decoded as { left: { message: string } }).left.message).toContain(reason);
    });
  });
});
