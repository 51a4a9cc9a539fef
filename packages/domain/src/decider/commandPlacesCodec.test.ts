import fc from 'fast-check';
import { fingerprintOf } from './commandFingerprint';
import { CommandPlacesCodec, decodeCommandPlaces, encodeCommandPlaces } from './commandPlacesCodec';
import { exactCommandPlaces } from './exactCommandPlaces';
import { CommandPlaces } from './streamMemory';
import { collidingIds } from './testing/collidingIds';

/** Written up to `version`, through JSON text as a store keeps it, and read back. */
const throughStorage = (commands: CommandPlaces, version = Number.MAX_SAFE_INTEGER): CommandPlaces => {
  const read = decodeCommandPlaces(JSON.parse(JSON.stringify(encodeCommandPlaces(commands, version))));
  if (typeof read === 'string') throw new Error(read);
  return read;
};

/** Every entry as `fingerprint from-to`, sorted: what a record says, whatever its form. */
const entries = (commands: CommandPlaces): string[] =>
  [...commands.fingerprinted()].map(([print, at]) => `${print} ${at.from}-${at.to}`).sort();

/** Commands placed one after another from version 1, as a stream records them. */
const placed = (ids: string[], spans: number[], gaps: number[] = [0]): CommandPlaces => {
  const commands = exactCommandPlaces();
  let next = 1;
  ids.forEach((id, i) => {
    next += gaps[i % gaps.length] ?? 0;
    const span = spans[i % spans.length] ?? 0;
    commands.set(id, { from: next, to: next + span });
    next += span + 1;
  });
  return commands;
};

