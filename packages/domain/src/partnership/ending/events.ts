import { defineEvent } from '../../events/defineEvent';
import { BusinessDateCodec } from '../dates';
import { ContractPartyCodec, IdCodec, nullable, TerminationGroundCodec, TextCodec } from '../codecs';
import { partnershipData } from '../events/shape';

/** The contract ran to the end of its term (as extended). */
export const ContractExpired = defineEvent(
  'ContractExpired',
  partnershipData({ contractId: IdCodec, expiredOn: BusinessDateCodec }),
);

/**
 * Notice to end a contract early: under the annual termination clause (effective on an anniversary
 * of the start, after the notice period) or for performance (after a review decided to terminate).
 */
export const TerminationNoticeGiven = defineEvent(
  'TerminationNoticeGiven',
  partnershipData({
    contractId: IdCodec,
    ground: TerminationGroundCodec,
    givenBy: ContractPartyCodec,
    noticeGivenOn: BusinessDateCodec,
    effectiveOn: BusinessDateCodec,
    reviewId: nullable(IdCodec),
    reason: TextCodec,
  }),
);

export const ContractTerminated = defineEvent(
  'ContractTerminated',
  partnershipData({
    contractId: IdCodec,
    ground: TerminationGroundCodec,
    terminatedOn: BusinessDateCodec,
  }),
);

export const endingEvents = [ContractExpired, TerminationNoticeGiven, ContractTerminated] as const;
