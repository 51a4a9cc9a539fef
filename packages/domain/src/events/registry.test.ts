import * as t from 'io-ts';
import { sampleEvent, sampleRegistry } from '../testing/sampleEvents';
import { RecordedEvent } from '../eventstore/envelope';

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
