import { withId } from '../../shared/idRecord';
import { amended, Evolution } from '../phase/evolution';

export const governanceEvolution: Evolution<
  'GovernanceDecisionRecorded' | 'PartnershipBoardEstablished' | 'BoardMeetingHeld'
> = {
  GovernanceDecisionRecorded: (state, { data }) => ({
    ...state,
    decisions: withId(state.decisions, data.decisionId, {
      decisionMaker: data.decisionMaker,
      subject: data.subject,
      outcome: data.outcome,
      decidedOn: data.decidedOn,
      approvedValuePence: data.approvedValuePence,
      commissionerId: data.commissionerId,
    }),
  }),
  PartnershipBoardEstablished: (state, { data }) => ({
    ...state,
    boards: withId(state.boards, data.boardId, { name: data.name, meetingIds: [] }),
  }),
  BoardMeetingHeld: (state, { data }) => ({
    ...state,
    boards: amended(state.boards, data.boardId, (board) => ({
      ...board,
      meetingIds: [...board.meetingIds, data.meetingId],
    })),
  }),
};
