import * as t from 'io-ts';
import { NonNegativePenceCodec, PenceCodec } from '../../money';
import { commandCodec } from '../../decider/command';
import {
  DeliveryModelCodec,
  IdCodec,
  MeasureCodec,
  ModificationKindCodec,
  PositiveCountCodec,
  TextCodec,
} from '../codecs';
import { BusinessDateCodec } from '../dates';
import { ModificationGroundCodec } from '../rules/modificationGrounds';
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
