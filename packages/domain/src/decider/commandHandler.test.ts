import fc from 'fast-check';
import { left } from 'fp-ts/Either';
import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { EventStore } from '../eventstore/port';
import { concurrencyConflict } from '../eventstore/errors';
import { aggregateStream } from './commandHandler';
import { actor, command, decider, handlerOn, registry } from './testing/ledger';

describe('command handler', () => {
  it('reads, decides and appends, returning recorded events and the new state', async () => {
    const store = createInMemoryEventStore();
    const handle = handlerOn(store);
    await handle(command('SetBudget', 10_000));
    const result = await handle(command('RecordSpend', 2_500));
    expect(result).toMatchObject({
      _tag: 'Right',
      right: {
        streamId: 'ledger-l1',
        nextExpectedVersion: 2,
        state: { budget: 10_000, spent: 2_500 },
        replayed: false,
      },
    });
    const recorded = result._tag === 'Right' ? result.right.events : [];
    expect(recorded[0]).toMatchObject({
      type: 'SpendRecorded',
      streamVersion: 2,
      actor,
      data: { amountPence: 2_500 },
    });
  });

  it('refuses a malformed command naming the field, and writes nothing', async () => {
    const store = createInMemoryEventStore();
    const result = await handlerOn(store)({
      ...command('SetBudget', 1),
      data: { ledgerId: 'l1', amountPence: 'lots' },
    });
    expect(result).toMatchObject({
      _tag: 'Left',
      left: { code: 'InvalidInput', path: ['data', 'amountPence'] },
    });
    expect(await store.readAll()).toMatchObject({ right: { events: [] } });
  });

  it('refuses a command with no actor', async () => {
    const { actor: _actor, ...metadata } = command('SetBudget', 1).metadata;
    const result = await handlerOn(createInMemoryEventStore())({ ...command('SetBudget', 1), metadata });
    expect(result).toMatchObject({
      _tag: 'Left',
      left: { code: 'InvalidInput', path: ['metadata', 'actor'] },
    });
  });

  it("passes the decider's refusal back and writes nothing", async () => {
    const store = createInMemoryEventStore();
    const result = await handlerOn(store)(command('RecordSpend', 1));
    expect(result).toMatchObject({ _tag: 'Left', left: { code: 'OverBudget' } });
    expect(await store.readStream('ledger-l1')).toMatchObject({
      _tag: 'Left',
      left: { code: 'StreamNotFound' },
    });
  });

  it('appends once when the same command id is sent twice, returning the first result', async () => {
    const store = createInMemoryEventStore();
    const handle = handlerOn(store);
    await handle(command('SetBudget', 10_000));
    const spend = command('RecordSpend', 4_000);
    const first = await handle(spend);
    const second = await handle(spend);
    expect(second).toMatchObject({ _tag: 'Right', right: { replayed: true } });
    if (first._tag === 'Left' || second._tag === 'Left') throw new Error('expected success');
    expect(second.right.events).toEqual(first.right.events);
    expect(second.right.domainEvents).toEqual(first.right.domainEvents);
    expect(second.right.state.spent).toBe(4_000);
  });

  it('retries on conflict so that concurrent commands all land, each decided on fresh state', async () => {
    const store = createInMemoryEventStore();
    const handle = handlerOn(store, { maxAttempts: 50 });
    await handle(command('SetBudget', 1_000));
    const results = await Promise.all(Array.from({ length: 12 }, () => handle(command('RecordSpend', 100))));
    // Ten fit the budget; the rest are refused on the state their retry read, never written blindly.
    expect(results.filter((r) => r._tag === 'Right')).toHaveLength(10);
    expect(results.filter((r) => r._tag === 'Left' && r.left.code === 'OverBudget')).toHaveLength(2);
    const stream = await store.readStream('ledger-l1');
    expect(stream._tag === 'Right' && stream.right.map((e) => e.streamVersion)).toEqual(
      Array.from({ length: 11 }, (_, i) => i + 1),
    );
  });

  it('gives the conflict back after the bounded number of attempts', async () => {
    const inner = createInMemoryEventStore();
    let attempts = 0;
    const alwaysBusy: EventStore = {
      ...inner,
      appendToStream: (streamId) => {
        attempts += 1;
        return Promise.resolve(left(concurrencyConflict(streamId, 'no_stream', attempts)));
      },
    };
    const result = await handlerOn(alwaysBusy, { maxAttempts: 3 })(command('SetBudget', 1));
    expect(result).toMatchObject({
      _tag: 'Left',
      left: { code: 'ConcurrencyConflict', streamId: 'ledger-l1' },
    });
    expect(attempts).toBe(3);
  });

  it('reports a corrupt stored event instead of deciding on partial history', async () => {
    const store = createInMemoryEventStore();
    await handlerOn(store)(command('SetBudget', 10_000));
    store.tamperWithRow('ledger-l1', 1, (json) => json.replace('"amountPence":10000', '"amountPence":"ten"'));
    // A handler that has not folded the stream before (a restarted process) must read the bad row.
    const result = await handlerOn(store)(command('RecordSpend', 1));
    expect(result).toMatchObject({
      _tag: 'Left',
      left: { code: 'CorruptEvent', streamId: 'ledger-l1', streamVersion: 1 },
    });
  });

  it('decides on events other writers appended since it last read the stream', async () => {
    const store = createInMemoryEventStore();
    const first = handlerOn(store);
    const second = handlerOn(store);
    await first(command('SetBudget', 1_000));
    await second(command('RecordSpend', 900));
    // `first` remembers the stream at version 1; it must read version 2 before deciding.
    expect(await first(command('RecordSpend', 200))).toMatchObject({
      _tag: 'Left',
      left: { code: 'OverBudget' },
    });
    expect(await first(command('RecordSpend', 100))).toMatchObject({ right: { state: { spent: 1_000 } } });
  });

  it('answers a retry with the first result even from a handler that never saw the command', async () => {
    const store = createInMemoryEventStore();
    await handlerOn(store)(command('SetBudget', 1_000));
    const spend = command('RecordSpend', 300);
    const first = await handlerOn(store)(spend);
    const again = await handlerOn(store)(spend);
    expect(again).toMatchObject({ right: { replayed: true, nextExpectedVersion: 2 } });
    expect(again._tag === 'Right' && again.right.events).toEqual(
      first._tag === 'Right' && first.right.events,
    );
  });

  it('gives the same results with the stream memory turned off', async () => {
    const store = createInMemoryEventStore();
    const handle = handlerOn(store, { cachedStreams: 0 });
    await handle(command('SetBudget', 500));
    await handle(command('RecordSpend', 200));
    const spend = command('RecordSpend', 300);
    expect(await handle(spend)).toMatchObject({ right: { state: { spent: 500 }, replayed: false } });
    expect(await handle(spend)).toMatchObject({ right: { state: { spent: 500 }, replayed: true } });
    expect(await handle(command('RecordSpend', 1))).toMatchObject({ left: { code: 'OverBudget' } });
  });
});

