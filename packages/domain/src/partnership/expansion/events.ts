import * as t from 'io-ts';
import { defineEvent } from '../../events/defineEvent';
import { BusinessDateCodec } from '../dates';
import { NonNegativePenceCodec } from '../../money';
import { DeliveryModelCodec, IdCodec, nullable, RecordedByCodec, TextCodec } from '../codecs';
import { partnershipData } from '../events/shape';
import { classifiedChangeEvent } from '../modification/classifiedEvent';

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
 * modification of the agreement against the scope as procured and every earlier expansion.
 */
export const ModuleExpansionApproved = classifiedChangeEvent(
  'ModuleExpansionApproved',
  expansionApprovedV1,
  {},
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
