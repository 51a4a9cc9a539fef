import * as t from 'io-ts';
import { EngagementEventStateCodec, IntegerCodec, nullableCodec, Text } from '../stateCodecs';

const Json = t.UnknownRecord;

/**
 * What the OCDS releases of one partnership are built from. Lists, not records keyed by id: ids come
 * from the log, and a list looked up by id cannot be confused by an id such as `__proto__`.
 */
export const OcdsSupplierCodec = t.type({ supplierId: Text, name: Text, details: nullableCodec(Json) });
export type OcdsSupplier = t.TypeOf<typeof OcdsSupplierCodec>;

export const OcdsProcurementCodec = t.type({
  procurementId: Text,
  processKey: Text,
  title: Text,
  procedure: Text,
  regime: Text,
  lightTouch: t.boolean,
  launchedOn: Text,
  estimatedTotalValuePence: IntegerCodec,
  maximumTermMonths: IntegerCodec,
  lots: t.array(t.type({ lotId: Text, title: Text, annualBudgetPence: IntegerCodec })),
  cancelledOn: nullableCodec(Text),
});
export type OcdsProcurement = t.TypeOf<typeof OcdsProcurementCodec>;

export const OcdsAwardCodec = t.type({
  awardId: Text,
  processKey: Text,
  procurementId: nullableCodec(Text),
  lotId: nullableCodec(Text),
  title: Text,
  supplierId: Text,
  decidedOn: Text,
  valuePence: IntegerCodec,
  standstill: nullableCodec(t.type({ startOn: Text, lastDay: Text })),
  published: t.boolean,
});
export type OcdsAward = t.TypeOf<typeof OcdsAwardCodec>;

export const OcdsContractCodec = t.type({
  contractId: Text,
  processKey: Text,
  awardId: Text,
  title: Text,
  services: t.array(Text),
  supplierId: Text,
  signedOn: Text,
  startsOn: Text,
  endsOn: Text,
  maximumTermMonths: IntegerCodec,
  initialTermMonths: IntegerCodec,
  extensionMonths: IntegerCodec,
  /** The annual value and the initial term's value as signed (or as a correction of the dates priced it). */
  annualValuePence: IntegerCodec,
  initialTermValuePence: IntegerCodec,
  /** The initial term's value with every agreed change: the contract's `value`. */
  valuePence: IntegerCodec,
  lightTouch: t.boolean,
  status: t.keyof({ active: null, terminated: null }),
});
export type OcdsContract = t.TypeOf<typeof OcdsContractCodec>;

/** What a notice is about: the procurement, contract, modification or engagement event it names. */
const noticeAbout = {
  procurementId: nullableCodec(Text),
  contractId: nullableCodec(Text),
  modificationId: nullableCodec(Text),
  engagementEventId: nullableCodec(Text),
};

export const OcdsNoticeCodec = t.type({
  noticeType: Text,
  reference: Text,
  publishedOn: Text,
  platform: nullableCodec(Text),
  ...noticeAbout,
});
export type OcdsNotice = t.TypeOf<typeof OcdsNoticeCodec>;

/** The notice a release stands for, and what it is about, to find the reference it was published under. */
export const NoticeSubjectCodec = t.type({ noticeType: Text, ...noticeAbout });
export type NoticeSubject = t.TypeOf<typeof NoticeSubjectCodec>;

/**
 * One release as the fact made it, without the ocid prefix (configuration, added when read). `sections`
 * holds the OCDS sections (planning, tender, awards, contracts, parties, buyer) as they stood then.
 */
export const ReleaseDraftCodec = t.type({
  processKey: Text,
  localId: Text,
  position: IntegerCodec,
  date: Text,
  tag: t.array(Text),
  notice: NoticeSubjectCodec,
  /** Where the notice's document goes: planning, tender, an award, a contract or its implementation. */
  documentAt: t.type({ section: Text, id: nullableCodec(Text) }),
  sections: Json,
  /** Facts the release should carry but the log does not hold, named for whoever publishes it. */
  missing: t.array(Text),
});
export type ReleaseDraft = t.TypeOf<typeof ReleaseDraftCodec>;

export const OcdsPartnershipCodec = t.type({
  partnershipId: Text,
  title: Text,
  description: nullableCodec(Text),
  buyer: nullableCodec(t.type({ id: Text, name: Text })),
  commissioners: t.array(t.type({ id: Text, name: Text })),
  engagements: t.array(EngagementEventStateCodec),
  procurements: t.array(OcdsProcurementCodec),
  awards: t.array(OcdsAwardCodec),
  contracts: t.array(OcdsContractCodec),
  suppliers: t.array(OcdsSupplierCodec),
  kpis: t.array(t.type({ kpiId: Text, contractId: Text, name: Text, unit: Text, target: IntegerCodec })),
  notices: t.array(OcdsNoticeCodec),
  releases: t.array(ReleaseDraftCodec),
});
export type OcdsPartnership = t.TypeOf<typeof OcdsPartnershipCodec>;

export const OcdsStateCodec = t.type({ partnerships: t.record(t.string, OcdsPartnershipCodec) });
export type OcdsState = t.TypeOf<typeof OcdsStateCodec>;
