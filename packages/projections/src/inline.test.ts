import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { createInlineProjection } from './inline';
import { rebuildProjection } from './rebuild';
import { ledgerEvent, ledgerProjection } from './testing/sampleLedger';

const appendTo = async (
  store: ReturnType<typeof createInMemoryEventStore>,
  streamId: string,
  amount: number,
) => {
  const result = await store.appendToStream(streamId, [ledgerEvent('GrantPaid', amount)], {
    expectedVersion: 'any',
  });
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
};

describe('inline projection', () => {
  it('folds each append as it happens, and equals a rebuild from zero', async () => {
    const store = createInMemoryEventStore();
    const live = createInlineProjection(ledgerProjection);
    for (const [stream, amount] of [
      ['a', 100],
      ['b', 250],
      ['a', 75],
    ] as const) {
      const appended = await appendTo(store, stream, amount);
      expect(live.projectAppended(appended.events)._tag).toBe('Right');
    }
    expect(live.state().balances).toEqual({ a: 175, b: 250 });
    const rebuilt = await rebuildProjection(store, ledgerProjection);
    expect(rebuilt).toMatchObject({ right: { state: live.state() } });
  });

  it('does not count a retried append twice', async () => {
    const store = createInMemoryEventStore();
    const live = createInlineProjection(ledgerProjection);
    const appended = await appendTo(store, 'a', 100);
    live.projectAppended(appended.events);
    live.projectAppended(appended.events);
    expect(live.state().balances).toEqual({ a: 100 });
  });

  it('refuses events that skip ahead of what it has seen, then catches up from the log without double counting', async () => {
    const store = createInMemoryEventStore();
    const live = createInlineProjection(ledgerProjection);
    live.projectAppended((await appendTo(store, 'a', 100)).events);
    await appendTo(store, 'a', 20); // appended by another process: this one never saw it
    const third = await appendTo(store, 'a', 3);
    expect(live.projectAppended(third.events)).toMatchObject({
      _tag: 'Left',
      left: { code: 'ProjectionGap', streamId: 'a', expectedVersion: 2, receivedVersion: 3 },
    });
    expect(live.state().balances).toEqual({ a: 100 });
    expect(await live.catchUp(store, { pageSize: 1 })).toMatchObject({ right: { balances: { a: 123 } } });
    live.projectAppended(third.events);
    expect(live.state().events).toBe(3);
    expect(await rebuildProjection(store, ledgerProjection)).toMatchObject({
      right: { state: live.state() },
    });
  });
});
