import { refuse } from '../errors';
import { afterChecks, alreadyRecorded, event, field, Handlers, orNull, unusedId } from '../phase/decision';
import { own } from '../../shared/idRecord';

/** Decisions of the councils' bodies, and the partnership board with its meetings. */
export const governanceHandlers: Handlers<
  'RecordGovernanceDecision' | 'EstablishBoard' | 'RecordBoardMeeting'
> = {
  RecordGovernanceDecision: ({ data }, state) =>
    afterChecks(
      () => unusedId(state.decisions, 'decision', data, 'decisionId'),
      () =>
        data.procurementId !== undefined &&
        own(state.procurements, data.procurementId) === undefined &&
        refuse(
          'UnknownProcurement',
          `the decision names procurement ${data.procurementId}, which has not been launched`,
          field('procurementId'),
        ),
      () =>
        data.commissionerId !== undefined &&
        own(state.commissioners, data.commissionerId) === undefined &&
        refuse(
          'UnknownCommissioner',
          `the decision names commissioner ${data.commissionerId}, which is not a commissioner of this partnership`,
          field('commissionerId'),
        ),
      () =>
        data.contractId !== undefined &&
        own(state.contracts, data.contractId) === undefined &&
        refuse(
          'UnknownContract',
          `the decision names contract ${data.contractId}, which has not been signed`,
          field('contractId'),
        ),
    ).record(() =>
      event('GovernanceDecisionRecorded', {
        ...data,
        approvedValuePence: orNull(data.approvedValuePence),
        reference: orNull(data.reference),
        procurementId: orNull(data.procurementId),
        contractId: orNull(data.contractId),
        commissionerId: data.commissionerId ?? state.leadCommissionerId,
      }),
    ),

  EstablishBoard: ({ data }, state) =>
    afterChecks(() => unusedId(state.boards, 'board', data, 'boardId')).record(() =>
      event('PartnershipBoardEstablished', data),
    ),

  RecordBoardMeeting: ({ data }, state) => {
    const board = own(state.boards, data.boardId);
    return afterChecks(
      () =>
        board === undefined &&
        refuse(
          'UnknownBoard',
          `no board ${data.boardId} has been established; establish it first`,
          field('boardId'),
        ),
      () =>
        board?.meetingIds.includes(data.meetingId) === true &&
        alreadyRecorded('meeting', data.meetingId, field('meetingId')),
    ).record(() => event('BoardMeetingHeld', data));
  },
};
