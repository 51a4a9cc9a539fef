import * as t from 'io-ts';
import { NonNegativePenceCodec } from '../../money';
import { commandCodec } from '../../decider/command';
import { IdCodec, MeasureCodec, RagCodec, ReviewDecisionCodec, TextCodec } from '../codecs';
import { BusinessDateCodec } from '../dates';
import { KpiAssessmentCodec, kpiProps, OutcomeCodec, reviewProps } from './events';
import { commandData } from '../commands/shape';

export const AdoptOutcomesFramework = commandCodec(
  'AdoptOutcomesFramework',
  commandData({
    frameworkId: IdCodec,
    title: TextCodec,
    outcomes: t.array(OutcomeCodec),
    contractIds: t.array(IdCodec),
    adoptedOn: BusinessDateCodec,
  }),
);

export const DefineKpi = commandCodec(
  'DefineKpi',
  commandData({ ...kpiProps, definedOn: BusinessDateCodec }, { outcomeId: IdCodec }),
);

export const AgreeIncentive = commandCodec(
  'AgreeIncentive',
  commandData(
    {
      contractId: IdCodec,
      incentiveId: IdCodec,
      description: TextCodec,
      maximumPaymentPence: NonNegativePenceCodec,
      agreedOn: BusinessDateCodec,
    },
    { kpiId: IdCodec },
  ),
);

/** The RAG of each measure is worked out from the KPI's target and tolerance, not taken from the partner. */
export const SubmitPerformanceReturn = commandCodec(
  'SubmitPerformanceReturn',
  commandData({
    contractId: IdCodec,
    returnId: IdCodec,
    periodStart: BusinessDateCodec,
    periodEnd: BusinessDateCodec,
    submittedOn: BusinessDateCodec,
    measures: t.array(t.type({ kpiId: IdCodec, actual: MeasureCodec })),
  }),
);

export const ApprovePerformanceReturn = commandCodec(
  'ApprovePerformanceReturn',
  commandData({ contractId: IdCodec, returnId: IdCodec, approvedOn: BusinessDateCodec }),
);

export const RecordPerformanceReview = commandCodec(
  'RecordPerformanceReview',
  commandData(
    { ...reviewProps, rag: RagCodec, decision: ReviewDecisionCodec },
    {
      ratingExplanation: TextCodec,
      kpiAssessments: t.array(KpiAssessmentCodec),
      finalAssessment: t.boolean,
      confirmsEmbedded: t.boolean,
    },
  ),
);

export const deliveryCommands = [
  AdoptOutcomesFramework,
  DefineKpi,
  AgreeIncentive,
  SubmitPerformanceReturn,
  ApprovePerformanceReturn,
  RecordPerformanceReview,
] as const;