describe('CommandPlacesCodec: where each command stands, as a snapshot keeps it', () => {
  it('given any commands placed in any way, when written and read back, then each is found by its id at its place', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string(), { maxLength: 40 }),
        fc.array(fc.nat(3), { minLength: 1 }),
        fc.array(fc.nat(2), { minLength: 1 }),
        (ids, spans, gaps) => {
          const commands = placed(ids, spans, gaps);
          const read = throughStorage(commands);
          expect(entries(read)).toEqual(entries(commands));
          for (const id of ids) expect(read.candidates(id)).toContainEqual(commands.get(id));
        },
      ),
    );
  });

  it('given commands of one event each, then each costs its five-character fingerprint and nothing else', () => {
    const encoded = encodeCommandPlaces(placed(['a', 'b', 'c'], [0]), 3);
    expect(encoded).toEqual({
      fingerprints: fingerprintOf('a') + fingerprintOf('b') + fingerprintOf('c'),
      irregular: [],
    });
  });

  it('given a command of three events and one after a gap, then only those two are spelt out', () => {
    const encoded = encodeCommandPlaces(placed(['a', 'b', 'c'], [0, 2, 0], [0, 0, 4]), 20);
    // b runs from 2 to 4; c skips versions 5 to 8 and stands at 9.
    expect(encoded.irregular).toEqual([1, 0, 2, 2, 4, 0]);
    expect(throughStorage(placed(['a', 'b', 'c'], [0, 2, 0], [0, 0, 4])).candidates('c')).toEqual([
      { from: 9, to: 9 },
    ]);
  });

  it('given a version, then commands after it are left out and one running past it ends there', () => {
    const commands = placed(['a', 'b', 'c'], [0, 2, 0]);
    expect(entries(throughStorage(commands, 3))).toEqual(
      [`${fingerprintOf('a')} 1-1`, `${fingerprintOf('b')} 2-3`].sort(),
    );
  });

  it('given a command that was never recorded, then it has no candidates unless it shares a fingerprint', () => {
    const [first, second] = collidingIds('command');
    const read = throughStorage(placed([first, 'other'], [0]));
    expect(read.candidates('not-a-command')).toEqual([]);
    // The two share a fingerprint: the record cannot tell them apart, and the handler reads the events to.
    expect(read.candidates(second)).toEqual([{ from: 1, to: 1 }]);
  });

  it('given two recorded commands sharing a fingerprint, then each is a candidate for either id', () => {
    const [first, second] = collidingIds('command');
    const read = throughStorage(placed([first, 'between', second], [0]));
    expect(read.candidates(first)).toEqual([
      { from: 1, to: 1 },
      { from: 3, to: 3 },
    ]);
    expect(read.candidates(second)).toEqual(read.candidates(first));
  });

  it('given a record read from a snapshot, when commands are folded after it, then they are known by id and the next snapshot holds every command once', () => {
    const read = throughStorage(placed(['a', 'b'], [0]));
    read.set('c', { from: 3, to: 4 });
    expect(read.get('c')).toEqual({ from: 3, to: 4 });
    expect(read.get('a')).toBeUndefined();
    expect(read.candidates('c')).toEqual([{ from: 3, to: 4 }]);
    expect(entries(throughStorage(read))).toEqual(entries(placed(['a', 'b', 'c'], [0, 0, 1])));
  });

  it('given a snapshot written before fingerprints, with the ids whole in sorted lists, then it is still read', () => {
    for (const ids of ['a\nb\nc', ['a', 'b', 'c']]) {
      const read = decodeCommandPlaces([ids, [1, 0, 2, 1, 4, 0]]);
      if (typeof read === 'string') throw new Error(read);
      expect(read.candidates('b')).toEqual([{ from: 2, to: 3 }]);
      expect(read.candidates('d')).toEqual([]);
      expect(entries(read)).toEqual(entries(placed(['a', 'b', 'c'], [0, 1, 0])));
    }
  });

  it.each<[string, unknown, RegExp]>([
    ['the earliest form, a list of [id, from, to]', [['a', 1, 1]], /expected \{fingerprints, irregular\}/],
    ['fingerprints cut short', { fingerprints: 'abcd', irregular: [] }, /run of 5-character texts/],
    ['a fingerprint JSON would escape', { fingerprints: 'ab"cd', irregular: [] }, /run of 5-character texts/],
    ['no irregular list', { fingerprints: 'abcde' }, /three numbers for each irregular command/],
    ['an irregular command half written', { fingerprints: 'abcde', irregular: [0, 1] }, /three numbers/],
    [
      'an irregular command beyond the run',
      { fingerprints: 'abcde', irregular: [1, 0, 0] },
      /out of the run/,
    ],
    [
      'irregular commands out of order',
      { fingerprints: 'abcdeabcde', irregular: [1, 0, 0, 0, 0, 1] },
      /irregular command 1 is out of order/,
    ],
    ['a negative span', { fingerprints: 'abcde', irregular: [0, 0, -1] }, /no whole versions/],
    ['a version before 1', { fingerprints: 'abcde', irregular: [0, -1, 0] }, /no whole versions from 1/],
    ['a fraction', { fingerprints: 'abcde', irregular: [0, 0.5, 0] }, /no whole versions/],
    ['a version given as text', { fingerprints: 'abcde', irregular: [0, '1', 0] }, /no whole versions/],
    [
      'fingerprints inherited, not its own',
      Object.create({ fingerprints: 'abcde', irregular: [] }),
      /run of/,
    ],
    ['sorted lists with no places', ['a\nb', [1, 0]], /two places for each command/],
    ['sorted ids out of order', ['b\na', [1, 0, 2, 0]], /command 1 is out of order or repeated/],
    [
      'a sorted id that is not text',
      [
        ['a', 7],
        [1, 0, 2, 0],
      ],
      /command 1 has no id/,
    ],
    ['a sorted place before version 1', ['a', [0, 0]], /whole versions from 1/],
  ])('given %s, when read, then it is refused saying why', (_why, json, why) => {
    const decoded = CommandPlacesCodec.decode(json);
    expect(decoded._tag).toBe('Left');
    if (decoded._tag === 'Left') expect(decoded.left[0]?.message).toMatch(why);
  });
});
