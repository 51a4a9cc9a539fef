import * as t from 'io-ts';
import { NonNegativePenceCodec } from '../../money';
import { commandCodec } from '../../decider/command';
import { DeliveryModelCodec, IdCodec, TextCodec } from '../codecs';
import { BusinessDateCodec } from '../dates';
import { ModificationGroundCodec } from '../rules/modificationGrounds';
import { commandData } from '../commands/shape';

export const ProposeModuleExpansion = commandCodec(
  'ProposeModuleExpansion',
  commandData({
    expansionId: IdCodec,
    agreementId: IdCodec,
    title: TextCodec,
    services: t.array(TextCodec),
    deliveryModel: DeliveryModelCodec,
    annualValuePence: NonNegativePenceCodec,
    proposedOn: BusinessDateCodec,
  }),
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
