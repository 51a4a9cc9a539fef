import * as t from 'io-ts';
import { defineEvent } from '../../events/defineEvent';
import { BusinessDateCodec } from '../dates';
import { BasisPointsCodec, NonNegativePenceCodec } from '../../money';
import {
  DirectionCodec,
  IdCodec,
  MeasureCodec,
  nullable,
  RagCodec,
  RatingCodec,
  RecordedByCodec,
  ReportingFrequencyCodec,
  ReviewDecisionCodec,
  TextCodec,
} from '../codecs';
import { KpiDutyExceptionGroundCodec } from '../rules/kpiDutyExceptions';
import { partnershipData } from '../events/shape';

export const OutcomeCodec = t.type({ outcomeId: IdCodec, statement: TextCodec });

/** The outcomes the services are commissioned for (often in the words of children and families). */
export const OutcomesFrameworkAdopted = defineEvent(
  'OutcomesFrameworkAdopted',
  partnershipData({
    frameworkId: IdCodec,
    title: TextCodec,
    outcomes: t.array(OutcomeCodec),
    contractIds: t.array(IdCodec),
    adoptedOn: BusinessDateCodec,
  }),
);

/**
 * RAG tolerance as a shortfall against target, in basis points of the target: green while the
 * shortfall is at most `greenWithinBps`, amber up to `amberWithinBps`, red beyond.
 */
export const ToleranceCodec = t.type(
  { greenWithinBps: BasisPointsCodec, amberWithinBps: BasisPointsCodec },
  'Tolerance',
);
export type Tolerance = t.TypeOf<typeof ToleranceCodec>;

/** What a KPI measures and expects, the same whether it is set at signing or defined later. */
const kpiTerms = {
  name: TextCodec,
  unit: TextCodec,
  target: MeasureCodec,
  direction: DirectionCodec,
  tolerance: ToleranceCodec,
  frequency: ReportingFrequencyCodec,
};

/** A KPI set before the contract is entered into (PA 2023 s.52), given with the signing. */
export const KpiAtSigningCodec = t.intersection([
  t.type({ kpiId: IdCodec, ...kpiTerms }),
  t.partial({ outcomeId: IdCodec }),
]);
export type KpiAtSigning = t.TypeOf<typeof KpiAtSigningCodec>;

/** A KPI as defined: its contract, name and unit, target, which way is better, RAG bands, reporting. */
export const kpiProps = { contractId: IdCodec, kpiId: IdCodec, ...kpiTerms };

/** A KPI of one contract: its target (a whole number in its unit), which way is better, its RAG bands. */
export const KpiDefined = defineEvent(
  'KpiDefined',
  partnershipData({
    ...kpiProps,
    outcomeId: nullable(IdCodec),
    definedOn: BusinessDateCodec,
  }),
);

/**
 * The s.52 KPI duty does not apply to a contract it would otherwise reach, for a ground from the
 * closed list (`KPI_DUTY_EXCEPTIONS`), with the authority's reason in its own words: recorded when
 * the contract is signed, so an auditor sees why it has no KPIs.
 */
export const KpiDutyExceptionRecorded = defineEvent(
  'KpiDutyExceptionRecorded',
  partnershipData({
    contractId: IdCodec,
    ground: KpiDutyExceptionGroundCodec,
    provision: TextCodec,
    reason: TextCodec,
    recordedOn: BusinessDateCodec,
  }),
);

/** An incentive payment tied to a priority outcome or KPI. */
export const IncentiveAgreed = defineEvent(
  'IncentiveAgreed',
  partnershipData({
    contractId: IdCodec,
    incentiveId: IdCodec,
    kpiId: nullable(IdCodec),
    description: TextCodec,
    maximumPaymentPence: NonNegativePenceCodec,
    agreedOn: BusinessDateCodec,
  }),
);

export const MeasuredKpiCodec = t.type({ kpiId: IdCodec, actual: MeasureCodec, rag: RagCodec });

/** The partner's performance return for a period: each KPI's actual and the RAG it earns. */
export const PerformanceReturnSubmitted = defineEvent(
  'PerformanceReturnSubmitted',
  partnershipData({
    contractId: IdCodec,
    returnId: IdCodec,
    periodStart: BusinessDateCodec,
    periodEnd: BusinessDateCodec,
    submittedOn: BusinessDateCodec,
    submittedBy: RecordedByCodec,
    measures: t.array(MeasuredKpiCodec),
  }),
);

/** The council accepted the return (never the organisation that submitted it). */
export const PerformanceReturnApproved = defineEvent(
  'PerformanceReturnApproved',
  partnershipData({
    contractId: IdCodec,
    returnId: IdCodec,
    approvedOn: BusinessDateCodec,
    approvedBy: RecordedByCodec,
  }),
);

export const KpiAssessmentCodec = t.type({ kpiId: IdCodec, rating: RatingCodec, rag: RagCodec });

/** A review as held: of which contract, when, over which period, with its PA 2023 rating. */
export const reviewProps = {
  contractId: IdCodec,
  reviewId: IdCodec,
  reviewedOn: BusinessDateCodec,
  periodStart: BusinessDateCodec,
  periodEnd: BusinessDateCodec,
  rating: RatingCodec,
};

/**
 * A contract review: the PA 2023 rating, the council's RAG, and what happens next. A final
 * assessment is the one made at the end of the contract.
 */
export const PerformanceReviewed = defineEvent(
  'PerformanceReviewed',
  partnershipData({
    ...reviewProps,
    ratingExplanation: nullable(TextCodec),
    rag: RagCodec,
    decision: ReviewDecisionCodec,
    kpiAssessments: t.array(KpiAssessmentCodec),
    finalAssessment: t.boolean,
    confirmsEmbedded: t.boolean,
    nextAssessmentDueBy: nullable(BusinessDateCodec),
    reviewedBy: RecordedByCodec,
  }),
);

export const deliveryEvents = [
  OutcomesFrameworkAdopted,
  KpiDefined,
  KpiDutyExceptionRecorded,
  IncentiveAgreed,
  PerformanceReturnSubmitted,
  PerformanceReturnApproved,
  PerformanceReviewed,
] as const;
