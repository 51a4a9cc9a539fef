import * as t from 'io-ts';
import { commandCodec } from '../../decider/command';
import { IdCodec, PositiveCountCodec } from '../codecs';
import { BusinessDateCodec } from '../dates';
import { commandData } from '../commands/shape';
import { ShareApprovalCodec } from '../policy/shareApprovalCodec';

export const ExerciseExtensionOption = commandCodec(
  'ExerciseExtensionOption',
  commandData(
    { contractId: IdCodec, exercisedOn: BusinessDateCodec },
    // The option the council means to exercise; options are taken in order, so only the next will do.
    {
      governanceDecisionId: IdCodec,
      optionNumber: PositiveCountCodec,
      /** Each commissioner's own decision for its share of the option's value, where its own scheme needs one. */
      shareApprovals: t.array(ShareApprovalCodec),
    },
  ),
);

export const extensionCommands = [ExerciseExtensionOption] as const;
