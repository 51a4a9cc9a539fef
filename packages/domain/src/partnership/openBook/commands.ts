import * as t from 'io-ts';
import { NonNegativePenceCodec } from '../../money';
import { commandCodec } from '../../decider/command';
import { IdCodec, TextCodec } from '../codecs';
import { BusinessDateCodec } from '../dates';
import { ExpenditureLineCodec, expenditureClaimProps } from './events';
import { commandData } from '../commands/shape';

export const ClaimExpenditure = commandCodec(
  'ClaimExpenditure',
  commandData(expenditureClaimProps, { lines: t.array(ExpenditureLineCodec) }),
);

export const VerifyExpenditure = commandCodec(
  'VerifyExpenditure',
  commandData(
    {
      contractId: IdCodec,
      claimId: IdCodec,
      verifiedOn: BusinessDateCodec,
      verifiedPence: NonNegativePenceCodec,
    },
    { notes: TextCodec },
  ),
);

export const RecordExternalFunding = commandCodec(
  'RecordExternalFunding',
  commandData(
    {
      fundingId: IdCodec,
      funder: TextCodec,
      programme: TextCodec,
      amountPence: NonNegativePenceCodec,
      securedOn: BusinessDateCodec,
      purpose: TextCodec,
    },
    { contractId: IdCodec },
  ),
);

export const openBookCommands = [ClaimExpenditure, VerifyExpenditure, RecordExternalFunding] as const;
