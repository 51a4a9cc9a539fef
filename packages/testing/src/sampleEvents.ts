import * as t from 'io-ts';
import { createEventRegistry, defineEvent, NewEvent, olderVersion } from '@council-partnerships/domain';

let counter = 0;
/** A time-ordered, unique id for test events (sequential keys, as production ids should be). */
export const testEventId = (): string => {
  counter += 1;
  const n = (Date.now() * 1000 + counter).toString(16).padStart(32, '0').slice(-32);
  return `${n.slice(0, 8)}-${n.slice(8, 12)}-7${n.slice(13, 16)}-8${n.slice(17, 20)}-${n.slice(20, 32)}`;
};

/** A plain event for exercising a store: no domain rules, just enough envelope. */
export const sampleEvent = (overrides: Partial<NewEvent> = {}): NewEvent => ({
  eventId: testEventId(),
  type: 'SampleRecorded',
  schemaVersion: 1,
  data: { amountPence: 1234, note: 'sample' },
  occurredAt: '2024-04-01T09:00:00.000+01:00',
  actor: { id: 'officer-1', role: 'commissioning-officer' },
  commandId: `cmd-${testEventId()}`,
  correlationId: 'corr-1',
  causationId: null,
  ...overrides,
});

export const sampleEvents = (count: number, overrides: Partial<NewEvent> = {}): NewEvent[] =>
  Array.from({ length: count }, () => sampleEvent(overrides));

/**
 * A versioned event for the upcasting contract: v1 stored a price in pounds as a string, v2 stores
 * integer pence; reading a v1 row must give v2 data.
 */
/** "1234.5" -> 123450: exact string arithmetic, no floating point on money. */
const poundsTextToPence = (text: string): number => {
  const [pounds = '0', pence = ''] = text.split('.');
  return Number(pounds) * 100 + Number(pence.padEnd(2, '0').slice(0, 2));
};

export const PriceAgreedV1 = t.type({ price: t.string });
export const PriceAgreed = defineEvent(
  'PriceAgreed',
  t.type({ pricePence: t.Int, currency: t.literal('GBP') }),
  {
    schemaVersion: 2,
    olderVersions: {
      1: olderVersion(PriceAgreedV1, (v1) => ({
        pricePence: poundsTextToPence(v1.price),
        currency: 'GBP',
      })),
    },
  },
);
export const sampleRegistry = createEventRegistry([PriceAgreed] as const);
