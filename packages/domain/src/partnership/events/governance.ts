import * as t from 'io-ts';
import { defineEvent } from '../../events/defineEvent';
import { BusinessDateCodec } from '../dates';
import { NonNegativePenceCodec } from '../../money';
import {
  DecisionMakerCodec,
  DecisionOutcomeCodec,
  DecisionSubjectCodec,
  IdCodec,
  nullable,
  ReportingFrequencyCodec,
  TextCodec,
} from '../codecs';
import { partnershipData } from './shape';

/**
 * A decision under the council's scheme of delegation (an Executive approval, a key decision), with
 * the value it approved. Launches and awards above the council's threshold need one.
 */
export const GovernanceDecisionRecorded = defineEvent(
  'GovernanceDecisionRecorded',
  partnershipData({
    decisionId: IdCodec,
    decisionMaker: DecisionMakerCodec,
    body: TextCodec,
    subject: DecisionSubjectCodec,
    outcome: DecisionOutcomeCodec,
    decidedOn: BusinessDateCodec,
    approvedValuePence: nullable(NonNegativePenceCodec),
    reference: nullable(TextCodec),
    summary: TextCodec,
    procurementId: nullable(IdCodec),
    contractId: nullable(IdCodec),
  }),
);

/** A partnership board set up to govern the partnership (e.g. a monthly board). */
export const PartnershipBoardEstablished = defineEvent(
  'PartnershipBoardEstablished',
  partnershipData({
    boardId: IdCodec,
    name: TextCodec,
    meetingFrequency: ReportingFrequencyCodec,
    memberOrganisations: t.array(TextCodec),
    establishedOn: BusinessDateCodec,
  }),
);

export const BoardMeetingHeld = defineEvent(
  'BoardMeetingHeld',
  partnershipData({
    boardId: IdCodec,
    meetingId: IdCodec,
    heldOn: BusinessDateCodec,
    decisions: t.array(TextCodec),
  }),
);

export const governanceEvents = [
  GovernanceDecisionRecorded,
  PartnershipBoardEstablished,
  BoardMeetingHeld,
] as const;
