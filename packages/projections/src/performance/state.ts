import { idRecordCodec } from '@council-partnerships/domain';
import * as t from 'io-ts';
import { PerPartnershipState } from '../partnershipEvents';
import {
  EndedCodec,
  IntegerCodec,
  IsoDate,
  nullableCodec,
  partnershipStateCodec,
  Text,
  TierCodec,
} from '../stateCodecs';

const Rag = t.union([t.literal('green'), t.literal('amber'), t.literal('red')]);
const Rating = t.union([
  t.literal('good'),
  t.literal('approaching-target'),
  t.literal('requires-improvement'),
  t.literal('inadequate'),
  t.literal('other'),
]);

export const KpiStateCodec = t.type({
  kpiId: Text,
  name: Text,
  unit: Text,
  target: IntegerCodec,
  direction: t.union([t.literal('higher-is-better'), t.literal('lower-is-better')]),
  greenWithinBps: IntegerCodec,
  amberWithinBps: IntegerCodec,
  frequency: Text,
  definedOn: IsoDate,
});
export type KpiDefinition = t.TypeOf<typeof KpiStateCodec>;

export const ReturnStateCodec = t.type({
  returnId: Text,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  submittedOn: IsoDate,
  submittedBy: Text,
  measures: t.array(t.type({ kpiId: Text, actual: IntegerCodec, rag: Rag })),
  approvedOn: nullableCodec(IsoDate),
  /** Corrections of the figures, oldest first: the measures above are as last corrected. */
  corrections: t.array(t.type({ correctionId: Text, correctedOn: IsoDate, correctedBy: Text, reason: Text })),
});
export type PerformanceReturn = t.TypeOf<typeof ReturnStateCodec>;

export const ReviewStateCodec = t.type({
  reviewId: Text,
  reviewedOn: IsoDate,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  rating: Rating,
  ratingExplanation: nullableCodec(Text),
  rag: Rag,
  decision: t.union([t.literal('continue'), t.literal('improvement-plan'), t.literal('terminate')]),
  kpiAssessments: t.array(t.type({ kpiId: Text, rating: Rating, rag: Rag })),
  finalAssessment: t.boolean,
  confirmsEmbedded: t.boolean,
  nextAssessmentDueBy: nullableCodec(IsoDate),
  reviewedBy: Text,
});
export type PerformanceReview = t.TypeOf<typeof ReviewStateCodec>;

export const ContractPerformanceStateCodec = t.type({
  contractId: Text,
  tier: TierCodec,
  title: Text,
  supplierName: Text,
  agreementId: nullableCodec(Text),
  expansionId: nullableCodec(Text),
  kpisRequired: t.boolean,
  startsOn: IsoDate,
  endsOn: IsoDate,
  liveOn: nullableCodec(IsoDate),
  embeddedOn: nullableCodec(IsoDate),
  nextKpiAssessmentDueBy: nullableCodec(IsoDate),
  terminationNoticeEffectiveOn: nullableCodec(IsoDate),
  ended: EndedCodec,
  kpis: t.array(KpiStateCodec),
  /** The latest returns by period, oldest first, as many as the projection keeps. */
  returns: t.array(ReturnStateCodec),
  /**
   * For each KPI, its latest measure in a return no longer kept: what the earliest kept scorecard
   * compares with, so trimming history does not change a trend.
   */
  earlierActuals: idRecordCodec(t.type({ periodStart: IsoDate, periodEnd: IsoDate, actual: IntegerCodec })),
  /** True once a return has been left out for being older than the returns kept. */
  earlierReturnsNotKept: t.boolean,
  reviews: t.array(ReviewStateCodec),
});
export type ContractPerformanceState = t.TypeOf<typeof ContractPerformanceStateCodec>;

export const PartnershipPerformanceStateCodec = partnershipStateCodec({
  agreementId: nullableCodec(Text),
  contracts: idRecordCodec(ContractPerformanceStateCodec),
  expansions: t.array(
    t.type({ expansionId: Text, title: Text, status: Text, decidedOn: nullableCodec(IsoDate) }),
  ),
});
export type PartnershipPerformanceState = t.TypeOf<typeof PartnershipPerformanceStateCodec>;

export type PerformanceProjectionState = PerPartnershipState<PartnershipPerformanceState>;
