import fc from 'fast-check';
import { CommandPlacesCodec, decodeCommandPlaces, encodeCommandPlaces } from './commandPlacesCodec';
import { CommandPlace, CommandPlaces } from './streamMemory';

/** Written up to `version`, through JSON text as a store keeps it, and read back. */
const throughStorage = (commands: CommandPlaces, version = Number.MAX_SAFE_INTEGER): CommandPlaces => {
  const read = decodeCommandPlaces(JSON.parse(JSON.stringify(encodeCommandPlaces(commands, version))));
  if (typeof read === 'string') throw new Error(read);
  return read;
};

const asMap = (commands: CommandPlaces) => new Map([...commands].map(([id, at]) => [id, { ...at }]));

/** Commands placed one after another from version 1, as a stream records them. */
const placed = (ids: string[], spans: number[]): Map<string, CommandPlace> => {
  const commands = new Map<string, CommandPlace>();
  let next = 1;
  ids.forEach((id, i) => {
    const span = spans[i % spans.length] ?? 0;
    commands.set(id, { from: next, to: next + span });
    next += span + 1;
  });
  return commands;
};

describe('CommandPlacesCodec: where each command stands, as a snapshot keeps it', () => {
  it('reads back every command, found by its id, for any ids', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string(), { maxLength: 40 }),
        fc.array(fc.nat(3), { minLength: 1 }),
        (ids, spans) => {
          const commands = placed(ids, spans);
          const read = throughStorage(commands);
          expect(asMap(read)).toEqual(commands);
          for (const [id, at] of commands) expect(read.get(id)).toEqual(at);
          expect(read.get('not-a-command\n')).toBeUndefined();
        },
      ),
    );
  });

  it('given a version, then commands after it are left out and one running past it ends there', () => {
    const commands = placed(['a', 'b', 'c'], [0, 2, 0]);
    expect(asMap(throughStorage(commands, 3))).toEqual(
      new Map([
        ['a', { from: 1, to: 1 }],
        ['b', { from: 2, to: 3 }],
      ]),
    );
  });

  it('given ids a line break cannot join (one empty, one holding a break, one named __proto__), then they are written as a list and read back', () => {
    const commands = placed(['', 'x\ny', '__proto__', 'x'], [0]);
    const encoded = encodeCommandPlaces(commands, 10);
    expect(Array.isArray(encoded[0])).toBe(true);
    const read = throughStorage(commands);
    expect(read.get('x')).toEqual({ from: 4, to: 4 });
    expect(read.get('y')).toBeUndefined();
    expect(read.get('__proto__')).toEqual({ from: 3, to: 3 });
    expect(asMap(read)).toEqual(commands);
  });

  it('given a command read from the snapshot whose events run on, when its place grows, then later lookups and the next snapshot see it once', () => {
    const read = throughStorage(placed(['a', 'b'], [0]));
    read.get('b')!.to = 4;
    read.set('c', { from: 5, to: 5 });
    expect(read.get('b')).toEqual({ from: 2, to: 4 });
    expect([...read].map(([id]) => id).sort()).toEqual(['a', 'b', 'c']);
    expect(asMap(throughStorage(read))).toEqual(
      new Map([
        ['a', { from: 1, to: 1 }],
        ['b', { from: 2, to: 4 }],
        ['c', { from: 5, to: 5 }],
      ]),
    );
  });

  it.each<[string, unknown, RegExp]>([
    ['the earlier form, a list of [id, from, to]', [['a', 1, 1]], /expected \[ids, places\]/],
    ['no places', ['a\nb', [1, 0]], /two places for each command/],
    ['ids out of order', ['b\na', [1, 0, 2, 0]], /command 1 is out of order or repeated/],
    [
      'an id twice',
      [
        ['a', 'a'],
        [1, 0, 2, 0],
      ],
      /command 1 is out of order or repeated/,
    ],
    [
      'an id that is not text',
      [
        ['a', 7],
        [1, 0, 2, 0],
      ],
      /command 1 has no id/,
    ],
    ['a version 0', ['a', [0, 0]], /whole versions from 1/],
    ['a negative span', ['a', [1, -1]], /whole versions from 1/],
    ['a fraction', ['a', [1.5, 0]], /whole versions from 1/],
    ['a version given as text', ['a', ['1', 0]], /whole versions from 1/],
    ['a version beyond safe integers', ['a', [2 ** 53, 0]], /whole versions from 1/],
  ])('given %s, when read, then it is refused saying why', (_why, json, why) => {
    const decoded = CommandPlacesCodec.decode(json);
    expect(decoded._tag).toBe('Left');
    if (decoded._tag === 'Left') expect(decoded.left[0]?.message).toMatch(why);
  });
});
