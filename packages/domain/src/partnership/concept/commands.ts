import * as t from 'io-ts';
import { NonNegativePenceCodec } from '../../money';
import { commandCodec } from '../../decider/command';
import {
  CommissionerKindCodec,
  CommissioningStageCodec,
  CountCodec,
  FundingKindCodec,
  IdCodec,
  TextCodec,
} from '../codecs';
import { BusinessDateCodec } from '../dates';
import { commandData } from '../commands/shape';

export const ConceivePartnership = commandCodec(
  'ConceivePartnership',
  commandData(
    {
      title: TextCodec,
      serviceArea: TextCodec,
      leadCommissioner: t.type({ commissionerId: IdCodec, name: TextCodec }),
      conceivedOn: BusinessDateCodec,
    },
    {
      description: TextCodec,
      estimatedAnnualValuePence: NonNegativePenceCodec,
      intendedMinimumTermMonths: CountCodec,
    },
  ),
);

export const AddCommissioner = commandCodec(
  'AddCommissioner',
  commandData({
    commissionerId: IdCodec,
    name: TextCodec,
    kind: CommissionerKindCodec,
    joinedOn: BusinessDateCodec,
  }),
);

export const RecordFundingSource = commandCodec(
  'RecordFundingSource',
  commandData(
    {
      fundingSourceId: IdCodec,
      name: TextCodec,
      kind: FundingKindCodec,
      contributorIds: t.array(IdCodec),
      recordedOn: BusinessDateCodec,
    },
    { annualAmountPence: NonNegativePenceCodec },
  ),
);

export const RecordCommissioningActivity = commandCodec(
  'RecordCommissioningActivity',
  commandData({
    activityId: IdCodec,
    stage: CommissioningStageCodec,
    activity: TextCodec,
    completedOn: BusinessDateCodec,
  }),
);

export const conceptCommands = [
  ConceivePartnership,
  AddCommissioner,
  RecordFundingSource,
  RecordCommissioningActivity,
] as const;
