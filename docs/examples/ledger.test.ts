import { createInMemoryEventStore } from '@council-partnerships/adapters/memory';
import { spendOnLedger } from './ledger';

describe("the domain README's handler for a decider of your own", () => {
  it('given no budget, then the spend is refused with the rule and the field at fault', async () => {
    const store = createInMemoryEventStore();
    const { result } = await spendOnLedger(store);
    expect(result).toEqual({
      _tag: 'Left',
      left: {
        code: 'OverBudget',
        message: 'spending 2500p would exceed the budget of 0p: set a larger budget first',
        path: ['data', 'amountPence'],
      },
    });
    await store.close();
  });

  it('given a budget, then the spend is recorded once, and sending it again writes nothing', async () => {
    const store = createInMemoryEventStore();
    const actor = { id: 'ann', role: 'finance-manager' };
    const first = await spendOnLedger(store);
    const budget = await first.handle({
      type: 'SetBudget',
      data: { ledgerId: 'l1', amountPence: 10_000 },
      metadata: { commandId: 'c-1', actor, occurredAt: '2024-04-01T09:00:00+01:00' },
    });
    expect(budget._tag).toBe('Right');
    const { result } = await spendOnLedger(store);
    if (result._tag === 'Left') throw new Error(result.left.message);
    expect(result.right.domainEvents).toEqual([{ type: 'SpendRecorded', data: { amountPence: 2500 } }]);
    expect(result.right.state).toEqual({ budget: 10_000, spent: 2500 });
    const again = await spendOnLedger(store);
    expect(again.result).toMatchObject({ _tag: 'Right', right: { replayed: true } });
    const stream = await store.readStream('ledger-l1');
    expect(stream._tag === 'Right' && stream.right.map((e) => e.type)).toEqual([
      'BudgetSet',
      'SpendRecorded',
    ]);
    await store.close();
  });

  it('refuses a malformed command naming the field, before anything is read', async () => {
    const store = createInMemoryEventStore();
    const { handle } = await spendOnLedger(store);
    const refused = await handle({
      type: 'RecordSpend',
      data: { ledgerId: 'l1', amountPence: 25.5 },
      metadata: {
        commandId: 'c-2',
        actor: { id: 'jo', role: 'finance-officer' },
        occurredAt: '2024-04-01T10:00:00Z',
      },
    });
    expect(refused).toMatchObject({ _tag: 'Left', left: { code: 'InvalidInput' } });
    await store.close();
  });
});
