import * as fc from 'fast-check';
import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { RecordedEvent } from '@council-partnerships/domain';
import { combineProjections } from '../combine';
import { everyReadModelProjection } from '../everyReadModel';
import { foldRecorded, Projection } from '../projection';
import { registerProjection } from '../register/projection';
import { partnershipEventRegistry, PartnershipEvent } from '@council-partnerships/domain';
import { testEventId } from '@council-partnerships/testing';
import { countyDurham, recordSeeds, stockton } from '@council-partnerships/seeds';

const every = combineProjections({
  name: 'every-read-model-and-the-register',
  version: 1,
  registry: partnershipEventRegistry,
  parts: { kept: everyReadModelProjection, register: registerProjection },
});

const log = (async () => {
  const store = createInMemoryEventStore();
  await recordSeeds(store, [{ seed: stockton, range: { to: 'embedded' } }, countyDurham], {
    newEventId: testEventId,
  });
  const read = await store.readAll({ after: null, limit: 100_000 });
  if (read._tag === 'Left') throw new Error(read.left.message);
  return read.right.events;
})();

/** The reference: one pure `apply` after another, as the reducer is specified. */
const pureFold = <S>(projection: Projection<S, PartnershipEvent>, events: readonly RecordedEvent[]) => {
  let state = projection.initial();
  for (const recorded of events) {
    const decoded = projection.registry.decode(recorded);
    if (decoded._tag === 'Left') throw new Error(decoded.left.message);
    state = projection.apply(state, { ...decoded.right, envelope: recorded });
  }
  return state;
};

const json = (value: unknown) => JSON.stringify(value);

describe('folding a batch in place', () => {
  it('ends in the state the pure reducer gives, in batches of any size', async () => {
    const events = await log;
    const expected = json(pureFold(every, events));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 40 }), (sizes) => {
        let state = every.initial();
        let at = 0;
        for (const size of [...sizes, events.length]) {
          const folded = foldRecorded(every, state, events.slice(at, at + size));
          if (folded._tag === 'Left') throw new Error(folded.left.message);
          state = folded.right.state;
          at += size;
          if (at >= events.length) break;
        }
        expect(json(state)).toBe(expected);
      }),
      { numRuns: 25 },
    );
  });

  it('never changes a state it has handed over, nor the state it started from', async () => {
    const events = await log;
    const half = Math.floor(events.length / 2);
    const first = foldRecorded(every, every.initial(), events.slice(0, half));
    if (first._tag === 'Left') throw new Error(first.left.message);
    const before = json(first.right.state);
    const second = foldRecorded(every, first.right.state, events.slice(half));
    if (second._tag === 'Left') throw new Error(second.left.message);
    expect(json(first.right.state)).toBe(before);

    const folding = every.begin!(every.initial());
    const decoded = (recorded: RecordedEvent) => {
      const d = every.registry.decode(recorded);
      if (d._tag === 'Left') throw new Error(d.left.message);
      return { ...d.right, envelope: recorded };
    };
    for (const recorded of events.slice(0, half)) folding.apply(decoded(recorded));
    const handedOver = folding.result();
    const handedOverJson = json(handedOver);
    for (const recorded of events.slice(half)) folding.apply(decoded(recorded));
    expect(json(handedOver)).toBe(handedOverJson);
    expect(json(folding.result())).toBe(json(second.right.state));
  });
});
