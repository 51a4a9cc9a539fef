import { withId } from '../../shared/idRecord';
import { pick } from '../../shared/pick';
import { amended, Evolution } from '../phase/evolution';

export const governanceEvolution: Evolution<
  'GovernanceDecisionRecorded' | 'PartnershipBoardEstablished' | 'BoardMeetingHeld'
> = {
  GovernanceDecisionRecorded: (state, { data }) => ({
    ...state,
    decisions: withId(
      state.decisions,
      data.decisionId,
      pick(data, [
        'decisionMaker',
        'subject',
        'outcome',
        'decidedOn',
        'approvedValuePence',
        'commissionerId',
      ]),
    ),
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
