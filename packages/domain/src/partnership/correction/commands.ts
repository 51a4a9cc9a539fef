import * as t from 'io-ts';
import { NonNegativePenceCodec } from '../../money';
import { commandCodec } from '../../decider/command';
import { DirectionCodec, IdCodec, MeasureCodec, ReportingFrequencyCodec, TextCodec } from '../codecs';
import { ToleranceCodec } from '../delivery/events';
import { BusinessDateCodec } from '../dates';
import { ExpenditureLineCodec } from '../openBook/events';
import { commandData } from '../commands/shape';

const correction = { correctionId: IdCodec, correctedOn: BusinessDateCodec, reason: TextCodec };

/** Corrects a performance return's figures; the measures given replace those of the same KPIs. */
export const CorrectPerformanceReturn = commandCodec(
  'CorrectPerformanceReturn',
  commandData({
    contractId: IdCodec,
    returnId: IdCodec,
    ...correction,
    measures: t.array(t.type({ kpiId: IdCodec, actual: MeasureCodec })),
  }),
);

/** Corrects a claim awaiting verification: the amount claimed and, if given, its lines. */
export const CorrectExpenditureClaim = commandCodec(
  'CorrectExpenditureClaim',
  commandData(
    { contractId: IdCodec, claimId: IdCodec, ...correction, claimedPence: NonNegativePenceCodec },
    { lines: t.array(ExpenditureLineCodec) },
  ),
);

/**
 * Corrects a KPI's definition entered wrongly: the terms it is rated by (target, which way is better,
 * RAG bands) and what it measures (name, unit, reporting frequency), each given replacing the one
 * recorded.
 */
export const CorrectKpiDefinition = commandCodec(
  'CorrectKpiDefinition',
  commandData(
    { contractId: IdCodec, kpiId: IdCodec, ...correction },
    {
      target: MeasureCodec,
      direction: DirectionCodec,
      tolerance: ToleranceCodec,
      name: TextCodec,
      unit: TextCodec,
      frequency: ReportingFrequencyCodec,
    },
  ),
);

/**
 * Corrects a contract's dates entered wrongly: its start (the end moves with it by the same whole
 * months) and, where the end was wrong too or the months are not whole, its current end date.
 */
export const CorrectContractDates = commandCodec(
  'CorrectContractDates',
  commandData(
    { contractId: IdCodec, ...correction },
    { startsOn: BusinessDateCodec, endsOn: BusinessDateCodec },
  ),
);

export const correctionCommands = [
  CorrectPerformanceReturn,
  CorrectExpenditureClaim,
  CorrectKpiDefinition,
  CorrectContractDates,
] as const;
