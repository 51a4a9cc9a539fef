import * as t from 'io-ts';
import { sampleEvent, sampleRegistry } from '@council-partnerships/testing';
import { RecordedEvent } from '../eventstore/envelope';
import { deepFreeze, markDeeplyFrozen } from '../eventstore/frozenEvents';
import { JsonObject } from '../shared/json';
import { defineEvent } from './defineEvent';
import { createEventRegistry } from './registry';

const recorded = (overrides: Partial<RecordedEvent>): RecordedEvent => ({
  ...sampleEvent(),
  streamId: 's',
  streamVersion: 1,
  globalPosition: 1,
  recordedAt: '2024-04-01T08:00:00.000Z',
  previousHash: null,
  hash: 'x',
  ...overrides,
});

describe('event registry', () => {
  it('encodes at the current schema version', () => {
    expect(
      sampleRegistry.encode({ type: 'PriceAgreed', data: { pricePence: 5 as t.Int, currency: 'GBP' } }),
    ).toEqual({
      _tag: 'Right',
      right: { type: 'PriceAgreed', schemaVersion: 2, data: { pricePence: 5, currency: 'GBP' } },
    });
  });

  it('refuses to encode data its codec does not accept', () => {
    const bad = { type: 'PriceAgreed', data: { pricePence: 5.5, currency: 'GBP' } } as never;
    expect(sampleRegistry.encode(bad)).toMatchObject({
      left: { code: 'InvalidInput', path: ['data', 'pricePence'] },
    });
  });

  it('upcasts each stored fixture version to the current one', () => {
    const v1 = recorded({ type: 'PriceAgreed', schemaVersion: 1, data: { price: '0.07' } });
    expect(sampleRegistry.decode(v1)).toEqual({
      _tag: 'Right',
      right: { type: 'PriceAgreed', data: { pricePence: 7, currency: 'GBP' } },
    });
  });
});

describe('registry: decoding events a store has deep-frozen', () => {
  const Paid = defineEvent('Paid', t.type({ amountPence: t.Int }));
  const frozenRegistry = createEventRegistry([Paid] as const);
  const stored = (amountPence: unknown) => ({
    streamId: 's',
    streamVersion: 1,
    eventId: 'e-1',
    type: 'Paid',
    schemaVersion: 1,
    data: { amountPence } as JsonObject,
    commandId: 'c-1',
  });

  it('decodes a marked event once and hands out the same frozen result every time after', () => {
    const event = markDeeplyFrozen(deepFreeze(stored(5)));
    const first = frozenRegistry.decode(event);
    expect(frozenRegistry.decode(event)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first._tag === 'Right' && Object.isFrozen(first.right)).toBe(true);
  });

  it('decodes an unmarked event afresh each time, so a change to it is seen', () => {
    const event = stored(5);
    expect(frozenRegistry.decode(event)).toMatchObject({
      _tag: 'Right',
      right: { data: { amountPence: 5 } },
    });
    (event.data as { amountPence: unknown }).amountPence = 'five';
    expect(frozenRegistry.decode(event)).toMatchObject({ _tag: 'Left', left: { code: 'CorruptEvent' } });
  });
});
