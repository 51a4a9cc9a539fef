// The domain README's "Events that stay readable" shows the `upcast` region: an event whose shape
// changed, and events stored in the old shape read as the new one.
import * as t from 'io-ts';
import { Either, right } from 'fp-ts/Either';
import {
  createEventRegistry,
  CorruptEvent,
  defineEvent,
  EventStore,
  olderVersion,
  PenceCodec,
  poundsToPence,
  ReadError,
  UnknownEventType,
} from '@council-partnerships/domain';

/** Pounds as text in pence; text that is no amount gives null, which v2 refuses: CorruptEvent, not a wrong price. */
const toPence = (price: string): number | null => {
  const pence = poundsToPence(price);
  return pence._tag === 'Right' ? pence.right : null;
};

export const readPrices = async (
  store: EventStore,
): Promise<Either<ReadError, Either<CorruptEvent | UnknownEventType, unknown>[]>> => {
  // #region upcast
  const PriceAgreed = defineEvent(
    'PriceAgreed',
    t.type({ pricePence: PenceCodec, currency: t.literal('GBP') }),
    {
      schemaVersion: 2,
      olderVersions: {
        // version 1 held the price as text in pounds: each stored v1 event is lifted to v2 as it is read
        1: olderVersion(t.type({ price: t.string }), (v1) => ({
          pricePence: toPence(v1.price),
          currency: 'GBP',
        })),
      },
    },
  );
  const registry = createEventRegistry([PriceAgreed] as const);
  const stored = await store.readStream('prices-family-time'); // v1 events from years ago, v2 since
  if (stored._tag === 'Left') return stored;
  // each Right({ type: 'PriceAgreed', data: { pricePence: 123456, currency: 'GBP' } }), whatever its version
  return right(stored.right.map((event) => registry.decode(event)));
  // #endregion upcast
};
