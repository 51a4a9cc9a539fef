import { left, right } from 'fp-ts/Either';
import { arrivingPages } from './arrivingPages';

/** Everything a reader takes until there is nothing more. */
const takeAll = async <E, F>(pages: ReturnType<typeof arrivingPages<E, F>>) => {
  const taken = [];
  for (let item = await pages.next(); item !== null; item = await pages.next()) taken.push(item);
  return taken;
};

describe('events handed on as their rows arrive', () => {
  it('given rows that arrived before the reader asks, then it takes them as one page, and null once the driver is done', async () => {
    const pages = arrivingPages<number, string>();
    [1, 2, 3].forEach((n) => pages.add(right(n)));
    pages.end();
    expect(await takeAll(pages)).toEqual([right([1, 2, 3])]);
    expect(pages.arrived()).toBe(3);
  });

  it('given a reader waiting before any row arrives, then it wakes for each batch that arrives and sees no empty page', async () => {
    const pages = arrivingPages<number, string>();
    const taken = takeAll(pages);
    await Promise.resolve();
    pages.add(right(1));
    pages.add(right(2));
    await new Promise((resolve) => setImmediate(resolve));
    pages.add(right(3));
    await new Promise((resolve) => setImmediate(resolve));
    pages.end();
    expect(await taken).toEqual([right([1, 2]), right([3])]);
  });

  it('given a row that cannot be read, then the pages before it come first, the failure last, and later rows are let go', async () => {
    const pages = arrivingPages<number, string>();
    pages.add(right(1));
    pages.add(left('row 2 is damaged'));
    pages.add(right(3));
    pages.end('the connection was lost');
    expect(await takeAll(pages)).toEqual([right([1]), left('row 2 is damaged')]);
    expect(pages.arrived()).toBe(2);
  });

  it('given the driver fails, then the reader gets what arrived and then the failure', async () => {
    const pages = arrivingPages<number, string>();
    pages.add(right(1));
    pages.end('the connection was lost');
    expect(await takeAll(pages)).toEqual([right([1]), left('the connection was lost')]);
  });

  it('given a reader that stopped, then rows still arriving are not kept and it ends with nothing more', async () => {
    const pages = arrivingPages<number, string>();
    pages.add(right(1));
    pages.stop();
    pages.add(right(2));
    pages.end('a failure after the reader left');
    expect(await takeAll(pages)).toEqual([]);
  });
});
