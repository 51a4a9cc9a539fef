import { refuse } from '../errors';
import { requireApproval } from '../policy/approvals';
import { ledByLead } from '../policy/schemeOfDelegation';
import { dialogueStage } from '../rules/procedureStages';
import { PROCEDURES_BY_REGIME, regimeNotInForce } from '../rules/regimes';
import {
  afterChecks,
  event,
  field,
  firstUnrecorded,
  Handlers,
  notBefore,
  orNull,
  unusedId,
} from '../phase/decision';
import { firstUnknownLot, withOpenProcurement } from '../phase/lookups';
import { own } from '../../shared/idRecord';
import { lotProblem } from './lots';
import { thresholdProblem } from './threshold';
import { tenderBeforeInvitation } from './tenderStages';

/** From launch to the tenders: the steps of the procedure the law or the authority chose. */
export const procurementHandlers: Handlers<
  | 'LaunchProcurement'
  | 'ShortlistBidders'
  | 'RecordDialogueRound'
  | 'InviteFinalTenders'
  | 'RecordTender'
  | 'CancelProcurement'
> = {
  LaunchProcurement: ({ data }, state, policy) => {
    const procedures = PROCEDURES_BY_REGIME[data.regime];
    const notInForce = regimeNotInForce(data.regime, data.launchedOn);
    return afterChecks(
      () => unusedId(state.procurements, 'procurement', data, 'procurementId'),
      () =>
        notInForce !== undefined &&
        refuse('RegimeNotInForce', notInForce, field('regime'), { launchedOn: data.launchedOn }),
      () => thresholdProblem(data),
      () =>
        !procedures.includes(data.procedure) &&
        refuse(
          'ProcedureNotInRegime',
          `${data.procedure} is not a procedure under ${data.regime}; choose one of ${procedures.join(', ')}`,
          field('procedure'),
        ),
      () =>
        data.procedure === 'light-touch' &&
        !data.lightTouch &&
        refuse(
          'ProcedureNotInRegime',
          'the light-touch procedure is only for light-touch services: set lightTouch',
          field('lightTouch'),
        ),
      () => lotProblem(data.lots),
      () =>
        notBefore(
          data.launchedOn,
          state.conceivedOn ?? data.launchedOn,
          field('launchedOn'),
          'the launch',
          'the partnership was conceived',
        ),
      () =>
        data.advertisedOn !== undefined &&
        notBefore(
          data.advertisedOn,
          data.launchedOn,
          field('advertisedOn'),
          'the advertisement',
          'the launch',
        ),
      () =>
        requireApproval(policy, {
          subject: 'launch-procurement',
          valuePence: data.estimatedTotalValuePence,
          decisionId: data.governanceDecisionId,
          on: data.launchedOn,
          ...ledByLead(state),
          what: `procurement ${data.procurementId}`,
        }),
    ).record(() =>
      event('ProcurementLaunched', {
        ...data,
        advertisedOn: orNull(data.advertisedOn),
        portal: orNull(data.portal),
        noticeReference: orNull(data.noticeReference),
        authority: data.authority ?? 'sub-central',
        contractKind: data.contractKind ?? 'services',
        valuesIncludeVat: data.valuesIncludeVat ?? true,
        governanceDecisionId: orNull(data.governanceDecisionId),
      }),
    );
  },

  ShortlistBidders: ({ data }, state) =>
    withOpenProcurement(state, data.procurementId, (p) =>
      afterChecks(
        () =>
          (p.procedure === 'open' || p.procedure === 'direct-award' || p.procedure === 'quotation') &&
          refuse(
            'ProcedureHasNoDialogue',
            `the ${p.procedure} procedure has no selection stage: every bidder may tender; record tenders instead`,
            field('procurementId'),
          ),
        ...data.bidders.map(
          (bidder, i) => () => firstUnknownLot(p, bidder.lotIds, field('bidders', String(i), 'lotIds')),
        ),
        () =>
          notBefore(data.shortlistedOn, p.launchedOn, field('shortlistedOn'), 'shortlisting', 'the launch'),
      ).record(() => event('BiddersShortlisted', data)),
    ),

  RecordDialogueRound: ({ data }, state) =>
    withOpenProcurement(state, data.procurementId, (p) => {
      const stages = dialogueStage(p.procedure);
      return afterChecks(
        () =>
          stages.dialogue === 'none' &&
          refuse(
            'ProcedureHasNoDialogue',
            `the ${p.procedure} procedure has no dialogue or negotiation (${stages.provision})`,
            field('procurementId'),
            { procedure: p.procedure, provision: stages.provision },
          ),
        () =>
          p.finalTendersInvitedOn !== null &&
          refuse(
            'ProcurementClosed',
            `dialogue closed when final tenders were invited on ${p.finalTendersInvitedOn}`,
            field('procurementId'),
          ),
        () =>
          data.round !== p.dialogueRounds + 1 &&
          refuse(
            'DialogueNotHeld',
            `the next dialogue round is ${p.dialogueRounds + 1}, not ${data.round}`,
            field('round'),
          ),
        () =>
          firstUnrecorded(p.shortlist, data.bidderIds, (id, place) =>
            refuse(
              'NotShortlisted',
              `${id} was not shortlisted; only shortlisted bidders take part in dialogue`,
              field('bidderIds', place),
            ),
          ),
        () => firstUnknownLot(p, data.lotIds, field('lotIds')),
        () => notBefore(data.endedOn, data.startedOn, field('endedOn'), 'the end of the round', 'its start'),
        () => notBefore(data.startedOn, p.launchedOn, field('startedOn'), 'the round', 'the launch'),
        () =>
          p.lastDialogueEndedOn !== null &&
          notBefore(
            data.startedOn,
            p.lastDialogueEndedOn,
            field('startedOn'),
            'the round',
            'the end of the previous round',
          ),
      ).record(() => event('DialogueRoundHeld', data));
    }),

  InviteFinalTenders: ({ data }, state) =>
    withOpenProcurement(state, data.procurementId, (p) => {
      const stages = dialogueStage(p.procedure);
      const details = { procedure: p.procedure, provision: stages.provision };
      return afterChecks(
        () =>
          stages.dialogue === 'none' &&
          refuse(
            'ProcedureHasNoDialogue',
            `the ${p.procedure} procedure has no final-tender stage; record tenders directly (${stages.provision})`,
            field('procurementId'),
            details,
          ),
        () =>
          stages.dialogue === 'required' &&
          p.dialogueRounds === 0 &&
          refuse(
            'DialogueNotHeld',
            `under ${p.procedure}, final tenders follow dialogue (${stages.provision}): record at least one dialogue round first`,
            field('procurementId'),
            details,
          ),
        () =>
          p.finalTendersInvitedOn !== null &&
          refuse(
            'AlreadyRecorded',
            `final tenders were invited on ${p.finalTendersInvitedOn}`,
            field('procurementId'),
          ),
        () =>
          notBefore(
            data.invitedOn,
            p.lastDialogueEndedOn ?? p.launchedOn,
            field('invitedOn'),
            'the invitation',
            'the end of dialogue',
          ),
        () => notBefore(data.deadline, data.invitedOn, field('deadline'), 'the deadline', 'the invitation'),
      ).record(() => event('FinalTendersInvited', data));
    }),

  RecordTender: ({ data }, state) =>
    withOpenProcurement(state, data.procurementId, (p) => {
      const awarded = data.lotIds.find((id) => own(p.awards, id) !== undefined);
      return afterChecks(
        () => unusedId(p.tenders, 'tender', data, 'tenderId'),
        () =>
          data.lotIds.length === 0 &&
          refuse('UnknownLot', 'a tender is for at least one lot', field('lotIds')),
        () => firstUnknownLot(p, data.lotIds, field('lotIds')),
        () =>
          awarded !== undefined &&
          refuse(
            'LotAlreadyAwarded',
            `lot ${awarded} was awarded on ${own(p.awards, awarded)?.decidedOn}; tenders are closed`,
            field('lotIds'),
          ),
        () => tenderBeforeInvitation(p),
        () =>
          Object.keys(p.shortlist).length > 0 &&
          own(p.shortlist, data.bidderId) === undefined &&
          refuse(
            'NotShortlisted',
            `${data.bidderId} was not shortlisted for procurement ${p.procurementId}`,
            field('bidderId'),
          ),
        () =>
          notBefore(
            data.receivedOn,
            p.finalTendersInvitedOn ?? p.launchedOn,
            field('receivedOn'),
            'the tender',
            'the invitation to tender',
          ),
      ).record(() => event('TenderReceived', data));
    }),

  CancelProcurement: ({ data }, state) =>
    withOpenProcurement(state, data.procurementId, (p) =>
      afterChecks(
        () =>
          Object.keys(p.lots).every((id) => own(p.awards, id) !== undefined) &&
          refuse(
            'ProcurementClosed',
            `every lot of procurement ${p.procurementId} has been awarded; it can no longer be cancelled`,
            field('procurementId'),
          ),
        () =>
          notBefore(data.cancelledOn, p.launchedOn, field('cancelledOn'), 'the cancellation', 'the launch'),
      ).record(() => event('ProcurementCancelled', data)),
    ),
};
