import { left, right } from 'fp-ts/Either';
import { streamNotFound } from './errors';
import { FoldableEvent } from './foldableEvent';
import { FoldPages, FoldRead, pagedByRanges, readStreamForFoldInPages } from './foldPages';
import { EventStore, ReadStreamOptions } from './port';

/** A stream of `length` lean events, read by range as a store would, noting each range asked for. */
const streamOf = (length: number) => {
  const events: FoldableEvent[] = Array.from({ length }, (_, i) => ({
    streamId: 's',
    streamVersion: i + 1,
    eventId: `e-${i + 1}`,
    type: 'Counted',
    schemaVersion: 1,
    data: { by: 1 },
    commandId: `c-${i + 1}`,
  }));
  const asked: ReadStreamOptions[] = [];
  const read: FoldRead = (streamId, options) => {
    asked.push(options ?? {});
    if (length === 0) return Promise.resolve(left(streamNotFound(streamId)));
    const from = options?.fromVersion ?? 1;
    const to = options?.toVersion ?? Infinity;
    return Promise.resolve(right(events.filter((e) => e.streamVersion >= from && e.streamVersion <= to)));
  };
  return { read, asked };
};

const all = async (pages: FoldPages) => {
  const items = [];
  for await (const item of pages) items.push(item);
  return items;
};
const versionsOf = (items: Awaited<ReturnType<typeof all>>) =>
  items.map((item) => (item._tag === 'Right' ? item.right.map((e) => e.streamVersion) : item.left.code));

describe('reading a stream for a fold a page at a time', () => {
  it('given a stream of seven, when read three versions a page, then it reads three ranges and hands over three pages', async () => {
    const { read, asked } = streamOf(7);
    expect(versionsOf(await all(pagedByRanges(read, 3)('s')))).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(asked).toEqual([
      { fromVersion: 1, toVersion: 3 },
      { fromVersion: 4, toVersion: 6 },
      { fromVersion: 7, toVersion: 9 },
    ]);
  });

  it('given a stream that ends on a page boundary, then the range after it finds nothing and no empty page is handed over', async () => {
    const { read, asked } = streamOf(6);
    expect(versionsOf(await all(pagedByRanges(read, 3)('s')))).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(asked).toHaveLength(3);
  });

  it('given a last version, then no range reaches past it', async () => {
    const { read, asked } = streamOf(20);
    expect(versionsOf(await all(pagedByRanges(read, 4)('s', { fromVersion: 3, toVersion: 9 })))).toEqual([
      [3, 4, 5, 6],
      [7, 8, 9],
    ]);
    expect(asked).toEqual([
      { fromVersion: 3, toVersion: 6 },
      { fromVersion: 7, toVersion: 9 },
    ]);
  });

  it('given a range that is not sound, then the refusal is the only item and nothing is read', async () => {
    const { read, asked } = streamOf(5);
    expect(versionsOf(await all(pagedByRanges(read, 2)('s', { fromVersion: 0 })))).toEqual(['InvalidInput']);
    expect(asked).toEqual([]);
  });

  it('given no stream, then StreamNotFound is the only item', async () => {
    const { read } = streamOf(0);
    expect(versionsOf(await all(pagedByRanges(read, 2)('s')))).toEqual(['StreamNotFound']);
  });

  it('given a page size that is not a whole number of at least one, then pages are one version each', async () => {
    for (const size of [0, -3, 2.5, Number.NaN]) {
      const { read } = streamOf(3);
      expect(versionsOf(await all(pagedByRanges(read, size)('s')))).toEqual([[1], [2], [3]]);
    }
  });

  it('given a reader that leaves after the first page, then no further range is read', async () => {
    const { read, asked } = streamOf(10);
    for await (const page of pagedByRanges(read, 2)('s')) {
      expect(page._tag).toBe('Right');
      break;
    }
    expect(asked).toHaveLength(1);
  });

  it('given a store without a paged read, then its lean read is one page, and an empty range none', async () => {
    const { read, asked } = streamOf(4);
    const store = { readStream: read, readStreamForFold: read } as unknown as EventStore;
    expect(versionsOf(await all(readStreamForFoldInPages(store, 's')))).toEqual([[1, 2, 3, 4]]);
    expect(versionsOf(await all(readStreamForFoldInPages(store, 's', { fromVersion: 9 })))).toEqual([]);
    expect(asked).toEqual([{}, { fromVersion: 9 }]);
  });
});
