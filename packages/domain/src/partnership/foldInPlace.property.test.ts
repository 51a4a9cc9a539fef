import fc from 'fast-check';
import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { sampleEvent } from '@council-partnerships/testing';
import { aggregateStream } from '../decider/aggregateStream';
import { evolveAll, fold } from '../decider/decider';
import { pagedByRanges } from '../eventstore/foldPages';
import { EventStore } from '../eventstore/port';
import { createPartnershipDecider } from './decide';
import { partnershipEventRegistry, PartnershipEvent } from './events';
import { defaultCouncilPolicy } from './policy/councilPolicy';
import { PartnershipStateCodec } from './snapshots/partnershipStateCodec';
import { PartnershipState } from './state';
import { commandSequences } from './testing/commandSequences';
import { longPartnershipCommands } from '../testing/longPartnership';

/**
 * A fold changes the records it made in place, for speed, but whoever holds a state (the command
 * handler between commands, a snapshot being written, a caller of `aggregateStream`) holds a value:
 * folding more events onto it, however they are batched, never changes it.
 */
const decider = createPartnershipDecider(defaultCouncilPolicy);

/** The events the commands record, decided one command at a time as the handler would. */
const eventsOf = (commands: ReturnType<typeof longPartnershipCommands>): PartnershipEvent[] => {
  const events: PartnershipEvent[] = [];
  let state = decider.initialState();
  for (const command of commands) {
    const decided = decider.decide(command, state);
    if (decided._tag === 'Left') continue;
    events.push(...decided.right);
    state = evolveAll(decider, state, decided.right);
  }
  return events;
};

/** The events in a stream of an in-memory store read for folding `pageSize` events at a time. */
const pagedStream = async (events: readonly PartnershipEvent[], pageSize: number): Promise<EventStore> => {
  const store = createInMemoryEventStore();
  const records = events.map((event) => {
    const encoded = partnershipEventRegistry.encode(event);
    if (encoded._tag === 'Left') throw new Error(encoded.left.message);
    return sampleEvent(encoded.right);
  });
  if (records.length > 0)
    await store.appendToStream('partnership', records, { expectedVersion: 'no_stream' });
  return {
    ...store,
    readStreamForFoldInPages: pagedByRanges((id, range) => store.readStreamForFold!(id, range), pageSize),
  };
};

/** The state as a snapshot would write it: every field, every record, as text. */
const written = (state: PartnershipState): string => JSON.stringify(PartnershipStateCodec.encode(state));

/** The state folded one event at a time, each step outside any batch (every change copies). */
const stepByStep = (events: readonly PartnershipEvent[]): PartnershipState =>
  events.reduce(decider.evolve, decider.initialState());

describe('folding in place: a state handed out never changes', () => {
  it('every state held between batches reads the same after later batches are folded onto it', () => {
    fc.assert(
      fc.property(
        commandSequences(),
        fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 12 }),
        (commands, batchSizes) => {
          const events = eventsOf(commands);
          const held: { state: PartnershipState; text: string }[] = [];
          let state = decider.initialState();
          for (let at = 0, i = 0; at < events.length; i++) {
            const size = batchSizes[i % batchSizes.length]!;
            state = evolveAll(decider, state, events.slice(at, at + size));
            held.push({ state, text: written(state) });
            at += size;
          }
          for (const { state: earlier, text } of held) expect(written(earlier)).toBe(text);
          expect(state).toEqual(stepByStep(events));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('two folds from one state each see only their own events', () => {
    fc.assert(
      fc.property(commandSequences(), fc.nat(), fc.nat(), (commands, a, b) => {
        const events = eventsOf(commands);
        const split = events.length === 0 ? 0 : a % events.length;
        const base = fold(decider, events.slice(0, split));
        const before = written(base);
        const rest = events.slice(split);
        const shorter = rest.slice(0, rest.length === 0 ? 0 : b % rest.length);
        const whole = evolveAll(decider, base, rest);
        const part = evolveAll(decider, base, shorter);
        expect(written(base)).toBe(before);
        expect(whole).toEqual(stepByStep(events));
        expect(part).toEqual(stepByStep([...events.slice(0, split), ...shorter]));
      }),
      { numRuns: 100 },
    );
  });

  it('a partnership folded a page at a time, one fold across its pages, is the state of folding it event by event', async () => {
    await fc.assert(
      fc.asyncProperty(commandSequences(), fc.integer({ min: 1, max: 6 }), async (commands, pageSize) => {
        const events = eventsOf(commands);
        const store = await pagedStream(events, pageSize);
        const folded = await aggregateStream(store, partnershipEventRegistry, decider, 'partnership');
        expect(folded).toEqual({
          _tag: 'Right',
          right: { state: stepByStep(events), version: events.length },
        });
      }),
      { numRuns: 50 },
    );
  });

  it('a long partnership (a thousand returns) folds to the state of folding it event by event', () => {
    const events = eventsOf(longPartnershipCommands(2_000));
    const first = fold(decider, events.slice(0, 1_000));
    const before = written(first);
    expect(evolveAll(decider, first, events.slice(1_000))).toEqual(stepByStep(events));
    expect(written(first)).toBe(before);
  });
});
