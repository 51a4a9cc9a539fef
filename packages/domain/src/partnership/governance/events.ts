import * as t from 'io-ts';
import { defineEvent, olderVersion } from '../../events/defineEvent';
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
import { partnershipData } from '../events/shape';

/** A decision as taken: by whom (the decision maker and the named body), on what, with what outcome, when. */
export const decisionTakenProps = {
  decisionId: IdCodec,
  decisionMaker: DecisionMakerCodec,
  body: TextCodec,
  subject: DecisionSubjectCodec,
  outcome: DecisionOutcomeCodec,
  decidedOn: BusinessDateCodec,
};

const governanceDecisionV1Props = {
  ...decisionTakenProps,
  approvedValuePence: nullable(NonNegativePenceCodec),
  reference: nullable(TextCodec),
  summary: TextCodec,
  procurementId: nullable(IdCodec),
  contractId: nullable(IdCodec),
};
/** `GovernanceDecisionRecorded` as stored before schema version 2, which did not say whose body decided. */
export const GovernanceDecisionRecordedV1 = partnershipData(governanceDecisionV1Props);

/**
 * A decision under a council's scheme of delegation (an Executive approval, a key decision), with
 * the value it approved. Launches and awards above the threshold need one. Since schema version 2 it
 * names the commissioner whose body took it: in a collaborative procurement each council's scheme
 * governs its own approvals. Null (and every version 1 record) is the lead commissioner's.
 */
export const GovernanceDecisionRecorded = defineEvent(
  'GovernanceDecisionRecorded',
  partnershipData({ ...governanceDecisionV1Props, commissionerId: nullable(IdCodec) }),
  {
    schemaVersion: 2,
    olderVersions: {
      1: olderVersion(GovernanceDecisionRecordedV1, (v1) => ({ ...v1, commissionerId: null })),
    },
  },
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
