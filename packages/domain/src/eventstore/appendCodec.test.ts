import * as fc from 'fast-check';
import { AppendCodec } from './appendCodec';

const valid = {
  streamId: 'partnership-1',
  events: [
    {
      eventId: 'e-1',
      type: 'ContractSigned',
      schemaVersion: 1,
      data: { contractId: 'c-1' },
      occurredAt: '2026-04-01T09:00:00.000+01:00',
      actor: { id: 'officer-1', role: 'commissioning-officer' },
      commandId: 'cmd-1',
      correlationId: 'corr-1',
      causationId: null,
    },
  ],
  expectedVersion: 0,
};

/** Values a field might wrongly hold: blanks, wrong types, near-miss timestamps and versions. */
const oddValue = fc.oneof(
  fc.constantFrom('', ' ', 'x', '2026-04-01', '2026-04-01T', '2026-13-40T99:00:00Z', 'any', 'no_stream'),
  fc.constantFrom(null, undefined, 0, -1, 1.5, 2 ** 53, Number.NaN, true, [], {}),
  fc.anything(),
);

/** A valid append with one field of the append, its event or its actor replaced or removed. */
const nearlyValid = fc
  .tuple(
    fc.constantFrom(
      ['streamId'],
      ['expectedVersion'],
      ['events'],
      ...Object.keys(valid.events[0]!).map((k) => ['events', 0, k]),
      ['events', 0, 'actor', 'id'],
      ['events', 0, 'actor', 'name'],
    ),
    fc.option(oddValue, { nil: undefined }),
  )
  .map(([path, value]) => {
    const copy = structuredClone(valid) as Record<string | number, unknown>;
    let at = copy;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (value === undefined) delete at[last];
    else at[last] = value;
    return copy;
  });

describe('the append codec', () => {
  it('recognises with `is` exactly the appends it decodes, so the fast check refuses nothing valid', () => {
    fc.assert(
      fc.property(fc.oneof(nearlyValid, fc.constant(valid), fc.anything()), (input) => {
        expect(AppendCodec.is(input)).toBe(AppendCodec.decode(input)._tag === 'Right');
      }),
      { numRuns: 2000 },
    );
  });
});
