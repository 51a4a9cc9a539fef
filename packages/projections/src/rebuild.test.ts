import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { foldFromLog, rebuildProjection } from './rebuild';
import { ledgerEvent, ledgerProjection, manualClock } from './testing/sampleLedger';

const append = async (
  store: ReturnType<typeof createInMemoryEventStore>,
  streamId: string,
  events: Parameters<typeof ledgerEvent>[],
) => {
  const result = await store.appendToStream(
    streamId,
    events.map((args) => ledgerEvent(...args)),
    { expectedVersion: 'any' },
  );
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
};

describe('folding a projection from the global log', () => {
  it('rebuilds from zero across many pages, each asked for a page at a time', async () => {
    const store = createInMemoryEventStore();
    for (let i = 0; i < 25; i++) await append(store, `ledger-${i % 3}`, [['GrantPaid', 100 * (i + 1)]]);
    const limits: number[] = [];
    const readAll = store.readAll.bind(store);
    const counting = {
      ...store,
      readAll: (options?: Parameters<typeof store.readAll>[0]) => {
        limits.push(options?.limit ?? -1);
        return readAll(options);
      },
    };
    const folded = await rebuildProjection(counting, ledgerProjection, { pageSize: 4 });
    expect(folded).toMatchObject({
      _tag: 'Right',
      right: { eventsApplied: 25, checkpoint: '25', state: { events: 25 } },
    });
    expect(limits.every((limit) => limit === 4)).toBe(true);
    expect(limits.length).toBe(7);
  });

  it('asks for the next page before folding the one it has, and for none after the end', async () => {
    const store = createInMemoryEventStore();
    for (let i = 0; i < 10; i++) await append(store, 'ledger-a', [['GrantPaid', 100]]);
    let applied = 0;
    const appliedWhenRead: number[] = [];
    const readAll = store.readAll.bind(store);
    const counting = {
      ...store,
      readAll: (options?: Parameters<typeof store.readAll>[0]) => {
        appliedWhenRead.push(applied);
        return readAll(options);
      },
    };
    const counted = {
      ...ledgerProjection,
      apply: (...args: Parameters<typeof ledgerProjection.apply>) => {
        applied += 1;
        return ledgerProjection.apply(...args);
      },
    };
    const folded = await rebuildProjection(counting, counted, { pageSize: 4 });
    expect(folded).toMatchObject({ right: { eventsApplied: 10 } });
    // Pages of 4, 4 and 2 events: each next page is asked for while the one before is still unfolded.
    expect(appliedWhenRead).toEqual([0, 0, 4]);
  });

  it('stops at a corrupt event with the next page already asked for, and answers only the corruption', async () => {
    const store = createInMemoryEventStore();
    await append(store, 'ledger-a', [
      ['GrantPaid', 500],
      ['GrantPaid', 600],
    ]);
    store.tamperWithRow('ledger-a', 1, (json) => json.replace('"amountPence":500', '"amountPence":"500"'));
    const failing = {
      ...store,
      readAll: (options?: Parameters<typeof store.readAll>[0]) =>
        options?.after === null || options?.after === undefined
          ? store.readAll(options)
          : Promise.reject(new Error('the read ahead failed')),
    };
    expect(await rebuildProjection(failing, ledgerProjection, { pageSize: 1 })).toMatchObject({
      _tag: 'Left',
      left: { code: 'CorruptEvent', streamVersion: 1 },
    });
  });

  it('skips event types it does not read, but stops at an event of its own it cannot decode', async () => {
    const store = createInMemoryEventStore();
    await append(store, 'ledger-a', [
      ['GrantPaid', 500],
      ['SomethingElse', 1],
    ]);
    expect(await rebuildProjection(store, ledgerProjection)).toMatchObject({
      right: { eventsApplied: 1, state: { balances: { 'ledger-a': 500 } } },
    });
    store.tamperWithRow('ledger-a', 1, (json) => json.replace('"amountPence":500', '"amountPence":"500"'));
    expect(await rebuildProjection(store, ledgerProjection)).toMatchObject({
      _tag: 'Left',
      left: { code: 'CorruptEvent', streamId: 'ledger-a', streamVersion: 1 },
    });
  });

  it('continues a fold from a checkpoint and a state, arriving where a rebuild arrives', async () => {
    const store = createInMemoryEventStore();
    await append(store, 'ledger-a', [['GrantPaid', 500]]);
    const first = await rebuildProjection(store, ledgerProjection);
    if (first._tag === 'Left') throw new Error(first.left.message);
    await append(store, 'ledger-a', [['GrantRecovered', 200]]);
    const continued = await foldFromLog(store, ledgerProjection, {
      after: first.right.checkpoint,
      from: first.right.state,
    });
    const rebuilt = await rebuildProjection(store, ledgerProjection);
    expect(continued).toMatchObject({ right: { eventsApplied: 1 } });
    if (continued._tag === 'Left' || rebuilt._tag === 'Left') throw new Error('fold failed');
    expect(continued.right.state).toEqual(rebuilt.right.state);
    expect(continued.right.checkpoint).toBe(rebuilt.right.checkpoint);
  });

  it('refuses a malformed as-of query, naming the field', async () => {
    const store = createInMemoryEventStore();
    const folded = await rebuildProjection(store, ledgerProjection, {
      asOf: { businessDate: '2024-02-30' },
    });
    expect(folded).toMatchObject({
      _tag: 'Left',
      left: { code: 'InvalidInput', path: ['asOf', 'businessDate'] },
    });
  });
});

