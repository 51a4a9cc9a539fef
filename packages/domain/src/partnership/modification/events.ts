import { defineEvent, olderVersion } from '../../events/defineEvent';
import { BusinessDateCodec } from '../dates';
import { NonNegativePenceCodec, PenceCodec } from '../../money';
import { IdCodec, MeasureCodec, ModificationKindCodec, nullable, TextCodec } from '../codecs';
import { partnershipData } from '../events/shape';
import {
  ModificationClassificationCodec,
  ModificationClassificationV1Codec,
  upcastClassification,
} from './classification';

/** A change as agreed: to which contract, of what kind, when, and the months it adds or takes off. */
export const changeAgreedProps = {
  contractId: IdCodec,
  modificationId: IdCodec,
  kind: ModificationKindCodec,
  description: TextCodec,
  agreedOn: BusinessDateCodec,
  termChangeMonths: MeasureCodec,
};

const contractModifiedV1 = {
  ...changeAgreedProps,
  previousEndsOn: BusinessDateCodec,
  newEndsOn: BusinessDateCodec,
  valueChangePence: PenceCodec,
  newAnnualValuePence: nullable(NonNegativePenceCodec),
  permittedGround: nullable(TextCodec),
  governanceDecisionId: nullable(IdCodec),
};

/**
 * A change to a signed contract's term, value or scope, classified. Amounts are changes to the total
 * value. Version 2 records the regime, the deciding provision, the ground and the measures in the
 * classification; version 1 events read with the provision they named and no measures.
 */
export const ContractModified = defineEvent(
  'ContractModified',
  partnershipData({ ...contractModifiedV1, classification: ModificationClassificationCodec }),
  {
    schemaVersion: 2,
    olderVersions: {
      1: olderVersion(
        partnershipData({ ...contractModifiedV1, classification: ModificationClassificationV1Codec }),
        (v1) => ({ ...v1, classification: upcastClassification(v1.classification, v1.permittedGround) }),
      ),
    },
  },
);

export const modificationEvents = [ContractModified] as const;
