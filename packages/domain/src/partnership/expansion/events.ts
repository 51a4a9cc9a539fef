import * as t from 'io-ts';
import { defineEvent, olderVersion } from '../../events/defineEvent';
import { BusinessDateCodec } from '../dates';
import { NonNegativePenceCodec } from '../../money';
import { DeliveryModelCodec, IdCodec, nullable, RecordedByCodec, TextCodec } from '../codecs';
import { partnershipData } from '../events/shape';
import {
  ModificationClassificationCodec,
  ModificationClassificationV1Codec,
  upcastClassification,
} from '../modification/classification';

/** A module as proposed: under which agreement, what it delivers, how, and for how much a year. */
export const moduleProposalProps = {
  expansionId: IdCodec,
  agreementId: IdCodec,
  title: TextCodec,
  services: t.array(TextCodec),
  deliveryModel: DeliveryModelCodec,
  annualValuePence: NonNegativePenceCodec,
  proposedOn: BusinessDateCodec,
};

/** A new module proposed for the partnership's scope (delivered by the partner, or jointly with the council). */
export const ModuleExpansionProposed = defineEvent(
  'ModuleExpansionProposed',
  partnershipData({ ...moduleProposalProps, proposedBy: RecordedByCodec }),
);

const expansionApprovedV1 = {
  expansionId: IdCodec,
  approvedOn: BusinessDateCodec,
  approvedBy: RecordedByCodec,
  scopeAnnualValueBeforePence: NonNegativePenceCodec,
  scopeAnnualValueAfterPence: NonNegativePenceCodec,
  governanceDecisionId: nullable(IdCodec),
};

/**
 * The expansion approved: every initial module embedded, performance allowing, classified as a
 * modification of the agreement against the scope as procured and every earlier expansion. Version 1
 * events read as version 2 with the provision they named and no measures.
 */
export const ModuleExpansionApproved = defineEvent(
  'ModuleExpansionApproved',
  partnershipData({ ...expansionApprovedV1, classification: ModificationClassificationCodec }),
  {
    schemaVersion: 2,
    olderVersions: {
      1: olderVersion(
        partnershipData({ ...expansionApprovedV1, classification: ModificationClassificationV1Codec }),
        (v1) => ({ ...v1, classification: upcastClassification(v1.classification, null) }),
      ),
    },
  },
);

export const ModuleExpansionRejected = defineEvent(
  'ModuleExpansionRejected',
  partnershipData({
    expansionId: IdCodec,
    rejectedOn: BusinessDateCodec,
    reason: TextCodec,
    rejectedBy: RecordedByCodec,
  }),
);

export const expansionEvents = [
  ModuleExpansionProposed,
  ModuleExpansionApproved,
  ModuleExpansionRejected,
] as const;
