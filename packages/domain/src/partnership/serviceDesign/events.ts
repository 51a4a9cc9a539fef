import { defineEvent } from '../../events/defineEvent';
import { IdCodec, nullable, TextCodec } from '../codecs';
import { BusinessDateCodec } from '../dates';
import { partnershipData } from '../events/shape';

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

export const serviceDesignEvents = [DesignBriefIssued, ServiceDesignAgreed] as const;
