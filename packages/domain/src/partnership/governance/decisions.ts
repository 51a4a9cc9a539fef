import { alreadyRecorded, event, field, Handlers, no, ok, orNull } from '../phase/decision';
import { left } from 'fp-ts/Either';
import { own } from '../../shared/idRecord';

export const governanceHandlers: Handlers<
  'RecordGovernanceDecision' | 'EstablishBoard' | 'RecordBoardMeeting'
> = {
  RecordGovernanceDecision: ({ data }, state) => {
    if (own(state.decisions, data.decisionId) !== undefined) {
      return left(alreadyRecorded('decision', data.decisionId, field('decisionId')));
    }
    if (data.procurementId !== undefined && own(state.procurements, data.procurementId) === undefined) {
      return no(
        'UnknownProcurement',
        `the decision names procurement ${data.procurementId}, which has not been launched`,
        field('procurementId'),
      );
    }
    if (data.commissionerId !== undefined && own(state.commissioners, data.commissionerId) === undefined) {
      return no(
        'UnknownCommissioner',
        `the decision names commissioner ${data.commissionerId}, which is not a commissioner of this partnership`,
        field('commissionerId'),
      );
    }
    if (data.contractId !== undefined && own(state.contracts, data.contractId) === undefined) {
      return no(
        'UnknownContract',
        `the decision names contract ${data.contractId}, which has not been signed`,
        field('contractId'),
      );
    }
    return ok(
      event('GovernanceDecisionRecorded', {
        partnershipId: data.partnershipId,
        decisionId: data.decisionId,
        decisionMaker: data.decisionMaker,
        body: data.body,
        subject: data.subject,
        outcome: data.outcome,
        decidedOn: data.decidedOn,
        approvedValuePence: orNull(data.approvedValuePence),
        reference: orNull(data.reference),
        summary: data.summary,
        procurementId: orNull(data.procurementId),
        contractId: orNull(data.contractId),
        commissionerId: data.commissionerId ?? state.leadCommissionerId,
      }),
    );
  },

  EstablishBoard: ({ data }, state) => {
    if (own(state.boards, data.boardId) !== undefined)
      return left(alreadyRecorded('board', data.boardId, field('boardId')));
    return ok(
      event('PartnershipBoardEstablished', {
        partnershipId: data.partnershipId,
        boardId: data.boardId,
        name: data.name,
        meetingFrequency: data.meetingFrequency,
        memberOrganisations: data.memberOrganisations,
        establishedOn: data.establishedOn,
      }),
    );
  },

  RecordBoardMeeting: ({ data }, state) => {
    const board = own(state.boards, data.boardId);
    if (board === undefined) {
      return no(
        'UnknownBoard',
        `no board ${data.boardId} has been established; establish it first`,
        field('boardId'),
      );
    }
    if (board.meetingIds.includes(data.meetingId))
      return left(alreadyRecorded('meeting', data.meetingId, field('meetingId')));
    return ok(
      event('BoardMeetingHeld', {
        partnershipId: data.partnershipId,
        boardId: data.boardId,
        meetingId: data.meetingId,
        heldOn: data.heldOn,
        decisions: data.decisions,
      }),
    );
  },
};
