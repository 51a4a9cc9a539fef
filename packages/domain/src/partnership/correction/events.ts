import * as t from 'io-ts';
import { defineEvent } from '../../events/defineEvent';
import { BusinessDateCodec } from '../dates';
import { NonNegativePenceCodec } from '../../money';
import {
  DirectionCodec,
  IdCodec,
  MeasureCodec,
  RecordedByCodec,
  ReportingFrequencyCodec,
  TextCodec,
} from '../codecs';
import { MeasuredKpiCodec, ToleranceCodec } from '../delivery/events';
import { ExpenditureLineCodec } from '../openBook/events';
import { partnershipData } from '../events/shape';

/**
 * What every correction records: its own id, the day it was made, why, and who made it. A correction
 * is a fact of its own beside the one it corrects, which stays in the history as it was recorded.
 */
const correctionProps = {
  correctionId: IdCodec,
  correctedOn: BusinessDateCodec,
  reason: TextCodec,
  correctedBy: RecordedByCodec,
};

/**
 * A performance return's figures corrected (e.g. 78% entered for 83%): the measures as first
 * recorded or last corrected, and as they now stand, each RAG worked out again. An approval given
 * before the correction no longer stands (`approvalWithdrawn`): the corrected return is approved anew.
 */
export const PerformanceReturnCorrected = defineEvent(
  'PerformanceReturnCorrected',
  partnershipData({
    contractId: IdCodec,
    returnId: IdCodec,
    ...correctionProps,
    previousMeasures: t.array(MeasuredKpiCodec),
    measures: t.array(MeasuredKpiCodec),
    approvalWithdrawn: t.boolean,
  }),
);

/** An expenditure claim awaiting verification corrected: the amount and lines before and after. */
export const ExpenditureClaimCorrected = defineEvent(
  'ExpenditureClaimCorrected',
  partnershipData({
    contractId: IdCodec,
    claimId: IdCodec,
    ...correctionProps,
    previousClaimedPence: NonNegativePenceCodec,
    claimedPence: NonNegativePenceCodec,
    lines: t.array(ExpenditureLineCodec),
  }),
);

/**
 * A KPI's definition: the terms it is rated by (target, which way is better, RAG bands) and what it
 * measures and how often (name, unit, reporting frequency). The last three are optional so that a
 * correction stored before they could be corrected reads as it was stored: it named none of them.
 */
export const KpiDefinitionTermsCodec = t.intersection(
  [
    t.type({ target: MeasureCodec, direction: DirectionCodec, tolerance: ToleranceCodec }),
    t.partial({ name: TextCodec, unit: TextCodec, frequency: ReportingFrequencyCodec }),
  ],
  'KpiDefinitionTerms',
);
export type KpiDefinitionTerms = t.TypeOf<typeof KpiDefinitionTermsCodec>;

/**
 * A KPI's definition corrected (e.g. a target of 80% entered as 8%, or a KPI named for the wrong
 * measure): its definition as recorded (or last corrected) and as it now stands. Returns filed
 * before keep the RAG they were given; a correction of a return rates it again against the KPI as
 * it then stands.
 */
export const KpiDefinitionCorrected = defineEvent(
  'KpiDefinitionCorrected',
  partnershipData({
    contractId: IdCodec,
    kpiId: IdCodec,
    ...correctionProps,
    previous: KpiDefinitionTermsCodec,
    corrected: KpiDefinitionTermsCodec,
  }),
);

/** A contract's start and current end dates, as recorded (or last corrected) and as they now stand. */
export const ContractDatesCorrected = defineEvent(
  'ContractDatesCorrected',
  partnershipData({
    contractId: IdCodec,
    ...correctionProps,
    previousStartsOn: BusinessDateCodec,
    previousEndsOn: BusinessDateCodec,
    startsOn: BusinessDateCodec,
    endsOn: BusinessDateCodec,
  }),
);

export const correctionEvents = [
  PerformanceReturnCorrected,
  ExpenditureClaimCorrected,
  KpiDefinitionCorrected,
  ContractDatesCorrected,
] as const;

/** The events that correct an earlier fact: the audit timeline shows them as corrections. */
export const CORRECTION_EVENT_TYPES: readonly string[] = correctionEvents.map((d) => d.type);
