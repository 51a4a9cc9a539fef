// The domain README's "A command handler for a decider of your own" shows the `handler` region: a
// budget ledger, small enough to read at a glance, that is not a partnership.
import * as t from 'io-ts';
import { Either, left, right } from 'fp-ts/Either';
import {
  commandCodec as commandOf,
  createCommandHandler,
  createEventRegistry,
  Decider,
  defineEvent,
  EventRegistry,
  EventStore,
  LibraryError,
  NonNegativePenceCodec,
} from '@council-partnerships/domain';
import { uuidV7 } from '@council-partnerships/adapters';

const BudgetSet = defineEvent('BudgetSet', t.type({ amountPence: NonNegativePenceCodec }));
const SpendRecorded = defineEvent('SpendRecorded', t.type({ amountPence: NonNegativePenceCodec }));
export const registry = createEventRegistry([BudgetSet, SpendRecorded] as const);
export type LedgerEvent = typeof registry extends EventRegistry<infer E> ? E : never;

const LedgerData = t.type({ ledgerId: t.string, amountPence: NonNegativePenceCodec });
export const commandCodec = t.union([
  commandOf('SetBudget', LedgerData),
  commandOf('RecordSpend', LedgerData),
]);
export type LedgerCommand = t.TypeOf<typeof commandCodec>;

export interface OverBudget extends LibraryError {
  readonly code: 'OverBudget';
}

export const decider: Decider<LedgerCommand, LedgerEvent, { budget: number; spent: number }, OverBudget> = {
  initialState: () => ({ budget: 0, spent: 0 }),
  decide: (command, state): Either<OverBudget, LedgerEvent[]> => {
    const { amountPence } = command.data;
    if (command.type === 'SetBudget') return right([{ type: 'BudgetSet', data: { amountPence } }]);
    if (state.spent + amountPence > state.budget)
      return left({
        code: 'OverBudget',
        message: `spending ${amountPence}p would exceed the budget of ${state.budget}p: set a larger budget first`,
        path: ['data', 'amountPence'],
      });
    return right([{ type: 'SpendRecorded', data: { amountPence } }]);
  },
  evolve: (state, event) =>
    event.type === 'BudgetSet'
      ? { ...state, budget: event.data.amountPence }
      : { ...state, spent: state.spent + event.data.amountPence },
};

export const spendOnLedger = async (store: EventStore) => {
  // #region handler
  const handle = createCommandHandler({
    store, // any adapter: in memory, SQLite, PostgreSQL or EventStoreDB
    decider, // { initialState, decide, evolve }
    registry, // createEventRegistry([...event definitions])
    commandCodec, // io-ts codec: malformed commands are refused naming the field
    streamIdOf: (command) => `ledger-${command.data.ledgerId}`,
    newEventId: uuidV7,
  });

  const actor = { id: 'jo', role: 'finance-officer' };
  const result = await handle({
    type: 'RecordSpend',
    data: { ledgerId: 'l1', amountPence: 2500 },
    metadata: { commandId: 'c-42', actor, occurredAt: '2024-04-01T10:00:00+01:00' },
  });
  // Right({ events, state, nextExpectedVersion, replayed }) or Left({ code, message, path })
  // #endregion handler
  return { handle, result };
};