describe('bitemporal answers', () => {
  // The March grant is paid for the year 2023/24 but only recorded in May: a late return.
  const lateReturn = async () => {
    const time = manualClock('2024-03-10T12:00:00.000Z');
    const store = createInMemoryEventStore({ clock: time.clock });
    await append(store, 'ledger-a', [['GrantPaid', 1_000, '2024-03-10T10:00:00.000Z']]);
    time.set('2024-04-20T12:00:00.000Z');
    await append(store, 'ledger-a', [['GrantPaid', 2_000, '2024-04-20T09:00:00.000+01:00']]);
    time.set('2024-05-15T12:00:00.000Z');
    await append(store, 'ledger-a', [['GrantPaid', 300, '2024-03-31T16:00:00.000+01:00']]);
    return store;
  };
  const balance = async (store: Awaited<ReturnType<typeof lateReturn>>, asOf: object) => {
    const folded = await rebuildProjection(store, ledgerProjection, { asOf });
    if (folded._tag === 'Left') throw new Error(folded.left.message);
    return folded.right.state.balances['ledger-a'] ?? 0;
  };

  it('counts a late return for the business date it belongs to, once it has been recorded', async () => {
    const store = await lateReturn();
    expect(await balance(store, { businessDate: '2024-03-31' })).toBe(1_300);
    expect(await balance(store, {})).toBe(3_300);
  });

  it('shows an auditor what the log held at a moment, before the late return arrived', async () => {
    const store = await lateReturn();
    expect(await balance(store, { businessDate: '2024-03-31', recordedBy: '2024-05-01T00:00:00Z' })).toBe(
      1_000,
    );
    expect(await balance(store, { recordedBy: '2024-05-01T00:00:00+01:00' })).toBe(3_000);
    // The bound is inclusive: an event recorded at exactly that instant had been seen.
    expect(await balance(store, { recordedBy: '2024-05-15T12:00:00.000Z' })).toBe(3_300);
  });

  it('reads business dates in London time: 23:30 UTC on 31 March in summer time is 1 April', async () => {
    const time = manualClock('2024-04-02T00:00:00.000Z');
    const store = createInMemoryEventStore({ clock: time.clock });
    await append(store, 'ledger-a', [['GrantPaid', 700, '2024-03-31T23:30:00.000Z']]);
    expect(await balance(store, { businessDate: '2024-03-31' })).toBe(0);
    expect(await balance(store, { businessDate: '2024-04-01' })).toBe(700);
  });
});
