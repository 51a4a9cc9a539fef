import { createSqliteEventStore } from '@council-partnerships/adapters/sqlite';
import { sampleEvent } from '@council-partnerships/testing';
import { join } from 'node:path';
import { scratchDirectory } from './scratch';
import { readPrices } from './upcasting';

describe("the domain README's event that stays readable", () => {
  const dir = scratchDirectory('upcasting-');

  it('reads a price stored at version 1, as text in pounds, as version 2 in pence, beside one stored at version 2', async () => {
    const store = createSqliteEventStore({ filename: join(dir(), 'prices.sqlite') });
    await store.migrate();
    const agreed = (schemaVersion: number, data: Record<string, string | number>) =>
      sampleEvent({ type: 'PriceAgreed', schemaVersion, data });
    await store.appendToStream(
      'prices-family-time',
      [
        agreed(1, { price: '£1,234.56' }),
        agreed(2, { pricePence: 99_00, currency: 'GBP' }),
        agreed(1, { price: 'about a thousand' }),
      ],
      { expectedVersion: 'no_stream' },
    );
    const read = await readPrices(store);
    await store.close();
    if (read._tag === 'Left') throw new Error(read.left.message);
    expect(read.right.slice(0, 2)).toEqual([
      { _tag: 'Right', right: { type: 'PriceAgreed', data: { pricePence: 123_456, currency: 'GBP' } } },
      { _tag: 'Right', right: { type: 'PriceAgreed', data: { pricePence: 99_00, currency: 'GBP' } } },
    ]);
    expect(read.right[2]).toMatchObject({ _tag: 'Left', left: { code: 'CorruptEvent' } });
  });
});
