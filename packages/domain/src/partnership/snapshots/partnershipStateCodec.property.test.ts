import fc from 'fast-check';
import { createPartnershipDecider } from '../decide';
import { defaultCouncilPolicy } from '../policy/councilPolicy';
import { initialPartnershipState, PartnershipState } from '../state';
import { commandSequences } from '../testing/commandSequences';
import { PartnershipStateCodec } from './partnershipStateCodec';

const decider = createPartnershipDecider(defaultCouncilPolicy);

/** The state a handler would hold after the sequence: refused commands change nothing. */
const stateAfter = (
  commands: ReturnType<typeof commandSequences> extends fc.Arbitrary<infer A> ? A : never,
) => {
  let state = decider.initialState();
  for (const command of commands) {
    const decided = decider.decide(command, state);
    if (decided._tag === 'Right') for (const event of decided.right) state = decider.evolve(state, event);
  }
  return state;
};

/** Written as a store keeps it: JSON text, parsed back. */
const throughStorage = (state: PartnershipState) =>
  PartnershipStateCodec.decode(JSON.parse(JSON.stringify(PartnershipStateCodec.encode(state))));

/** Every object in the value with its prototype (null or Object's), in the order a walk meets them. */
const prototypes = (value: unknown): unknown[] => {
  if (typeof value !== 'object' || value === null) return [];
  const own = Array.isArray(value) ? [] : [Object.getPrototypeOf(value) === null ? 'none' : 'Object'];
  return [...own, ...Object.values(value).flatMap(prototypes)];
};

describe('PartnershipStateCodec: a snapshot reads back the state that was written', () => {
  it('decode(encode(s)) equals s, prototypes and all, for the state after any sequence of commands', () => {
    fc.assert(
      fc.property(commandSequences(), (commands) => {
        const state = stateAfter(commands);
        const read = throughStorage(state);
        expect(read).toStrictEqual({ _tag: 'Right', right: state });
        if (read._tag === 'Right') expect(prototypes(read.right)).toEqual(prototypes(state));
      }),
      { numRuns: 150 },
    );
  });

  it('given a state of another shape (a field added or missing), when read, then it is refused naming the field', () => {
    const encoded = PartnershipStateCodec.encode(initialPartnershipState()) as {
      tree: [string, [string, unknown][]];
      returns: unknown;
    };
    const fields = encoded.tree[1];
    const written = (tree: unknown) => ({ tree, returns: encoded.returns });
    const withExtra = written(['o', [...fields, ['renewals', ['r', []]]]]);
    const withoutOne = written(['o', fields.filter(([key]) => key !== 'contracts')]);
    const recordAsText = written([
      'o',
      fields.map(([key, v]) => (key === 'contracts' ? [key, 'none'] : [key, v])),
    ]);
    const messages = [withExtra, withoutOne, recordAsText].map((json) => {
      const decoded = PartnershipStateCodec.decode(json);
      return decoded._tag === 'Left' ? decoded.left[0]?.message : 'read';
    });
    expect(messages).toEqual([
      'the state has a field "renewals" this release does not know',
      'the state has no field contracts',
      "the state's contracts is not an id record",
    ]);
  });
});
