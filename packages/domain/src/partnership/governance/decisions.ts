import { PartnershipError, PartnershipErrorCode, refuse } from '../errors';
import { afterChecks, alreadyRecorded, event, field, Handlers, orNull, unusedId } from '../phase/decision';
import { IdRecord, own } from '../../shared/idRecord';
import { withRecorded } from '../phase/lookups';

/** A refusal when the decision names something (optional) the partnership has not recorded. */
const unknownIfNamed = (
  code: PartnershipErrorCode,
  message: string,
  record: IdRecord<unknown>,
  id: string | undefined,
  key: string,
): PartnershipError | undefined =>
  id !== undefined && own(record, id) === undefined ? refuse(code, message, field(key)) : undefined;

/** Decisions of the councils' bodies, and the partnership board with its meetings. */
export const governanceHandlers: Handlers<
  'RecordGovernanceDecision' | 'EstablishBoard' | 'RecordBoardMeeting'
> = {
  RecordGovernanceDecision: ({ data }, state) =>
    afterChecks(
      () => unusedId(state.decisions, 'decision', data, 'decisionId'),
      () =>
        unknownIfNamed(
          'UnknownProcurement',
          `the decision names procurement ${data.procurementId}, which has not been launched`,
          state.procurements,
          data.procurementId,
          'procurementId',
        ),
      () =>
        unknownIfNamed(
          'UnknownCommissioner',
          `the decision names commissioner ${data.commissionerId}, which is not a commissioner of this partnership`,
          state.commissioners,
          data.commissionerId,
          'commissionerId',
        ),
      () =>
        unknownIfNamed(
          'UnknownContract',
          `the decision names contract ${data.contractId}, which has not been signed`,
          state.contracts,
          data.contractId,
          'contractId',
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

  RecordBoardMeeting: ({ data }, state) =>
    withRecorded(
      state.boards,
      data.boardId,
      refuse(
        'UnknownBoard',
        `no board ${data.boardId} has been established; establish it first`,
        field('boardId'),
      ),
      (board) =>
        afterChecks(
          () =>
            board.meetingIds.includes(data.meetingId) &&
            alreadyRecorded('meeting', data.meetingId, field('meetingId')),
        ).record(() => event('BoardMeetingHeld', data)),
    ),
};
