import * as t from 'io-ts';
import { defineEvent, olderVersion } from '../../events/defineEvent';
import { BusinessDateCodec } from '../dates';
import { NonNegativePenceCodec } from '../../money';
import {
  AuthorityCodec,
  ContractKindCodec,
  IdCodec,
  nullable,
  PositiveCountCodec,
  ProcedureCodec,
  RegimeCodec,
  TextCodec,
} from '../codecs';
import { partnershipData } from '../events/shape';

/** A service within a lot, with its own annual budget where the council set one. */
export const LotServiceCodec = t.type(
  { name: TextCodec, annualBudgetPence: nullable(NonNegativePenceCodec) },
  'LotService',
);

/** A lot: the services it covers, the localities it serves and its annual budget. */
export const LotCodec = t.type(
  {
    lotId: IdCodec,
    title: TextCodec,
    services: t.array(LotServiceCodec),
    localities: t.array(TextCodec),
    annualBudgetPence: NonNegativePenceCodec,
  },
  'Lot',
);
export type Lot = t.TypeOf<typeof LotCodec>;

/** A launch as the authority decides it: what, under which regime and procedure, from which day. */
export const launchProps = {
  procurementId: IdCodec,
  title: TextCodec,
  regime: RegimeCodec,
  procedure: ProcedureCodec,
  lightTouch: t.boolean,
  launchedOn: BusinessDateCodec,
};

const procurementLaunchedV1 = {
  ...launchProps,
  advertisedOn: nullable(BusinessDateCodec),
  portal: nullable(TextCodec),
  noticeReference: nullable(TextCodec),
  estimatedAnnualValuePence: NonNegativePenceCodec,
  maximumTermMonths: PositiveCountCodec,
  estimatedTotalValuePence: NonNegativePenceCodec,
  lots: t.array(LotCodec),
  governanceDecisionId: nullable(IdCodec),
};

/**
 * A procurement begun under a regime and procedure. `launchedOn` is the day it began (what decides
 * PCR 2015 or PA 2023); `estimatedTotalValuePence` is the advertised maximum value over the maximum
 * term. Version 2 records what the thresholds were read for (`authority`, `contractKind`: a works
 * contract has its own threshold and a 15% modification line) and the VAT basis of the estimates
 * (`valuesIncludeVat`); version 1 events read with all three null, not recorded, and are treated
 * as the launch check treated them: a sub-central authority buying services, values including VAT.
 */
export const ProcurementLaunched = defineEvent(
  'ProcurementLaunched',
  partnershipData({
    ...procurementLaunchedV1,
    authority: nullable(AuthorityCodec),
    contractKind: nullable(ContractKindCodec),
    valuesIncludeVat: nullable(t.boolean),
  }),
  {
    schemaVersion: 2,
    olderVersions: {
      1: olderVersion(partnershipData(procurementLaunchedV1), (v1) => ({
        ...v1,
        authority: null,
        contractKind: null,
        valuesIncludeVat: null,
      })),
    },
  },
);

export const ShortlistedBidderCodec = t.type({
  bidderId: IdCodec,
  name: TextCodec,
  lotIds: t.array(IdCodec),
});

/** A shortlist as the authority makes it: the day and the bidders, each with its lots. */
export const shortlistProps = {
  procurementId: IdCodec,
  shortlistedOn: BusinessDateCodec,
  bidders: t.array(ShortlistedBidderCodec),
};

/** Selection done: the bidders invited to the next stage (to dialogue, negotiation or tender). */
export const BiddersShortlisted = defineEvent('BiddersShortlisted', partnershipData(shortlistProps));

/** A round of dialogue: its number, its days, who took part, for which lots. */
export const dialogueRoundProps = {
  procurementId: IdCodec,
  round: PositiveCountCodec,
  startedOn: BusinessDateCodec,
  endedOn: BusinessDateCodec,
  bidderIds: t.array(IdCodec),
  lotIds: t.array(IdCodec),
};

/** One round of dialogue or negotiation with the shortlisted bidders. */
export const DialogueRoundHeld = defineEvent('DialogueRoundHeld', partnershipData(dialogueRoundProps));

/** The invitation to submit final tenders: the day and the deadline. */
export const finalTendersInvitationProps = {
  procurementId: IdCodec,
  invitedOn: BusinessDateCodec,
  deadline: BusinessDateCodec,
};

/** Dialogue closed; bidders invited to submit final tenders by a deadline. */
export const FinalTendersInvited = defineEvent(
  'FinalTendersInvited',
  partnershipData(finalTendersInvitationProps),
);

/** A tender as received: from whom, for which lots, on which day. */
export const tenderProps = {
  procurementId: IdCodec,
  tenderId: IdCodec,
  bidderId: IdCodec,
  bidderName: TextCodec,
  lotIds: t.array(IdCodec),
  receivedOn: BusinessDateCodec,
};

export const TenderReceived = defineEvent('TenderReceived', partnershipData(tenderProps));

/** A cancellation: the day and why. */
export const cancellationProps = {
  procurementId: IdCodec,
  cancelledOn: BusinessDateCodec,
  reason: TextCodec,
};

export const ProcurementCancelled = defineEvent('ProcurementCancelled', partnershipData(cancellationProps));

export const procurementEvents = [
  ProcurementLaunched,
  BiddersShortlisted,
  DialogueRoundHeld,
  FinalTendersInvited,
  TenderReceived,
] as const;
