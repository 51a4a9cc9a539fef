import * as t from 'io-ts';
import { partnershipEventRegistry } from '@council-partnerships/domain';
import { defineProjection, IntegerCodec, jsonStateCodec } from '@council-partnerships/projections';

const GrantsStateCodec = t.type({ paidPence: IntegerCodec });

export const grants = defineProjection({
  name: 'grants-paid',
  version: 1, // bump when `apply` changes meaning: stored snapshots of another version are rebuilt
  registry: partnershipEventRegistry, // decodes (and upcasts) the events it reads
  initial: () => ({ paidPence: 0 }),
  apply: (state, event) =>
    event.type === 'ExpenditureVerified' ? { paidPence: state.paidPence + event.data.payablePence } : state,
  stateCodec: jsonStateCodec(GrantsStateCodec),
});
