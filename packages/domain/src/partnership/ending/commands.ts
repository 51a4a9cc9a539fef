import { commandCodec } from '../../decider/command';
import { ContractPartyCodec, IdCodec, TerminationGroundCodec, TextCodec } from '../codecs';
import { BusinessDateCodec } from '../dates';
import { commandData } from '../commands/shape';

export const RecordContractExpiry = commandCodec(
  'RecordContractExpiry',
  commandData({ contractId: IdCodec, expiredOn: BusinessDateCodec }),
);

export const GiveTerminationNotice = commandCodec(
  'GiveTerminationNotice',
  commandData(
    {
      contractId: IdCodec,
      ground: TerminationGroundCodec,
      givenBy: ContractPartyCodec,
      noticeGivenOn: BusinessDateCodec,
      effectiveOn: BusinessDateCodec,
      reason: TextCodec,
    },
    { reviewId: IdCodec },
  ),
);

export const RecordTermination = commandCodec(
  'RecordTermination',
  commandData({ contractId: IdCodec, terminatedOn: BusinessDateCodec }),
);

export const endingCommands = [RecordContractExpiry, GiveTerminationNotice, RecordTermination] as const;
