import { emptyIdRecord, idRecordOf, own } from '../../shared/idRecord';
import { copyOfLazyIdRecord } from '../../shared/lazyIdRecord';
import { createPartnershipDecider } from '../decide';
import { ReturnState } from '../delivery/state';
import { defaultCouncilPolicy } from '../policy/councilPolicy';
import { ContractState, PartnershipState } from '../state';
import { approveReturn, CONTRACT, submitReturn, toLive } from '../testing/fixtures';
import { PartnershipStateCodec } from './partnershipStateCodec';

const decider = createPartnershipDecider(defaultCouncilPolicy);

/** The live partnership with two returns, the first approved. */
const live = (): PartnershipState => {
  let state = decider.initialState();
  const commands = [
    ...toLive,
    submitReturn('r-1', [{ kpiId: 'k1', actual: 7000 }]),
    approveReturn('r-1'),
    submitReturn('r-2', [{ kpiId: 'k2', actual: 8000.5 }]),
  ];
  for (const command of commands) {
    const decided = decider.decide(command, state);
    if (decided._tag === 'Left') throw new Error(decided.left.message);
    for (const event of decided.right) state = decider.evolve(state, event);
  }
  return state;
};

/** The state with the contract's returns replaced. */
const withReturns = (state: PartnershipState, returns: [string, unknown][]): PartnershipState => {
  const contract = state.contracts[CONTRACT]!;
  const changed = { ...contract, returns: idRecordOf(returns) } as ContractState;
  return { ...state, contracts: idRecordOf([[CONTRACT, changed]]) };
};

const written = (state: PartnershipState) =>
  JSON.parse(JSON.stringify(PartnershipStateCodec.encode(state))) as {
    tree: unknown;
    returns: [string[], number[], number[][], [string, string[], number[]][]];
  };

const readBack = (json: unknown) => PartnershipStateCodec.decode(json);
/** The first table of a written state: [contractId, returnIds, numbers]. */
const firstTable = (json: ReturnType<typeof written>) => json.returns[3][0]!;

const aReturn = (overrides: Partial<Record<keyof ReturnState, unknown>> = {}) => ({
  submittedBy: { id: 'ivy', role: 'partner', organisation: 'partner' },
  submittedOn: '2025-10-10',
  measures: [
    { kpiId: 'k1', actual: 1, rag: 'red' },
    { kpiId: 'k2', actual: -2.5, rag: 'green' },
  ],
  correctedBy: [],
  approvedOn: null,
  ...overrides,
});

