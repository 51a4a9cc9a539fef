import fc from 'fast-check';
import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { sampleEvent } from '@council-partnerships/testing';
import { FoldRead, pagedByRanges } from '../eventstore/foldPages';
import { EventStore, ReadStreamOptions } from '../eventstore/port';
import { aggregateStream } from './aggregateStream';
import { decider, LedgerEvent, registry } from './testing/ledger';

const STREAM = 'ledger-l1';

/** A ledger stream of `spends` events after its budget, in an in-memory store. */
const ledgerStream = async (spends: number, extra: (i: number) => LedgerEvent | null = () => null) => {
  const store = createInMemoryEventStore();
  const events = [{ type: 'BudgetSet', data: { amountPence: 1_000_000 } }];
  for (let i = 1; i <= spends; i++)
    events.push(extra(i) ?? { type: 'SpendRecorded', data: { amountPence: i } });
  const records = events.map(({ type, data }) => sampleEvent({ type, data: { ...data } }));
  const appended = await store.appendToStream(STREAM, records, { expectedVersion: 'no_stream' });
  if (appended._tag === 'Left') throw new Error(appended.left.message);
  return store;
};

/**
 * The store with a paged read of `pageSize` versions a page (as the SQLite store's), noting each range
 * its lean read was asked for.
 */
const paged = (store: EventStore, pageSize: number) => {
  const asked: ReadStreamOptions[] = [];
  const readStreamForFold: FoldRead = (streamId, options) => {
    asked.push(options ?? {});
    return store.readStreamForFold!(streamId, options);
  };
  const spy: EventStore = {
    ...store,
    readStreamForFold,
    readStreamForFoldInPages: pagedByRanges(readStreamForFold, pageSize),
  };
  return { spy, asked };
};

const folded = async (store: EventStore, toVersion?: number) => {
  const result = await aggregateStream(store, registry, decider, STREAM, toVersion ? { toVersion } : {});
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
};

describe('aggregateStream', () => {
  it('given a store folded three events at a time, when a stream of seven is aggregated, then it reads three pages and folds them as one read would', async () => {
    const store = await ledgerStream(6);
    const { spy, asked } = paged(store, 3);
    const byPages = await folded(spy);
    expect(byPages).toEqual(await folded(store));
    expect(byPages).toEqual({ state: { budget: 1_000_000, spent: 21 }, version: 7 });
    expect(asked).toEqual([
      { fromVersion: 1, toVersion: 3 },
      { fromVersion: 4, toVersion: 6 },
      { fromVersion: 7, toVersion: 9 },
    ]);
  });

  it('given a stream that ends on a page boundary, when aggregated a page at a time, then the page after it finds no events and the fold ends', async () => {
    const { spy, asked } = paged(await ledgerStream(5), 3);
    expect(await folded(spy)).toEqual({ state: { budget: 1_000_000, spent: 15 }, version: 6 });
    expect(asked.map((range) => range.fromVersion)).toEqual([1, 4, 7]);
  });

  it('given a store without a paged read, when a stream is aggregated, then it is read once, to its end', async () => {
    const store = await ledgerStream(4);
    const { spy, asked } = paged(store, 3);
    const whole: EventStore = { ...spy, readStreamForFoldInPages: undefined };
    expect(await folded(whole)).toEqual({ state: { budget: 1_000_000, spent: 10 }, version: 5 });
    expect(asked).toEqual([{}]);
  });

  it('given no stream, when aggregated a page at a time, then the answer is the initial state at version 0', async () => {
    const { spy } = paged(createInMemoryEventStore(), 2);
    expect(await folded(spy)).toEqual({ state: decider.initialState(), version: 0 });
  });

  it('given an event on a later page that no codec accepts, when aggregated a page at a time, then it is refused, naming that event', async () => {
    const tampered = await ledgerStream(6, (i) =>
      i === 4 ? ({ type: 'SpendRecorded', data: { amountPence: 'four' } } as unknown as LedgerEvent) : null,
    );
    const result = await aggregateStream(paged(tampered, 2).spy, registry, decider, STREAM);
    expect(result).toMatchObject({ _tag: 'Left', left: { code: 'CorruptEvent', streamVersion: 5 } });
  });

  it('given any stream, page size and last version, a fold a page at a time is the fold of one read', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 20 }),
        fc.integer({ min: 1, max: 8 }),
        fc.nat({ max: 25 }),
        async (spends, pageSize, toVersion) => {
          const store = await ledgerStream(spends);
          const { spy, asked } = paged(store, pageSize);
          const whole = await folded(store, toVersion);
          expect(await folded(spy, toVersion)).toEqual(whole);
          expect(whole.version).toBe(toVersion === 0 ? spends + 1 : Math.min(toVersion, spends + 1));
          // No page reaches past the version asked for, and none is read twice.
          for (const range of asked) {
            expect(range.toVersion! - range.fromVersion! + 1).toBeLessThanOrEqual(pageSize);
            if (toVersion > 0) expect(range.toVersion).toBeLessThanOrEqual(toVersion);
          }
          expect(new Set(asked.map((range) => range.fromVersion)).size).toBe(asked.length);
        },
      ),
      { numRuns: 100 },
    );
  });
});
