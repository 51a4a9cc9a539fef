// The domain README's "Testing deciders and adapters" shows the `kit` region: a decider's rule as a
// specification, and the contract every event store passes run against a store of your own.
// #region kit
import { createInMemoryEventStore } from '@council-partnerships/adapters/memory';
import { deciderSpec, eventStoreContract } from '@council-partnerships/testing';
import { decider, LedgerCommand } from './ledger';

const metadata = {
  commandId: 'c-1',
  actor: { id: 'jo', role: 'finance-officer' },
  occurredAt: '2024-04-01T10:00:00Z',
};
const overspend: LedgerCommand = {
  type: 'RecordSpend',
  data: { ledgerId: 'l1', amountPence: 2_501 },
  metadata,
};

it('refuses spending beyond the budget', () => {
  const budgetSet = { type: 'BudgetSet', data: { amountPence: 2_500 } } as const;
  deciderSpec(decider).given([budgetSet]).when(overspend).thenFails('OverBudget');
});

// Your adapter: a fresh store over empty storage for each test (here the in-memory one).
eventStoreContract('my adapter', () => {
  const store = createInMemoryEventStore();
  return Promise.resolve({ store, close: () => store.close() });
});
// #endregion kit
