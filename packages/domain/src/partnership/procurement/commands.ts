import * as t from 'io-ts';
import { NonNegativePenceCodec } from '../../money';
import { commandCodec } from '../../decider/command';
import {
  AuthorityCodec,
  ContractKindCodec,
  IdCodec,
  PositiveCountCodec,
  ProcedureCodec,
  RegimeCodec,
  TextCodec,
} from '../codecs';
import { BusinessDateCodec } from '../dates';
import { LotCodec, ShortlistedBidderCodec } from './events';
import { commandData } from '../commands/shape';

export const LaunchProcurement = commandCodec(
  'LaunchProcurement',
  commandData(
    {
      procurementId: IdCodec,
      title: TextCodec,
      regime: RegimeCodec,
      procedure: ProcedureCodec,
      lightTouch: t.boolean,
      launchedOn: BusinessDateCodec,
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

export const ShortlistBidders = commandCodec(
  'ShortlistBidders',
  commandData({
    procurementId: IdCodec,
    shortlistedOn: BusinessDateCodec,
    bidders: t.array(ShortlistedBidderCodec),
  }),
);

export const RecordDialogueRound = commandCodec(
  'RecordDialogueRound',
  commandData({
    procurementId: IdCodec,
    round: PositiveCountCodec,
    startedOn: BusinessDateCodec,
    endedOn: BusinessDateCodec,
    bidderIds: t.array(IdCodec),
    lotIds: t.array(IdCodec),
  }),
);

export const InviteFinalTenders = commandCodec(
  'InviteFinalTenders',
  commandData({ procurementId: IdCodec, invitedOn: BusinessDateCodec, deadline: BusinessDateCodec }),
);

export const RecordTender = commandCodec(
  'RecordTender',
  commandData({
    procurementId: IdCodec,
    tenderId: IdCodec,
    bidderId: IdCodec,
    bidderName: TextCodec,
    lotIds: t.array(IdCodec),
    receivedOn: BusinessDateCodec,
  }),
);

export const CancelProcurement = commandCodec(
  'CancelProcurement',
  commandData({ procurementId: IdCodec, cancelledOn: BusinessDateCodec, reason: TextCodec }),
);

export const procurementCommands = [
  LaunchProcurement,
  ShortlistBidders,
  RecordDialogueRound,
  InviteFinalTenders,
  RecordTender,
] as const;
