import { commandCodec } from '../../decider/command';
import { IdCodec, TextCodec } from '../codecs';
import { BusinessDateCodec } from '../dates';
import { ModificationGroundCodec } from '../rules/modificationGrounds';
import { commandData } from '../commands/shape';
import { moduleProposalProps } from './events';

export const ProposeModuleExpansion = commandCodec(
  'ProposeModuleExpansion',
  commandData(moduleProposalProps),
);

export const ApproveModuleExpansion = commandCodec(
  'ApproveModuleExpansion',
  commandData(
    { expansionId: IdCodec, approvedOn: BusinessDateCodec },
    { governanceDecisionId: IdCodec, permittedGround: ModificationGroundCodec },
  ),
);

export const RejectModuleExpansion = commandCodec(
  'RejectModuleExpansion',
  commandData({ expansionId: IdCodec, rejectedOn: BusinessDateCodec, reason: TextCodec }),
);

export const expansionCommands = [
  ProposeModuleExpansion,
  ApproveModuleExpansion,
  RejectModuleExpansion,
] as const;
