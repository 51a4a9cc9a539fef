import * as t from 'io-ts';
import { Either, left, right } from 'fp-ts/Either';
import { LibraryError } from '../../shared/errors';
import { defineEvent } from '../../events/defineEvent';
import { createEventRegistry, EventRegistry } from '../../events/registry';
import { EventStore } from '../../eventstore/port';
import { commandCodec } from '../command';
import { createCommandHandler } from '../commandHandler';
import { Decider } from '../decider';
import { testEventId } from '@council-partnerships/testing';

/** A small budget ledger: enough rules to exercise every path of the command handler, for its specs. */
export const BudgetSet = defineEvent('BudgetSet', t.type({ amountPence: t.Int }));
export const SpendRecorded = defineEvent('SpendRecorded', t.type({ amountPence: t.Int }));
export const registry = createEventRegistry([BudgetSet, SpendRecorded] as const);
export type LedgerEvent = typeof registry extends EventRegistry<infer E> ? E : never;

export const SetBudget = commandCodec('SetBudget', t.type({ ledgerId: t.string, amountPence: t.Int }));
export const RecordSpend = commandCodec('RecordSpend', t.type({ ledgerId: t.string, amountPence: t.Int }));
export const LedgerCommand = t.union([SetBudget, RecordSpend]);
export type LedgerCommand = t.TypeOf<typeof LedgerCommand>;
export interface LedgerState {
  budget: number | null;
  spent: number;
}
export interface OverBudget extends LibraryError {
  code: 'OverBudget';
}

export const decider: Decider<LedgerCommand, LedgerEvent, LedgerState, OverBudget> = {
  initialState: () => ({ budget: null, spent: 0 }),
  decide: (command, state): Either<OverBudget, LedgerEvent[]> => {
    if (command.type === 'SetBudget')
      return right([{ type: 'BudgetSet', data: { amountPence: command.data.amountPence } }]);
    if (state.budget === null || state.spent + command.data.amountPence > state.budget) {
      return left({
        code: 'OverBudget',
        message: 'spend would exceed the budget; raise the budget first',
        path: ['amountPence'],
      });
    }
    return right([{ type: 'SpendRecorded', data: { amountPence: command.data.amountPence } }]);
  },
  evolve: (state, event) =>
    event.type === 'BudgetSet'
      ? { ...state, budget: event.data.amountPence }
      : { ...state, spent: state.spent + event.data.amountPence },
};

export const actor = { id: 'officer-1', role: 'finance-officer' };
let n = 0;
export const command = (
  type: 'SetBudget' | 'RecordSpend',
  amountPence: number,
  commandId = `cmd-${++n}`,
) => ({
  type,
  data: { ledgerId: 'l1', amountPence },
  metadata: { commandId, actor, occurredAt: '2024-04-01T10:00:00.000+01:00' },
});

/** The ledger's handler on a store, with whatever retry or memory settings the case is about. */
export const handlerOn = (
  store: EventStore,
  settings: Partial<
    Pick<
      Parameters<typeof createCommandHandler<LedgerCommand, LedgerEvent, LedgerState, OverBudget>>[0],
      'maxAttempts' | 'sleep' | 'cachedStreams' | 'snapshots'
    >
  > = {},
) =>
  createCommandHandler({
    store,
    decider,
    registry,
    commandCodec: LedgerCommand,
    streamIdOf: (c) => `ledger-${c.data.ledgerId}`,
    newEventId: testEventId,
    ...settings,
  });
