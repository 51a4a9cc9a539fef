import { commandCodec } from '../../decider/command';
import { IdCodec, PositiveCountCodec } from '../codecs';
import { BusinessDateCodec } from '../dates';
import { commandData } from '../commands/shape';

export const ExerciseExtensionOption = commandCodec(
  'ExerciseExtensionOption',
  commandData(
    { contractId: IdCodec, exercisedOn: BusinessDateCodec },
    // The option the council means to exercise; options are taken in order, so only the next will do.
    { governanceDecisionId: IdCodec, optionNumber: PositiveCountCodec },
  ),
);

export const extensionCommands = [ExerciseExtensionOption] as const;
