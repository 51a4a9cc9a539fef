import * as t from 'io-ts';
import { NonNegativePenceCodec } from '../../money';
import { commandCodec } from '../../decider/command';
import { AuthorityCodec, ContractKindCodec, IdCodec, PositiveCountCodec, TextCodec } from '../codecs';
import { BusinessDateCodec } from '../dates';
import {
  cancellationProps,
  dialogueRoundProps,
  finalTendersInvitationProps,
  launchProps,
  LotCodec,
  shortlistProps,
  tenderProps,
} from './events';
import { commandData } from '../commands/shape';

export const LaunchProcurement = commandCodec(
  'LaunchProcurement',
  commandData(
    {
      ...launchProps,
      estimatedAnnualValuePence: NonNegativePenceCodec,
      maximumTermMonths: PositiveCountCodec,
      estimatedTotalValuePence: NonNegativePenceCodec,
      lots: t.array(LotCodec),
    },
    {
      advertisedOn: BusinessDateCodec,
      portal: TextCodec,
      noticeReference: TextCodec,
      governanceDecisionId: IdCodec,
      // What the thresholds are read for: a council (sub-central) buying services unless said otherwise.
      authority: AuthorityCodec,
      contractKind: ContractKindCodec,
      // The estimated values include VAT (the basis of the thresholds since 1 January 2022) unless false.
      valuesIncludeVat: t.boolean,
    },
  ),
);

export const ShortlistBidders = commandCodec('ShortlistBidders', commandData(shortlistProps));

export const RecordDialogueRound = commandCodec('RecordDialogueRound', commandData(dialogueRoundProps));

export const InviteFinalTenders = commandCodec(
  'InviteFinalTenders',
  commandData(finalTendersInvitationProps),
);

export const RecordTender = commandCodec('RecordTender', commandData(tenderProps));

export const CancelProcurement = commandCodec('CancelProcurement', commandData(cancellationProps));

export const procurementCommands = [
  LaunchProcurement,
  ShortlistBidders,
  RecordDialogueRound,
  InviteFinalTenders,
  RecordTender,
] as const;
