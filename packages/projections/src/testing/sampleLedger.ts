import * as t from 'io-ts';
import { createEventRegistry, defineEvent, EventRegistry, NewEvent } from '@council-partnerships/domain';
import { testEventId } from '@council-partnerships/testing';
import { defineProjection } from '../projection';
import { IntegerCodec, jsonStateCodec } from '../stateCodecs';

/**
 * A tiny grant ledger used to specify the projection machinery without any partnership rules:
 * grants paid and recovered per ledger (stream), with the business date each was paid for.
 */
const GrantPaid = defineEvent('GrantPaid', t.type({ amountPence: t.Int }));
const GrantRecovered = defineEvent('GrantRecovered', t.type({ amountPence: t.Int }));
export const ledgerRegistry = createEventRegistry([GrantPaid, GrantRecovered] as const);
export type LedgerEvent = typeof ledgerRegistry extends EventRegistry<infer E> ? E : never;

const LedgerStateCodec = t.type({
  balances: t.record(t.string, IntegerCodec),
  events: IntegerCodec,
  lastPosition: t.number,
});
export type LedgerState = t.TypeOf<typeof LedgerStateCodec>;

export const ledgerProjection = defineProjection<LedgerState, LedgerEvent>({
  name: 'grant-ledger',
  version: 1,
  registry: ledgerRegistry,
  initial: () => ({ balances: {}, events: 0, lastPosition: 0 }),
  apply: (state, event) => {
    const sign = event.type === 'GrantPaid' ? 1 : -1;
    const stream = event.envelope.streamId;
    return {
      balances: {
        ...state.balances,
        [stream]: (state.balances[stream] ?? 0) + sign * event.data.amountPence,
      },
      events: state.events + 1,
      lastPosition: Math.max(state.lastPosition, event.envelope.globalPosition),
    };
  },
  stateCodec: jsonStateCodec(LedgerStateCodec),
});

export const ledgerEvent = (
  type: 'GrantPaid' | 'GrantRecovered' | 'SomethingElse',
  amountPence: number,
  occurredAt = '2024-04-01T09:00:00.000+01:00',
): NewEvent => ({
  eventId: testEventId(),
  type,
  schemaVersion: 1,
  data: { amountPence },
  occurredAt,
  actor: { id: 'finance-1', role: 'finance-officer' },
  commandId: `cmd-${testEventId()}`,
  correlationId: 'corr-1',
  causationId: null,
});

/** A clock a test moves by hand, so that `recordedAt` is known. */
export const manualClock = (start: string) => {
  let now = new Date(start);
  return {
    clock: () => now,
    set: (iso: string) => {
      now = new Date(iso);
    },
  };
};