describe('command handler: remembered streams under concurrent writers', () => {
  const spentIn = async (store: EventStore, toVersion: number) => {
    const folded = await aggregateStream(store, registry, decider, 'ledger-l1', { toVersion });
    if (folded._tag === 'Left') throw new Error(folded.left.message);
    return folded.right.state;
  };

  it('given several handlers, each remembering the stream, when commands and retries of them race in any order, then every result is the fold of the stream at its version and no command is written twice', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 4 }),
        fc.array(
          fc.array(fc.record({ by: fc.nat({ max: 3 }), amount: fc.nat({ max: 50 }), retry: fc.boolean() }), {
            minLength: 1,
            maxLength: 6,
          }),
          { minLength: 1, maxLength: 5 },
        ),
        async (handlerCount, rounds) => {
          const store = createInMemoryEventStore();
          const handlers = Array.from({ length: handlerCount }, () =>
            handlerOn(store, { maxAttempts: 100, sleep: () => Promise.resolve() }),
          );
          await handlers[0]!(command('SetBudget', 1_000));
          const sent: ReturnType<typeof command>[] = [];
          for (const round of rounds) {
            const results = await Promise.all(
              round.map(({ by, amount, retry }) => {
                const again = retry ? sent[amount % Math.max(sent.length, 1)] : undefined;
                const next = again ?? command('RecordSpend', amount);
                if (again === undefined) sent.push(next);
                return handlers[by % handlerCount]!(next);
              }),
            );
            for (const result of results) {
              if (result._tag === 'Left') {
                expect(result.left.code).toBe('OverBudget');
                continue;
              }
              expect(result.right.state).toEqual(await spentIn(store, result.right.nextExpectedVersion));
            }
          }
          // Each handler decides on the whole stream, whatever it remembered.
          for (const handle of handlers) {
            const last = await handle(command('RecordSpend', 0));
            if (last._tag === 'Left') throw new Error(last.left.message);
            expect(last.right.state).toEqual(await spentIn(store, last.right.nextExpectedVersion));
          }
          const stream = await store.readStream('ledger-l1');
          if (stream._tag === 'Left') throw new Error(stream.left.message);
          const commandIds = stream.right.map((e) => e.commandId);
          expect(new Set(commandIds).size).toBe(commandIds.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});
