import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { left } from 'fp-ts/Either';
import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { storeUnavailable } from '@council-partnerships/domain';
import { createAsyncProjection } from './async';
import { createInMemoryCheckpointStore } from './checkpoint/memory';
import { createJsonFileCheckpointStore } from './checkpoint/jsonFile';
import { CheckpointStore } from './checkpoint/port';
import { rebuildProjection } from './rebuild';
import { ledgerEvent, ledgerProjection } from './testing/sampleLedger';

type Store = ReturnType<typeof createInMemoryEventStore>;

const pay = async (store: Store, streamId: string, amounts: number[]) => {
  const result = await store.appendToStream(
    streamId,
    amounts.map((amount) => ledgerEvent('GrantPaid', amount)),
    { expectedVersion: 'any' },
  );
  if (result._tag === 'Left') throw new Error(result.left.message);
};

const rebuiltState = async (store: Store) => {
  const rebuilt = await rebuildProjection(store, ledgerProjection);
  if (rebuilt._tag === 'Left') throw new Error(rebuilt.left.message);
  return rebuilt.right.state;
};

const newDirectory = () => mkdtempSync(path.join(tmpdir(), 'projection-checkpoints-'));

describe('asynchronous projection', () => {
  it.each([
    ['in memory', () => createInMemoryCheckpointStore()],
    ['in a JSON file', () => createJsonFileCheckpointStore({ directory: newDirectory() })],
  ])('resumes from its stored checkpoint after a restart without double counting (%s)', async (_, make) => {
    const store = createInMemoryEventStore();
    const checkpoints = make();
    await pay(store, 'a', [100, 200, 300]);
    const first = createAsyncProjection({ store, projection: ledgerProjection, checkpoints, pageSize: 2 });
    expect(await first.catchUp()).toMatchObject({ right: { checkpoint: '3', eventsApplied: 3 } });

    await pay(store, 'b', [5, 6]);
    // A restart: a new worker with nothing in memory but the same checkpoint store.
    const second = createAsyncProjection({ store, projection: ledgerProjection, checkpoints, pageSize: 2 });
    expect(await second.load()).toMatchObject({ right: { restored: true, checkpoint: '3' } });
    expect(await second.catchUp()).toMatchObject({ right: { checkpoint: '5', eventsApplied: 5 } });
    expect(second.state()).toEqual(await rebuiltState(store));
    expect(second.state().balances).toEqual({ a: 600, b: 11 });
  });

  it('after a crash between pages, resumes from the last saved page and ends where a rebuild ends', async () => {
    const store = createInMemoryEventStore();
    await pay(store, 'a', [1, 2, 3, 4, 5, 6, 7]);
    const inner = createInMemoryCheckpointStore();
    let saves = 0;
    const failsOnThirdSave: CheckpointStore = {
      ...inner,
      save: async (snapshot) => (++saves === 3 ? left(storeUnavailable('disk full')) : inner.save(snapshot)),
    };
    const crashing = createAsyncProjection({
      store,
      projection: ledgerProjection,
      checkpoints: failsOnThirdSave,
      pageSize: 2,
    });
    expect(await crashing.catchUp()).toMatchObject({ _tag: 'Left', left: { code: 'StoreUnavailable' } });
    // The unsaved page did not move the worker's own state either.
    expect(crashing.checkpoint()).toBe('4');
    expect(crashing.state().events).toBe(4);

    const restarted = createAsyncProjection({ store, projection: ledgerProjection, checkpoints: inner });
    expect(await restarted.catchUp()).toMatchObject({ right: { eventsApplied: 7 } });
    expect(restarted.state()).toEqual(await rebuiltState(store));
  });

  it('discards a snapshot saved by another version of the projection and rebuilds', async () => {
    const store = createInMemoryEventStore();
    await pay(store, 'a', [100]);
    const checkpoints = createInMemoryCheckpointStore();
    await createAsyncProjection({ store, projection: ledgerProjection, checkpoints }).catchUp();
    const changed = { ...ledgerProjection, version: 2 };
    const upgraded = createAsyncProjection({ store, projection: changed, checkpoints });
    const loaded = await upgraded.load();
    expect(loaded).toMatchObject({ right: { restored: false } });
    expect(loaded._tag === 'Right' ? loaded.right.discarded : null).toContain('version 1');
    expect(await upgraded.catchUp()).toMatchObject({
      right: { eventsApplied: 1, state: { balances: { a: 100 } } },
    });
  });

  it('reports a corrupt snapshot file instead of trusting it, and rebuilds when asked', async () => {
    const store = createInMemoryEventStore();
    await pay(store, 'a', [100, 50]);
    const directory = newDirectory();
    const checkpoints = createJsonFileCheckpointStore({ directory });
    await createAsyncProjection({ store, projection: ledgerProjection, checkpoints }).catchUp();
    const file = path.join(directory, 'grant-ledger.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ checkpoint: '2', eventsApplied: 2 });

    writeFileSync(file, '{"projection":"grant-ledger","checkpoint":');
    const restarted = createAsyncProjection({ store, projection: ledgerProjection, checkpoints });
    expect(await restarted.catchUp()).toMatchObject({ _tag: 'Left', left: { code: 'CorruptSnapshot' } });
    writeFileSync(
      file,
      JSON.stringify({
        projection: 'grant-ledger',
        projectionVersion: 1,
        checkpoint: '2',
        eventsApplied: 2,
        state: {},
      }),
    );
    expect(await restarted.load()).toMatchObject({ _tag: 'Left', left: { code: 'CorruptSnapshot' } });
    expect(await restarted.rebuild()).toMatchObject({
      right: { eventsApplied: 2, state: { balances: { a: 150 } } },
    });
  });

  it('refuses a projection name that cannot be a file name', async () => {
    const checkpoints = createJsonFileCheckpointStore({ directory: newDirectory() });
    expect(await checkpoints.load('../elsewhere')).toMatchObject({
      _tag: 'Left',
      left: { code: 'InvalidInput', path: ['projection'] },
    });
  });

  it('follows the log as it grows, saving as it goes, until stopped', async () => {
    const store = createInMemoryEventStore();
    const checkpoints = createInMemoryCheckpointStore();
    await pay(store, 'a', [10]);
    const worker = createAsyncProjection({
      store,
      projection: ledgerProjection,
      checkpoints,
      sleep: () => new Promise((resolve) => setImmediate(resolve)),
    });
    const followed = await worker.follow();
    if (followed._tag === 'Left') throw new Error(followed.left.message);
    await followed.right.caughtUp;
    expect(await worker.catchUp()).toMatchObject({ _tag: 'Left', left: { code: 'InvalidInput' } });
    await pay(store, 'a', [20, 30]);
    while (worker.eventsApplied() < 3) await new Promise((resolve) => setImmediate(resolve));
    expect(await followed.right.stop()).toMatchObject({ right: '3' });
    expect(await checkpoints.load('grant-ledger')).toMatchObject({
      right: { checkpoint: '3', eventsApplied: 3 },
    });
    expect(worker.state().balances).toEqual({ a: 60 });
  });
});
