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

/** `termChangeMonths` and `valueChangePence` are changes (negative to shorten or reduce). */
export const ModifyContract = commandCodec(
  'ModifyContract',
  commandData(
    {
      contractId: IdCodec,
      modificationId: IdCodec,
      kind: ModificationKindCodec,
      description: TextCodec,
      agreedOn: BusinessDateCodec,
      termChangeMonths: MeasureCodec,
      valueChangePence: PenceCodec,
    },
    {
      newAnnualValuePence: NonNegativePenceCodec,
      permittedGround: ModificationGroundCodec,
      economicBalanceToSupplier: t.boolean,
      // PCR 2015 reg 72(8)(c) has no figure: whether the scope is extended considerably is judged.
      considerableScopeExtension: t.boolean,
      governanceDecisionId: IdCodec,
    },
  ),
);

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

export const changeCommands = [
  ExerciseExtensionOption,
  ModifyContract,
  ProposeModuleExpansion,
  ApproveModuleExpansion,
  RejectModuleExpansion,
] as const;