describe('performance returns in a snapshot: compact tables beside the state tree', () => {
  it('given returns submitted and approved, when written, then they are a table and read back equal', () => {
    const state = live();
    const json = written(state);
    expect(json.returns[3].map(([contractId, ids]) => [contractId, ids])).toEqual([
      [CONTRACT, [['r-', 1, 2, 1]]],
    ]);
    expect(JSON.stringify(json.tree)).not.toContain('r-1');
    expect(readBack(json)).toStrictEqual({ _tag: 'Right', right: state });
  });

  it('given people with and without an organisation or a name, corrections and any return id, then all read back, with no prototype on the record', () => {
    const state = withReturns(live(), [
      ['__proto__', aReturn({ approvedOn: '2025-11-01' })],
      ['toString', aReturn({ submittedBy: { id: 'kit', role: 'manager' } })],
      [
        'r 3',
        aReturn({
          submittedBy: { id: 'kit', role: 'manager', name: 'Kit' },
          correctedBy: [
            { id: 'ivy', role: 'partner', organisation: 'partner' },
            { id: 'lee', role: 'partner', organisation: 'partner', name: 'Lee' },
          ],
          measures: [],
        }),
      ],
    ]);
    const json = written(state);
    expect(json.returns[3]).toHaveLength(1);
    const read = readBack(json);
    expect(read).toStrictEqual({ _tag: 'Right', right: state });
    if (read._tag === 'Left') return;
    const returns = read.right.contracts[CONTRACT]!.returns;
    expect(Object.getPrototypeOf(returns)).toBeNull();
    expect(Object.keys(returns)).toEqual(['__proto__', 'toString', 'r 3']);
    expect(({} as { submittedOn?: unknown }).submittedOn).toBeUndefined();
  });

  it.each([
    ['a field the table has no place for', aReturn({ note: 'x' } as never)],
    [
      'a person with a field set to undefined',
      aReturn({ submittedBy: { id: 'a', role: 'b', name: undefined } }),
    ],
    ['an actual of -0', aReturn({ measures: [{ kpiId: 'k1', actual: -0, rag: 'red' }] })],
    ['a measure with a fourth field', aReturn({ measures: [{ kpiId: 'k1', actual: 1, rag: 'red', x: 1 }] })],
    ['an approval that is not text', aReturn({ approvedOn: 20251101 })],
  ])(
    'given a return with %s, when written, then the contract keeps its returns in the tree and they read back equal',
    (_why, odd) => {
      const state = withReturns(live(), [
        ['r-1', aReturn()],
        ['r-2', odd],
      ]);
      const json = written(state);
      expect(json.returns[3]).toEqual([]);
      // Deep equality tells -0 from 0 and a field set to undefined from a missing one.
      expect(readBack(json)).toStrictEqual({ _tag: 'Right', right: state });
    },
  );

  it('given returns differing only in their actuals, when written, then they share one shape and read back each with its own', () => {
    const state = withReturns(live(), [
      ['a', aReturn()],
      [
        'b',
        aReturn({
          measures: [
            { kpiId: 'k1', actual: 3, rag: 'red' },
            { kpiId: 'k2', actual: 4, rag: 'green' },
          ],
        }),
      ],
    ]);
    const json = written(state);
    expect(json.returns[2]).toHaveLength(1);
    expect(firstTable(json)[2]).toEqual([0, 1, -2.5, 0, 3, 4]);
    expect(readBack(json)).toStrictEqual({ _tag: 'Right', right: state });
  });

  it('given a thousand returns, when read, then each is made only when first read, and reads back as written', () => {
    const returns = Array.from({ length: 1000 }, (_, i): [string, unknown] => [
      `r-${i}`,
      aReturn({ measures: [{ kpiId: 'k1', actual: i, rag: 'amber' }] }),
    ]);
    const state = withReturns(live(), returns);
    const decoded = readBack(written(state));
    if (decoded._tag === 'Left') throw new Error(decoded.left[0]?.message);
    const read = decoded.right.contracts[CONTRACT]!.returns;
    // Lazy: a copy of it is lazy too, and holds only what was made (see lazyIdRecord).
    expect(copyOfLazyIdRecord(read)).not.toBeNull();
    expect(own(read, 'r-999')).toEqual(returns[999]![1]);
    expect(read).toStrictEqual(state.contracts[CONTRACT]!.returns);
  });

  it('given a contract whose id is __proto__, when its returns are written as a table, then they read back in it', () => {
    const state = withReturns(live(), [['r-1', aReturn()]]);
    const contract = { ...state.contracts[CONTRACT]!, contractId: '__proto__' };
    const odd = { ...state, contracts: idRecordOf([['__proto__', contract]]) };
    const json = written(odd);
    expect(json.returns[3].map(([id]) => id)).toEqual(['__proto__']);
    expect(readBack(json)).toStrictEqual({ _tag: 'Right', right: odd });
    expect(({} as { returns?: unknown }).returns).toBeUndefined();
  });

  it('given a contract with no returns, when written, then it has no table', () => {
    const state = withReturns(live(), []);
    expect(written(state).returns[3]).toEqual([]);
    expect(readBack(written(state))).toStrictEqual({ _tag: 'Right', right: state });
  });

  /** Spoils the written snapshot of `live()` and says why it is refused. */
  const refusal = (spoil: (json: ReturnType<typeof written>) => unknown): string => {
    const decoded = readBack(spoil(written(live())));
    return decoded._tag === 'Left' ? (decoded.left[0]?.message ?? '') : 'read';
  };
  const shape = (json: ReturnType<typeof written>) => json.returns[2][0]!;
  type Spoil = (json: ReturnType<typeof written>) => unknown;
  /** Sets the number at `i` of the first table, or of the first shape. */
  const numberAt =
    (i: number, value: unknown): Spoil =>
    (json) => ((firstTable(json)[2][i] = value as number), json);
  const shapeAt =
    (i: number, value: unknown): Spoil =>
    (json) => ((shape(json)[i] = value as number), json);

  it.each<[string, Spoil, RegExp]>([
    [
      'the state of an earlier shape (a bare tree)',
      (json) => json.tree,
      /not written as \{ tree, returns \}/,
    ],
    ['no returns section', (json) => ({ tree: json.tree }), /not written as \{ tree, returns \}/],
    [
      'a section of the wrong shape',
      (json) => ({ ...json, returns: { texts: [] } }),
      /expected \[texts, people, shapes, tables\]/,
    ],
    [
      'a text that is a number',
      (json) => ({ ...json, returns: [[1], ...json.returns.slice(1)] }),
      /list of texts/,
    ],
    [
      'people cut short',
      (json) => ({ ...json, returns: [json.returns[0], [0, 1, -1], ...json.returns.slice(2)] }),
      /four numbers/,
    ],
    [
      'a person pointing past the texts',
      (json) => ({ ...json, returns: [json.returns[0], [0, 999, -1, -1], ...json.returns.slice(2)] }),
      /person 0/,
    ],
    ['numbers cut short', (json) => (firstTable(json)[2].pop(), json), /return 1 does not fit/],
    ['a number left over', (json) => (firstTable(json)[2].push(0), json), /left over/],
    ['an index that is a fraction', numberAt(0, 0.5), /return 0 does not fit/],
    ['an index given as text', numberAt(0, '0'), /return 0 does not fit/],
    ['a measure count beyond the numbers', shapeAt(2, 1e9), /shape 0 does not point/],
    ['a shape naming a KPI that is not a text', shapeAt(3, 999), /shape 0 does not point/],
    ['a shape naming a person who is not there', shapeAt(0, 7), /shape 0 does not point/],
    ['a shape with a number left over', (json) => (shape(json).push(0), json), /shape 0 does not point/],
    [
      'a shape that is not a list',
      (json) => ((json.returns[2][0] = 3 as never), json),
      /shape 0 does not point/,
    ],
    ['a shape index past the shapes', numberAt(0, 99), /return 0 does not fit/],
    ['an actual that is text', numberAt(1, 'many'), /return 0 does not fit/],
    [
      'a return id that is not text',
      (json) => ((firstTable(json)[1][0] = 7 as never), json),
      /return 0 has no id/,
    ],
    ['a return id twice', (json) => ((firstTable(json)[1][1] = 'r-1'), json), /appears twice/],
    [
      'a table for a contract the tree does not have',
      (json) => ((firstTable(json)[0] = 'elsewhere'), json),
      /"elsewhere" have no contract/,
    ],
    [
      'a table for a contract named __proto__',
      (json) => ((firstTable(json)[0] = '__proto__'), json),
      /"__proto__" have no contract/,
    ],
    ['the same table twice', (json) => (json.returns[3].push(firstTable(json)), json), /written twice/],
    [
      'returns both in the tree and in a table',
      (json) => {
        const both = written(withReturns(live(), [['r-9', aReturn({ note: 1 } as never)]]));
        return { tree: both.tree, returns: json.returns };
      },
      /also in the tree/,
    ],
  ])('given a written state with %s, when read, then it is refused saying why', (_why, spoil, why) => {
    expect(refusal(spoil)).toMatch(why);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('given keys named __proto__ around the written state, when read, then the prototype of objects is untouched', () => {
    const json = JSON.parse(
      `{"__proto__":{"polluted":true},${JSON.stringify(written(live())).slice(1)}`,
    ) as unknown;
    expect(readBack(json)._tag).toBe('Right');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(emptyIdRecord())).toBeNull();
  });
});
