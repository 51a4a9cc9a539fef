import * as t from 'io-ts';
import { defineEvent } from '../../events/defineEvent';
import { BusinessDateCodec } from '../dates';
import { IdCodec, RegimeCodec, TextCodec } from '../codecs';
import { partnershipData } from './shape';

/**
 * Award notices sent (PCR 2015) or the contract award notice published (PA 2023): the standstill
 * starts. `lastDay` is its final day; nothing may be signed before `earliestSigningDate`.
 * `mandatory` is false for light-touch contracts, where a standstill is `voluntary`.
 */
export const StandstillNoticeIssued = defineEvent(
  'StandstillNoticeIssued',
  partnershipData({
    procurementId: IdCodec,
    lotIds: t.array(IdCodec),
    regime: RegimeCodec,
    noticeDate: BusinessDateCodec,
    mandatory: t.boolean,
    voluntary: t.boolean,
    lastDay: BusinessDateCodec,
    earliestSigningDate: BusinessDateCodec,
    rule: TextCodec,
  }),
);

/**
 * The standstill ran its course without a challenge that suspends the award. It ends every
 * standstill running on the procurement (one notice usually covers all its awarded lots).
 */
export const StandstillEnded = defineEvent(
  'StandstillEnded',
  partnershipData({
    procurementId: IdCodec,
    endedOn: BusinessDateCodec,
  }),
);

export const standstillEvents = [StandstillNoticeIssued, StandstillEnded] as const;
