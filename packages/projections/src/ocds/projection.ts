import * as t from 'io-ts';
import { JsonValue, partnershipEventRegistry, PartnershipEvent } from '@council-partnerships/domain';
import { defineLoggedProjection } from '../projection';
import { perPartnership } from '../partnershipEvents';
import { jsonStateCodec } from '../stateCodecs';
import { changeOcds } from './facts';
import { emptyOcdsPartnership } from './records';
import { OcdsState, OcdsStateCodec } from './state';

/**
 * The OCDS releases of every partnership, one per published fact, each made as the fact happened
 * (so a release says what was true then). Fold it once, or keep it up to date from a checkpoint like
 * any projection; `ocdsReleases` then reads the releases after any global position.
 */
export const ocdsProjection = defineLoggedProjection<OcdsState, PartnershipEvent>({
  name: 'ocds-releases',
  // 2: a correction of a contract's dates is published (its period, value and an amendment naming it).
  // A KPI's corrected name titles its metrics.
  version: 2,
  registry: partnershipEventRegistry,
  initial: () => ({ partnerships: {} }),
  ...perPartnership({ empty: emptyOcdsPartnership, change: changeOcds }),
  // Release sections are JSON objects built by this projection; the codec checks they are objects.
  stateCodec: jsonStateCodec(OcdsStateCodec as unknown as t.Type<OcdsState, JsonValue, unknown>),
});
