import * as t from 'io-ts';
import { NoticeMethodCodec, StandstillExemptionCodec } from '../../calendar';
import { defineEvent, olderVersion } from '../../events/defineEvent';
import { BusinessDateCodec } from '../dates';
import { IdCodec, nullable, RegimeCodec, TextCodec } from '../codecs';
import { partnershipData } from '../events/shape';

const standstillV1 = {
  procurementId: IdCodec,
  lotIds: t.array(IdCodec),
  regime: RegimeCodec,
  noticeDate: BusinessDateCodec,
  mandatory: t.boolean,
  voluntary: t.boolean,
  lastDay: BusinessDateCodec,
  earliestSigningDate: BusinessDateCodec,
  rule: TextCodec,
};

const StandstillNoticeIssuedV1 = partnershipData(standstillV1);

/** The bank holidays a standstill was worked out with: `built-in`, or with a council's supplied list. */
export const CalendarReferenceCodec = t.type({ source: TextCodec, version: TextCodec }, 'CalendarReference');

/**
 * Award notices sent (PCR 2006 / 2015) or the contract award notice published (PA 2023): the
 * standstill starts. `lastDay` is its final day; nothing may be signed before `earliestSigningDate`.
 * `mandatory` is false for light-touch contracts and recorded exemptions, where a standstill is
 * `voluntary`. Version 2 records how notices were sent, the exemption relied on and the calendar
 * that decided the dates; version 1 events read with those as null (not recorded).
 */
export const StandstillNoticeIssued = defineEvent(
  'StandstillNoticeIssued',
  partnershipData({
    ...standstillV1,
    noticeMethod: nullable(NoticeMethodCodec),
    lastReceivedOn: nullable(BusinessDateCodec),
    exemption: nullable(StandstillExemptionCodec),
    calendar: nullable(CalendarReferenceCodec),
  }),
  {
    schemaVersion: 2,
    olderVersions: {
      1: olderVersion(StandstillNoticeIssuedV1, (v1) => ({
        ...v1,
        noticeMethod: null,
        lastReceivedOn: null,
        exemption: null,
        calendar: null,
      })),
    },
  },
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
