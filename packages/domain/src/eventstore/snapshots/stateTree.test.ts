import fc from 'fast-check';
import { idRecordOf } from '../../shared/idRecord';
import { StateTree, StateTreeCodec, stateTreeProblem } from './stateTree';

/** Through JSON text, as a store keeps it. */
const roundTrip = (value: StateTree): unknown =>
  StateTreeCodec.decode(JSON.parse(JSON.stringify(StateTreeCodec.encode(value))));

describe('StateTreeCodec: a folded state written as JSON and read back exactly', () => {
  it('given records without a prototype keyed by any id, when read back, then they still have no prototype', () => {
    const state = {
      contracts: idRecordOf([
        ['__proto__', { title: 'x' }],
        ['toString', { title: 'y' }],
      ]),
    };
    const read = roundTrip(state);
    expect(read).toStrictEqual({ _tag: 'Right', right: state });
    const contracts = (read as { right: typeof state }).right.contracts;
    expect(Object.getPrototypeOf(contracts)).toBeNull();
    expect(Object.keys(contracts)).toEqual(['__proto__', 'toString']);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('given a plain object with a key named __proto__, when read back, then it is an own key and the prototype is untouched', () => {
    const written = ['o', [['__proto__', ['o', [['polluted', true]]]]]];
    const read = StateTreeCodec.decode(written);
    if (read._tag === 'Left') throw new Error('expected the tree to decode');
    const object = read.right as Record<string, unknown>;
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(Object.keys(object)).toEqual(['__proto__']);
    expect((object as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('keeps Maps, Sets, -0, NaN, the infinities and fields set to undefined', () => {
    const state = {
      byId: new Map<StateTree, StateTree>([
        ['a', 1],
        [2, new Set(['b'])],
      ]),
      numbers: [-0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0.1 + 0.2],
      missing: undefined,
    };
    const read = roundTrip(state) as { _tag: 'Right'; right: typeof state };
    expect(read).toStrictEqual({ _tag: 'Right', right: state });
    expect(Object.is(read.right.numbers[0], -0)).toBe(true);
    expect(Object.hasOwn(read.right, 'missing')).toBe(true);
  });

  it('round-trips any tree of JSON values, records and Maps', () => {
    const tree: fc.Arbitrary<StateTree> = fc.letrec<{ node: StateTree }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined)),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie('node'), { maxKeys: 4 }),
        fc.array(fc.tuple(fc.string(), tie('node')), { maxLength: 4 }).map((pairs) => idRecordOf(pairs)),
        fc.array(fc.tuple(fc.string(), tie('node')), { maxLength: 4 }).map((pairs) => new Map(pairs)),
      ),
    })).node;
    fc.assert(
      fc.property(tree, (value) => expect(roundTrip(value)).toStrictEqual({ _tag: 'Right', right: value })),
    );
  });

  it('refuses JSON it could not have written, saying where', () => {
    const cases: [unknown, RegExp][] = [
      [{ plain: 'object' }, /tagged value at the top/],
      [['o', [['a', ['x']]]], /unknown tag "x" at 0.value/],
      [
        [
          'r',
          [
            ['a', 1],
            ['a', 2],
          ],
        ],
        /key "a" appears twice/,
      ],
      [['r', [[1, 2]]], /text keys/],
      [['n', 'seven'], /unknown tag/],
      [['a', Number.MAX_VALUE * 2], /finite number/],
    ];
    for (const [json, why] of cases) {
      const decoded = StateTreeCodec.decode(json);
      expect(decoded._tag).toBe('Left');
      if (decoded._tag === 'Left') expect(decoded.left[0]?.message).toMatch(why);
    }
  });

  it('says which values cannot be written: functions, class instances, cycles', () => {
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    expect(stateTreeProblem({ f: () => 1 })).toBe('a function');
    expect(stateTreeProblem({ when: new Date(0) })).toBe('an instance of a class');
    expect(stateTreeProblem(cycle)).toBe('a value that contains itself');
    expect(stateTreeProblem({ shared: [1], again: [1] })).toBeNull();
  });
});
