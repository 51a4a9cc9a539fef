import * as t from 'io-ts';
import { defineEvent } from '../../events/defineEvent';
import { BusinessDateCodec } from '../dates';
import { NonNegativePenceCodec } from '../../money';
import { AgreementKindCodec, CountCodec, DeliveryModelCodec, IdCodec, nullable, TextCodec } from '../codecs';
import { contractTermsProps } from './contractTerms';
import { partnershipData } from './shape';

/**
 * Tier 1: the overarching partnership (or collaboration) agreement is signed. Its annual value may be
 * nil (a collaboration agreement costs nothing); `potentialAnnualValuePence` is the scope advertised
 * for later modules (e.g. up to £2.8m a year), the headroom an expansion may use.
 */
export const PartnershipAgreementSigned = defineEvent(
  'PartnershipAgreementSigned',
  partnershipData({
    agreementId: IdCodec,
    tier: t.literal(1),
    kind: AgreementKindCodec,
    title: TextCodec,
    partnerId: IdCodec,
    partnerName: TextCodec,
    procurementId: nullable(IdCodec),
    lotId: nullable(IdCodec),
    minimumTermMonths: nullable(CountCodec),
    potentialAnnualValuePence: nullable(NonNegativePenceCodec),
    ...contractTermsProps,
  }),
);

/**
 * Tier 2: a service contract (a module) is signed, under the partnership agreement or on its own
 * from a lot's award, or from an approved module expansion.
 */
export const ServiceContractSigned = defineEvent(
  'ServiceContractSigned',
  partnershipData({
    contractId: IdCodec,
    tier: t.literal(2),
    title: TextCodec,
    agreementId: nullable(IdCodec),
    procurementId: nullable(IdCodec),
    lotId: nullable(IdCodec),
    expansionId: nullable(IdCodec),
    services: t.array(TextCodec),
    localities: t.array(TextCodec),
    supplierId: IdCodec,
    supplierName: TextCodec,
    deliveryModel: DeliveryModelCodec,
    thirdPartyProviderName: nullable(TextCodec),
    kpisRequired: t.boolean,
    ...contractTermsProps,
  }),
);

/** Two-tier partnerships: a design brief issued to the joint design team under the agreement. */
export const DesignBriefIssued = defineEvent(
  'DesignBriefIssued',
  partnershipData({
    agreementId: IdCodec,
    briefId: IdCodec,
    title: TextCodec,
    issuedOn: BusinessDateCodec,
  }),
);

/** The service design produced for a brief agreed (e.g. by the partnership board). */
export const ServiceDesignAgreed = defineEvent(
  'ServiceDesignAgreed',
  partnershipData({
    briefId: IdCodec,
    agreedOn: BusinessDateCodec,
    agreedBy: TextCodec,
    meetingId: nullable(IdCodec),
  }),
);

export const awardEvents = [
  PartnershipAgreementSigned,
  ServiceContractSigned,
  DesignBriefIssued,
  ServiceDesignAgreed,
] as const;
