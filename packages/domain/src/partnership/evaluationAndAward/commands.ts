import { NonNegativePenceCodec } from '../../money';
import { commandCodec } from '../../decider/command';
import { IdCodec, PositiveCountCodec, TextCodec } from '../codecs';
import { BusinessDateCodec } from '../dates';
import { commandData } from '../commands/shape';
import { EvaluationResultCodec } from './events';
import * as t from 'io-ts';

export const RecordEvaluation = commandCodec(
  'RecordEvaluation',
  commandData({
    procurementId: IdCodec,
    lotId: IdCodec,
    evaluatedOn: BusinessDateCodec,
    maximumScore: PositiveCountCodec,
    results: t.array(EvaluationResultCodec),
  }),
);

export const MakeAwardDecision = commandCodec(
  'MakeAwardDecision',
  commandData(
    {
      procurementId: IdCodec,
      lotId: IdCodec,
      supplierId: IdCodec,
      supplierName: TextCodec,
      decidedOn: BusinessDateCodec,
      annualValuePence: NonNegativePenceCodec,
      totalValuePence: NonNegativePenceCodec,
    },
    { governanceDecisionId: IdCodec },
  ),
);

export const evaluationAndAwardCommands = [RecordEvaluation, MakeAwardDecision] as const;
