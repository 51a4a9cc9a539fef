import * as t from 'io-ts';
import { NonNegativePenceCodec } from '../../money';
import { commandCodec } from '../../decider/command';
import { IdCodec, MeasureCodec, TextCodec } from '../codecs';
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

export const correctionCommands = [CorrectPerformanceReturn, CorrectExpenditureClaim] as const;
