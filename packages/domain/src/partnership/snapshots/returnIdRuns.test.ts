import fc from 'fast-check';
import { readIdPositions, writeIds } from './returnIdRuns';

/**
 * The ids read back in order, each checked to stand at its own position; or why they were refused.
 */
const readIds = (written: unknown, limit: number): string[] | string => {
  const read = readIdPositions(written, limit);
  if (typeof read === 'string') return read;
  const ids = [...read.ids()];
  expect(read.count).toBe(ids.length);
  ids.forEach((id, at) => expect(read.positionOf(id)).toBe(at));
  return ids;
};

describe('return ids in a snapshot: numbered ids written as runs', () => {
  it('given ten thousand returns numbered one after another, when written, then they are one run', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `return-${i + 1}`);
    expect(writeIds(ids)).toEqual([['return-', 1, 10_000, 1]]);
    expect(readIds(writeIds(ids), 10_000)).toEqual(ids);
  });

  it.each<[string, string[], unknown[]]>([
    [
      'ids written with leading zeros keep their width',
      ['PR-0009', 'PR-0010', 'PR-0011'],
      [['PR-', 9, 3, 4]],
    ],
    ['a number outgrowing its width carries on', ['r-9', 'r-10'], [['r-', 9, 2, 1]]],
    [
      'a number written with leading zeros carries on past its width',
      ['q-098', 'q-099', 'q-100'],
      [['q-', 98, 3, 3]],
    ],
    [
      'a gap starts a new run',
      ['a1', 'a2', 'a4', 'a5'],
      [
        ['a', 1, 2, 1],
        ['a', 4, 2, 1],
      ],
    ],
    ['ids without a number stay as they are', ['Q1 2025', 'x', '__proto__'], ['Q1 2025', 'x', '__proto__']],
    ['a run of one is the id itself', ['r-1', 'other', 'r-2'], ['r-1', 'other', 'r-2']],
    ['numbers counting down are not a run', ['r-2', 'r-1'], ['r-2', 'r-1']],
    ['a zero on its own is a number', ['v0', 'v1'], [['v', 0, 2, 1]]],
    [
      'runs of one prefix that would share a number are written id by id',
      ['r-1', 'r-2', 'r-01', 'r-02', 'r-5', 'r-6'],
      ['r-1', 'r-2', 'r-01', 'r-02', ['r-', 5, 2, 1]],
    ],
    [
      'digits past the safest whole number stay as they are',
      ['n9007199254740993', 'n9007199254740994'],
      ['n9007199254740993', 'n9007199254740994'],
    ],
  ])('%s', (_why, ids, written) => {
    expect(writeIds(ids)).toEqual(written);
    expect(readIds(writeIds(ids), ids.length)).toEqual(ids);
  });

  it('given any ids, when written and read back, then they are the same ids in the same order, each where it stood and no other id anywhere', () => {
    const prefix = fc.constantFrom('r-', 'PR-', '', 'x0');
    const numbered = fc
      .tuple(prefix, fc.nat({ max: 120 }), fc.integer({ min: 1, max: 4 }))
      .map(([p, n, width]) => p + String(n).padStart(width, '0'));
    // Ids numbered one after another (what runs are made of), and ids of any kind between them.
    const counted = fc
      .tuple(prefix, fc.nat({ max: 120 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 4 }))
      .map(([p, first, count, width]) =>
        Array.from({ length: count }, (_, i) => p + String(first + i).padStart(width, '0')),
      );
    const ids = fc
      .array(
        fc.oneof(
          counted,
          numbered.map((id) => [id]),
          fc.string({ maxLength: 6 }).map((id) => [id]),
        ),
        {
          maxLength: 8,
        },
      )
      .map((parts) => [...new Set(parts.flat())]);
    /** Ids a reader could mistake for one of these: another width, the next number, another prefix. */
    const nearMisses = (id: string): string[] => {
      const digits = /\d+$/.exec(id)?.[0] ?? '';
      const before = id.slice(0, id.length - digits.length);
      const n = Number(digits);
      return digits === ''
        ? [id + '0', 'x' + id]
        : [
            before + '0' + digits,
            before + String(n),
            before + String(n + 1),
            before.slice(1) + digits,
            before + 'x' + digits,
          ];
    };
    fc.assert(
      fc.property(ids, (list) => {
        expect(readIds(writeIds(list), list.length)).toEqual(list);
        const read = readIdPositions(writeIds(list), list.length);
        if (typeof read === 'string') throw new Error(read);
        for (const other of list.flatMap(nearMisses))
          expect(read.positionOf(other)).toBe(list.includes(other) ? list.indexOf(other) : undefined);
      }),
      { numRuns: 1000 },
    );
  });

  it.each<[string, unknown, RegExp]>([
    ['not a list', { ids: [] }, /expected a list of return ids/],
    ['an id that is a number', ['r-1', 7], /return 1 has no id/],
    ['a run cut short', [['r-', 1, 2]], /return 0 has no id/],
    ['a run of no ids', [['r-', 1, 0, 1]], /run of ids from return 0/],
    ['a fractional start', [['r-', 1.5, 2, 1]], /run of ids from return 0/],
    ['a width asking for a huge text', [['r-', 1, 2, 1e9]], /run of ids from return 0/],
    [
      'a run past the safest whole number',
      [['r-', Number.MAX_SAFE_INTEGER, 2, 1]],
      /run of ids from return 0/,
    ],
    ['a run longer than the returns', [['r-', 1, 1e9, 1]], /outnumber the returns/],
    ['more ids than returns', ['a', 'b', 'c', 'd', 'e'], /ids from return 4 outnumber/],
    ['an id twice', ['a', 'b', 'a'], /return "a" appears twice/],
    ['a run whose prefix ends in a digit', [['r1', 0, 2, 1]], /run of ids from return 0/],
    [
      'two runs sharing a number',
      [
        ['r-', 1, 2, 1],
        ['r-', 2, 2, 2],
      ],
      /runs of ids from returns 0 and 2 share a number/,
    ],
    ['an id that a run holds', [['r-', 1, 2, 1], 'r-2'], /return "r-2" appears twice/],
  ])('given ids written with %s, when read, then they are refused saying why', (_why, written, why) => {
    expect(readIds(written, 4)).toMatch(why);
  });
});
