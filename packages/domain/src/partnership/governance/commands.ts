import * as t from 'io-ts';
import { NonNegativePenceCodec } from '../../money';
import { commandCodec } from '../../decider/command';
import { IdCodec, ReportingFrequencyCodec, TextCodec } from '../codecs';
import { BusinessDateCodec } from '../dates';
import { commandData } from '../commands/shape';
import { decisionTakenProps } from './events';

export const RecordGovernanceDecision = commandCodec(
  'RecordGovernanceDecision',
  commandData(
    { ...decisionTakenProps, summary: TextCodec },
    {
      approvedValuePence: NonNegativePenceCodec,
      reference: TextCodec,
      procurementId: IdCodec,
      contractId: IdCodec,
      /** Whose body took the decision (a commissioner of the partnership); the lead's when omitted. */
      commissionerId: IdCodec,
    },
  ),
);

export const EstablishBoard = commandCodec(
  'EstablishBoard',
  commandData({
    boardId: IdCodec,
    name: TextCodec,
    meetingFrequency: ReportingFrequencyCodec,
    memberOrganisations: t.array(TextCodec),
    establishedOn: BusinessDateCodec,
  }),
);

export const RecordBoardMeeting = commandCodec(
  'RecordBoardMeeting',
  commandData({
    boardId: IdCodec,
    meetingId: IdCodec,
    heldOn: BusinessDateCodec,
    decisions: t.array(TextCodec),
  }),
);

export const governanceCommands = [RecordGovernanceDecision, EstablishBoard, RecordBoardMeeting] as const;
