import { left } from 'fp-ts/Either';
import { formatPounds } from '../../money';
import { refuse } from '../errors';
import { Lot } from '../procurement/events';
import { requireApproval } from '../policy/approvals';
import { ledByLead } from '../policy/schemeOfDelegation';
import { dialogueStage } from '../rules/procedureStages';
import { PROCEDURES_BY_REGIME, regimeNotInForce } from '../rules/regimes';
import {
  alreadyRecorded,
  event,
  field,
  Handlers,
  no,
  notBefore,
  ok,
  openProcurement,
  orNull,
} from '../phase/decision';
import { PartnershipError } from '../errors';
import { own } from '../../shared/idRecord';
import { thresholdProblem } from './threshold';
import { tenderBeforeInvitation } from './tenderStages';

/** Lots must be distinct, and where every service has a budget the budgets add up to the lot's. */
const lotProblem = (lots: readonly Lot[]): PartnershipError | undefined => {
  if (lots.length === 0)
    return refuse(
      'LotsInvalid',
      'a procurement needs at least one lot (a single lot for an undivided contract)',
      field('lots'),
    );
  const seen = new Set<string>();
  for (const [i, lot] of lots.entries()) {
    if (seen.has(lot.lotId))
      return refuse('LotsInvalid', `lot ${lot.lotId} appears twice`, field('lots', String(i), 'lotId'));
    seen.add(lot.lotId);
    const budgets = lot.services.map((s) => s.annualBudgetPence);
    if (budgets.length > 0 && budgets.every((b) => b !== null)) {
      const sum = budgets.reduce<number>((acc, b) => acc + (b ?? 0), 0);
      if (sum !== lot.annualBudgetPence) {
        return refuse(
          'LotsInvalid',
          `lot ${lot.lotId}: its services' budgets add up to ${formatPounds(sum)} a year, not the lot's ${formatPounds(lot.annualBudgetPence)}`,
          field('lots', String(i), 'annualBudgetPence'),
        );
      }
    }
  }
  return undefined;
};

export const procurementHandlers: Handlers<
  | 'LaunchProcurement'
  | 'ShortlistBidders'
  | 'RecordDialogueRound'
  | 'InviteFinalTenders'
  | 'RecordTender'
  | 'RecordEvaluation'
  | 'MakeAwardDecision'
  | 'CancelProcurement'
