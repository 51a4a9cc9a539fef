import * as t from 'io-ts';
import { defineEvent } from '../../events/defineEvent';
import { BusinessDateCodec } from '../dates';
import { IdCodec, nullable, TextCodec } from '../codecs';
import { partnershipData } from '../events/shape';
import { literals } from '../../shared/literals';

/**
 * The notices of the Procurement Act 2023 (Procurement Regulations 2024, Part 2), as the central
 * digital platform numbers them, and the PCR 2015 contract notice and award notice for procurements
 * begun before 24 February 2025.
 */
export const NOTICE_TYPES = [
  'UK1', // pipeline notice (s.93)
  'UK2', // preliminary market engagement notice (s.17)
  'UK3', // planned procurement notice (s.18)
  'UK4', // tender notice (s.21)
  'UK5', // transparency notice (s.44)
  'UK6', // contract award notice (s.50)
  'UK7', // contract details notice (s.53)
  'UK8', // payments compliance notice (s.69)
  'UK9', // contract performance notice (s.71)
  'UK10', // contract change notice (s.75)
  'UK11', // contract termination notice (s.80)
  'UK12', // procurement termination notice (s.55)
  'PCR-contract-notice', // PCR 2015 reg 49
  'PCR-award-notice', // PCR 2015 reg 50
] as const;
export const NoticeTypeCodec = literals(NOTICE_TYPES, 'NoticeType');
export type NoticeType = t.TypeOf<typeof NoticeTypeCodec>;

/**
 * A notice published (on Find a Tender, Contracts Finder or a council portal), with the reference the
 * platform gave it, and what it is about: a procurement, a contract, a modification, an engagement.
 */
export const NoticePublished = defineEvent(
  'NoticePublished',
  partnershipData({
    noticeId: IdCodec,
    noticeType: NoticeTypeCodec,
    reference: TextCodec,
    publishedOn: BusinessDateCodec,
    platform: nullable(TextCodec),
    procurementId: nullable(IdCodec),
    contractId: nullable(IdCodec),
    modificationId: nullable(IdCodec),
    engagementEventId: nullable(IdCodec),
  }),
);

export const noticeEvents = [NoticePublished] as const;
