import * as t from 'io-ts';
import { businessDateOf, partnershipEventRegistry } from '@council-partnerships/domain';
import { defineLoggedProjection, IntegerCodec, jsonStateCodec } from '@council-partnerships/projections';

const RecordedLateCodec = t.type({ recordedLate: IntegerCodec });

// Reads two times of the envelope and nothing a LoggedEvent lacks, so rebuilds use the lean read.
export const recordedLate = defineLoggedProjection({
  name: 'recorded-late',
  version: 1,
  registry: partnershipEventRegistry,
  initial: () => ({ recordedLate: 0 }),
  apply: (state, { envelope }) =>
    businessDateOf(envelope.recordedAt) > businessDateOf(envelope.occurredAt)
      ? { recordedLate: state.recordedLate + 1 }
      : state,
  stateCodec: jsonStateCodec(RecordedLateCodec),
});
