import * as t from 'io-ts';
import { createInMemoryEventStore, createInMemorySnapshotStore } from '@council-partnerships/adapters';
import { JsonValue } from '../shared/json';
import { command, handlerOn, LedgerState } from './testing/ledger';
import { collidingIds } from './testing/collidingIds';

const LedgerStateCodec: t.Type<LedgerState, JsonValue, unknown> = t.type({
  budget: t.union([t.number, t.null]),
  spent: t.number,
});

describe('command handler: retries recognised from a snapshot’s fingerprints', () => {
  const coldHandlers = () => {
    const store = createInMemoryEventStore();
    const snapshots = createInMemorySnapshotStore();
    // Nothing remembered between commands: each starts from the latest snapshot, taken after every event.
    const handle = handlerOn(store, {
      cachedStreams: 0,
      snapshots: { store: snapshots, codec: LedgerStateCodec, stateSchemaVersion: 1, every: 1 },
    });
    return { store, handle };
  };

  it('given a command folded into a snapshot, when it is sent again to a cold handler, then the first result is returned and nothing is written', async () => {
    const { store, handle } = coldHandlers();
    await handle(command('SetBudget', 1_000));
    const spend = command('RecordSpend', 300);
    const first = await handle(spend);
    await handle(command('RecordSpend', 100));
    const again = await handle(spend);
    expect(again).toMatchObject({ right: { replayed: true, nextExpectedVersion: 3 } });
    expect(again._tag === 'Right' && again.right.events).toEqual(
      first._tag === 'Right' && first.right.events,
    );
    expect((await store.readStream('ledger-l1'))._tag === 'Right').toBe(true);
  });

  it('given a new command whose fingerprint an earlier one shares, when a cold handler is sent it, then it is decided and recorded, not answered with the other’s events', async () => {
    const [earlier, later] = collidingIds('spend');
    const { store, handle } = coldHandlers();
    await handle(command('SetBudget', 1_000));
    const first = await handle(command('RecordSpend', 300, earlier));
    const second = await handle(command('RecordSpend', 200, later));
    expect(second).toMatchObject({
      right: { replayed: false, state: { spent: 500 }, nextExpectedVersion: 3 },
    });
    // Each, sent again, is recognised as itself.
    const [again, laterAgain] = [
      await handle(command('RecordSpend', 300, earlier)),
      await handle(command('RecordSpend', 200, later)),
    ];
    expect(again).toMatchObject({ right: { replayed: true } });
    expect(again._tag === 'Right' && again.right.events).toEqual(
      first._tag === 'Right' && first.right.events,
    );
    expect(laterAgain).toMatchObject({ right: { replayed: true } });
    expect(laterAgain._tag === 'Right' && laterAgain.right.events).toEqual(
      second._tag === 'Right' && second.right.events,
    );
    const stream = await store.readStream('ledger-l1');
    expect(stream._tag === 'Right' && stream.right.map((e) => e.commandId)).toEqual([
      expect.any(String),
      earlier,
      later,
    ]);
  });
});
