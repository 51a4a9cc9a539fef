import { commandCodec } from '../../decider/command';
import { IdCodec } from '../codecs';
import { commandData } from '../commands/shape';
import { awardProps, evaluationProps } from './events';

export const RecordEvaluation = commandCodec('RecordEvaluation', commandData(evaluationProps));

export const MakeAwardDecision = commandCodec(
  'MakeAwardDecision',
  commandData(awardProps, { governanceDecisionId: IdCodec }),
);

export const evaluationAndAwardCommands = [RecordEvaluation, MakeAwardDecision] as const;