> = {
  LaunchProcurement: ({ data }, state, policy) => {
    if (own(state.procurements, data.procurementId) !== undefined) {
      return left(alreadyRecorded('procurement', data.procurementId, field('procurementId')));
    }
    const notInForce = regimeNotInForce(data.regime, data.launchedOn);
    if (notInForce !== undefined)
      return no('RegimeNotInForce', notInForce, field('regime'), { launchedOn: data.launchedOn });
    const belowThresholdLabel = thresholdProblem(data);
    if (belowThresholdLabel !== undefined) return left(belowThresholdLabel);
    const procedures = PROCEDURES_BY_REGIME[data.regime];
    if (!procedures.includes(data.procedure)) {
      return no(
        'ProcedureNotInRegime',
        `${data.procedure} is not a procedure under ${data.regime}; choose one of ${procedures.join(', ')}`,
        field('procedure'),
      );
    }
    if (data.procedure === 'light-touch' && !data.lightTouch) {
      return no(
        'ProcedureNotInRegime',
        'the light-touch procedure is only for light-touch services: set lightTouch',
        field('lightTouch'),
      );
    }
    const lots = lotProblem(data.lots);
    if (lots !== undefined) return left(lots);
    const early =
      notBefore(
        data.launchedOn,
        state.conceivedOn ?? data.launchedOn,
        field('launchedOn'),
        'the launch',
        'the partnership was conceived',
      ) ??
      (data.advertisedOn === undefined
        ? undefined
        : notBefore(
            data.advertisedOn,
            data.launchedOn,
            field('advertisedOn'),
            'the advertisement',
            'the launch',
          ));
    if (early !== undefined) return left(early);
    const approved = requireApproval(policy, {
      subject: 'launch-procurement',
      valuePence: data.estimatedTotalValuePence,
      decisionId: data.governanceDecisionId,
      on: data.launchedOn,
      ...ledByLead(state),
      what: `procurement ${data.procurementId}`,
    });
    if (approved._tag === 'Left') return approved;
    return ok(
      event('ProcurementLaunched', {
        partnershipId: data.partnershipId,
        procurementId: data.procurementId,
        title: data.title,
        regime: data.regime,
        procedure: data.procedure,
        lightTouch: data.lightTouch,
        launchedOn: data.launchedOn,
        advertisedOn: orNull(data.advertisedOn),
        portal: orNull(data.portal),
        noticeReference: orNull(data.noticeReference),
        estimatedAnnualValuePence: data.estimatedAnnualValuePence,
        maximumTermMonths: data.maximumTermMonths,
        estimatedTotalValuePence: data.estimatedTotalValuePence,
        authority: data.authority ?? 'sub-central',
        contractKind: data.contractKind ?? 'services',
        valuesIncludeVat: data.valuesIncludeVat ?? true,
        lots: data.lots.map((lot) => ({
          lotId: lot.lotId,
          title: lot.title,
          services: lot.services.map((s) => ({ name: s.name, annualBudgetPence: s.annualBudgetPence })),
          localities: lot.localities,
          annualBudgetPence: lot.annualBudgetPence,
        })),
        governanceDecisionId: orNull(data.governanceDecisionId),
      }),
    );
  },

  ShortlistBidders: ({ data }, state) => {
    const found = openProcurement(state, data.procurementId);
    if (found._tag === 'Left') return found;
    const p = found.right;
    if (p.procedure === 'open' || p.procedure === 'direct-award' || p.procedure === 'quotation') {
      return no(
        'ProcedureHasNoDialogue',
        `the ${p.procedure} procedure has no selection stage: every bidder may tender; record tenders instead`,
        field('procurementId'),
      );
    }
    for (const [i, bidder] of data.bidders.entries()) {
      const lot = bidder.lotIds.findIndex((id) => own(p.lots, id) === undefined);
      if (lot >= 0)
        return no(
          'UnknownLot',
          `procurement ${p.procurementId} has no lot ${bidder.lotIds[lot]}`,
          field('bidders', String(i), 'lotIds', String(lot)),
        );
    }
    const early = notBefore(
      data.shortlistedOn,
      p.launchedOn,
      field('shortlistedOn'),
      'shortlisting',
      'the launch',
    );
    if (early !== undefined) return left(early);
    return ok(
      event('BiddersShortlisted', {
        partnershipId: data.partnershipId,
        procurementId: data.procurementId,
        shortlistedOn: data.shortlistedOn,
        bidders: data.bidders.map((b) => ({ bidderId: b.bidderId, name: b.name, lotIds: b.lotIds })),
      }),
    );
  },

  RecordDialogueRound: ({ data }, state) => {
    const found = openProcurement(state, data.procurementId);
    if (found._tag === 'Left') return found;
    const p = found.right;
    const stages = dialogueStage(p.procedure);
    if (stages.dialogue === 'none') {
      return no(
        'ProcedureHasNoDialogue',
        `the ${p.procedure} procedure has no dialogue or negotiation (${stages.provision})`,
        field('procurementId'),
        { procedure: p.procedure, provision: stages.provision },
      );
    }
    if (p.finalTendersInvitedOn !== null) {
      return no(
        'ProcurementClosed',
        `dialogue closed when final tenders were invited on ${p.finalTendersInvitedOn}`,
        field('procurementId'),
      );
    }
    if (data.round !== p.dialogueRounds + 1) {
      return no(
        'DialogueNotHeld',
        `the next dialogue round is ${p.dialogueRounds + 1}, not ${data.round}`,
        field('round'),
      );
    }
    const outsider = data.bidderIds.findIndex((id) => own(p.shortlist, id) === undefined);
    if (outsider >= 0) {
      return no(
        'NotShortlisted',
        `${data.bidderIds[outsider]} was not shortlisted; only shortlisted bidders take part in dialogue`,
        field('bidderIds', String(outsider)),
      );
    }
    const lot = data.lotIds.findIndex((id) => own(p.lots, id) === undefined);
    if (lot >= 0)
      return no(
        'UnknownLot',
        `procurement ${p.procurementId} has no lot ${data.lotIds[lot]}`,
        field('lotIds', String(lot)),
      );
    const early =
      notBefore(data.endedOn, data.startedOn, field('endedOn'), 'the end of the round', 'its start') ??
      notBefore(data.startedOn, p.launchedOn, field('startedOn'), 'the round', 'the launch') ??
      (p.lastDialogueEndedOn === null
        ? undefined
        : notBefore(
            data.startedOn,
            p.lastDialogueEndedOn,
            field('startedOn'),
            'the round',
            'the end of the previous round',
          ));
    if (early !== undefined) return left(early);
    return ok(
      event('DialogueRoundHeld', {
        partnershipId: data.partnershipId,
        procurementId: data.procurementId,
        round: data.round,
        startedOn: data.startedOn,
        endedOn: data.endedOn,
        bidderIds: data.bidderIds,
        lotIds: data.lotIds,
      }),
    );
  },

  InviteFinalTenders: ({ data }, state) => {
    const found = openProcurement(state, data.procurementId);
    if (found._tag === 'Left') return found;
    const p = found.right;
    const stages = dialogueStage(p.procedure);
    if (stages.dialogue === 'none') {
      return no(
        'ProcedureHasNoDialogue',
        `the ${p.procedure} procedure has no final-tender stage; record tenders directly (${stages.provision})`,
        field('procurementId'),
        { procedure: p.procedure, provision: stages.provision },
      );
    }
    if (stages.dialogue === 'required' && p.dialogueRounds === 0) {
      return no(
        'DialogueNotHeld',
        `under ${p.procedure}, final tenders follow dialogue (${stages.provision}): record at least one dialogue round first`,
        field('procurementId'),
        { procedure: p.procedure, provision: stages.provision },
      );
    }
    if (p.finalTendersInvitedOn !== null) {
      return no(
        'AlreadyRecorded',
        `final tenders were invited on ${p.finalTendersInvitedOn}`,
        field('procurementId'),
      );
    }
    const early =
      notBefore(
        data.invitedOn,
        p.lastDialogueEndedOn ?? p.launchedOn,
        field('invitedOn'),
        'the invitation',
        'the end of dialogue',
      ) ?? notBefore(data.deadline, data.invitedOn, field('deadline'), 'the deadline', 'the invitation');
    if (early !== undefined) return left(early);
    return ok(
      event('FinalTendersInvited', {
        partnershipId: data.partnershipId,
        procurementId: data.procurementId,
        invitedOn: data.invitedOn,
        deadline: data.deadline,
      }),
    );
  },

  RecordTender: ({ data }, state) => {
    const found = openProcurement(state, data.procurementId);
    if (found._tag === 'Left') return found;
    const p = found.right;
    if (own(p.tenders, data.tenderId) !== undefined)
      return left(alreadyRecorded('tender', data.tenderId, field('tenderId')));
    if (data.lotIds.length === 0)
      return no('UnknownLot', 'a tender is for at least one lot', field('lotIds'));
    const lot = data.lotIds.findIndex((id) => own(p.lots, id) === undefined);
    if (lot >= 0)
      return no(
        'UnknownLot',
        `procurement ${p.procurementId} has no lot ${data.lotIds[lot]}`,
        field('lotIds', String(lot)),
      );
    const awarded = data.lotIds.find((id) => own(p.awards, id) !== undefined);
    if (awarded !== undefined)
      return no(
        'LotAlreadyAwarded',
        `lot ${awarded} was awarded on ${own(p.awards, awarded)?.decidedOn}; tenders are closed`,
        field('lotIds'),
      );
    const refusedBeforeInvitation = tenderBeforeInvitation(p);
    if (refusedBeforeInvitation !== undefined) return left(refusedBeforeInvitation);
    if (Object.keys(p.shortlist).length > 0 && own(p.shortlist, data.bidderId) === undefined) {
      return no(
        'NotShortlisted',
        `${data.bidderId} was not shortlisted for procurement ${p.procurementId}`,
        field('bidderId'),
      );
    }
    const early = notBefore(
      data.receivedOn,
      p.finalTendersInvitedOn ?? p.launchedOn,
      field('receivedOn'),
      'the tender',
      'the invitation to tender',
    );
    if (early !== undefined) return left(early);
    return ok(
      event('TenderReceived', {
        partnershipId: data.partnershipId,
        procurementId: data.procurementId,
        tenderId: data.tenderId,
        bidderId: data.bidderId,
        bidderName: data.bidderName,
        lotIds: data.lotIds,
        receivedOn: data.receivedOn,
      }),
    );
  },

  RecordEvaluation: ({ data }, state) => {
    const found = openProcurement(state, data.procurementId);
    if (found._tag === 'Left') return found;
    const p = found.right;
    if (own(p.lots, data.lotId) === undefined)
      return no('UnknownLot', `procurement ${p.procurementId} has no lot ${data.lotId}`, field('lotId'));
    if (own(p.awards, data.lotId) !== undefined)
      return no('LotAlreadyAwarded', `lot ${data.lotId} is already awarded`, field('lotId'));
    if (data.results.length === 0)
      return no('EvaluationInvalid', `no tenders were scored for lot ${data.lotId}`, field('results'));
    const ranks = new Set<number>();
    for (const [i, r] of data.results.entries()) {
      const tender = own(p.tenders, r.tenderId);
      if (tender === undefined || tender.bidderId !== r.bidderId || !tender.lotIds.includes(data.lotId)) {
        return no(
          'UnknownTender',
          `no tender ${r.tenderId} from ${r.bidderId} for lot ${data.lotId} has been received`,
          field('results', String(i), 'tenderId'),
        );
      }
      if (r.qualityScore + r.priceScore !== r.totalScore || r.totalScore > data.maximumScore) {
        return no(
          'EvaluationInvalid',
          `tender ${r.tenderId}: quality ${r.qualityScore} + price ${r.priceScore} must equal the total ${r.totalScore}, at most ${data.maximumScore}`,
          field('results', String(i), 'totalScore'),
        );
      }
      ranks.add(r.rank);
    }
    const ordered = [...data.results].sort((a, b) => a.rank - b.rank);
    const consistent =
      ranks.size === data.results.length &&
      ordered.every(
        (r, i) => r.rank === i + 1 && (i === 0 || (ordered[i - 1]?.totalScore ?? 0) >= r.totalScore),
      );
    if (!consistent) {
      return no(
        'EvaluationInvalid',
        'ranks must run 1, 2, 3... without ties, in order of total score',
        field('results'),
      );
    }
    const early = notBefore(
      data.evaluatedOn,
      p.launchedOn,
      field('evaluatedOn'),
      'the evaluation',
      'the launch',
    );
    if (early !== undefined) return left(early);
    return ok(
      event('TendersEvaluated', {
        partnershipId: data.partnershipId,
        procurementId: data.procurementId,
        lotId: data.lotId,
        evaluatedOn: data.evaluatedOn,
        maximumScore: data.maximumScore,
        results: data.results.map((r) => ({
          tenderId: r.tenderId,
          bidderId: r.bidderId,
          qualityScore: r.qualityScore,
          priceScore: r.priceScore,
          totalScore: r.totalScore,
          rank: r.rank,
        })),
      }),
    );
  },

  MakeAwardDecision: ({ data }, state, policy) => {
    const found = openProcurement(state, data.procurementId);
    if (found._tag === 'Left') return found;
    const p = found.right;
    if (own(p.lots, data.lotId) === undefined)
      return no('UnknownLot', `procurement ${p.procurementId} has no lot ${data.lotId}`, field('lotId'));
    const awarded = own(p.awards, data.lotId);
    if (awarded !== undefined) {
      return no(
        'LotAlreadyAwarded',
        `lot ${data.lotId} was awarded to ${awarded.supplierName} on ${awarded.decidedOn}`,
        field('lotId'),
      );
    }
    if (p.procedure !== 'direct-award') {
      const evaluation = own(p.evaluations, data.lotId);
      if (evaluation === undefined) {
        return no(
          'NotEvaluated',
          `lot ${data.lotId} has not been evaluated; record the evaluation before the award decision`,
          field('lotId'),
        );
      }
      if (evaluation.firstRankedBidderId !== data.supplierId) {
        return no(
          'NotMostAdvantageousTender',
          `lot ${data.lotId} must be awarded to the tender ranked first (${evaluation.firstRankedBidderId}), not ${data.supplierId}`,
          field('supplierId'),
        );
      }
      const early = notBefore(
        data.decidedOn,
        evaluation.evaluatedOn,
        field('decidedOn'),
        'the award decision',
        'the evaluation',
      );
      if (early !== undefined) return left(early);
    }
    const early = notBefore(
      data.decidedOn,
      p.launchedOn,
      field('decidedOn'),
      'the award decision',
      'the launch',
    );
    if (early !== undefined) return left(early);
    const approved = requireApproval(policy, {
      subject: 'award',
      valuePence: data.totalValuePence,
      decisionId: data.governanceDecisionId,
      on: data.decidedOn,
      ...ledByLead(state),
      what: `the award of lot ${data.lotId}`,
    });
    if (approved._tag === 'Left') return approved;
    return ok(
      event('AwardDecisionMade', {
        partnershipId: data.partnershipId,
        procurementId: data.procurementId,
        lotId: data.lotId,
        supplierId: data.supplierId,
        supplierName: data.supplierName,
        decidedOn: data.decidedOn,
        annualValuePence: data.annualValuePence,
        totalValuePence: data.totalValuePence,
        governanceDecisionId: orNull(data.governanceDecisionId),
      }),
    );
  },

  CancelProcurement: ({ data }, state) => {
    const found = openProcurement(state, data.procurementId);
    if (found._tag === 'Left') return found;
    const p = found.right;
    const lotIds = Object.keys(p.lots);
    if (lotIds.every((id) => own(p.awards, id) !== undefined)) {
      return no(
        'ProcurementClosed',
        `every lot of procurement ${p.procurementId} has been awarded; it can no longer be cancelled`,
        field('procurementId'),
      );
    }
    const early = notBefore(
      data.cancelledOn,
      p.launchedOn,
      field('cancelledOn'),
      'the cancellation',
      'the launch',
    );
    if (early !== undefined) return left(early);
    return ok(
      event('ProcurementCancelled', {
        partnershipId: data.partnershipId,
        procurementId: data.procurementId,
        cancelledOn: data.cancelledOn,
        reason: data.reason,
      }),
    );
  },
};
