import { emptyIdRecord, idRecordOf, mapIdRecord, own, withId, withIds } from '../shared/idRecord';
import { PartnershipEvent } from './events';
import { evolveCorrection } from './correction/evolution';
import { evolveExtension } from './extension/evolution';
import { ContractState, PartnershipState, ProcurementState } from './state';

const withProcurement = (
  state: PartnershipState,
  id: string,
  change: (procurement: ProcurementState) => ProcurementState,
): PartnershipState => {
  const procurement = own(state.procurements, id);
  return procurement === undefined
    ? state
    : { ...state, procurements: withId(state.procurements, id, change(procurement)) };
};

const withContract = (
  state: PartnershipState,
  id: string,
  change: (contract: ContractState) => ContractState,
): PartnershipState => {
  const contract = own(state.contracts, id);
  return contract === undefined
    ? state
    : { ...state, contracts: withId(state.contracts, id, change(contract)) };
};

const newContract = (
  base: Pick<
    ContractState,
    | 'contractId'
    | 'tier'
    | 'title'
    | 'supplierId'
    | 'agreementId'
    | 'procurementId'
    | 'lotId'
    | 'expansionId'
    | 'deliveryModel'
    | 'potentialAnnualValuePence'
    | 'kpisRequired'
  >,
  terms: Omit<
    ContractState,
    | keyof typeof base
    | 'extensionsExercised'
    | 'currentValuePence'
    | 'status'
    | 'mobilisedOn'
    | 'liveOn'
    | 'embeddedOn'
    | 'nextKpiAssessmentDueBy'
    | 'kpis'
    | 'returns'
    | 'reviews'
    | 'latestReviewId'
    | 'claims'
    | 'terminationNotice'
    | 'endedOn'
  >,
): ContractState => ({
  ...base,
  regime: terms.regime,
  lightTouch: terms.lightTouch,
  signedOn: terms.signedOn,
  startsOn: terms.startsOn,
  endsOn: terms.endsOn,
  extensionOptions: terms.extensionOptions,
  maximumTermMonths: terms.maximumTermMonths,
  annualValuePence: terms.annualValuePence,
  initialTermValuePence: terms.initialTermValuePence,
  maximumValuePence: terms.maximumValuePence,
  annualTerminationClause: terms.annualTerminationClause,
  openBook: terms.openBook,
  savingsSchedule: terms.savingsSchedule,
  fundingShares: terms.fundingShares,
  extensionsExercised: 0,
  currentValuePence: terms.initialTermValuePence,
  status: 'signed',
  mobilisedOn: null,
  liveOn: null,
  embeddedOn: null,
  nextKpiAssessmentDueBy: null,
  kpis: emptyIdRecord(),
  returns: emptyIdRecord(),
  reviews: emptyIdRecord(),
  latestReviewId: null,
  claims: emptyIdRecord(),
  terminationNotice: null,
  endedOn: null,
});

/**
 * Folds one event into the state. Pure and total: it trusts the event (the decider checked the
 * rules when it was recorded) and never refuses, so replaying history always gives the same state.
 */
export const evolvePartnership = (state: PartnershipState, event: PartnershipEvent): PartnershipState => {
  switch (event.type) {
    case 'PartnershipConceived': {
      const d = event.data;
      return {
        ...state,
        partnershipId: d.partnershipId,
        title: d.title,
        conceivedOn: d.conceivedOn,
        leadCommissionerId: d.leadCommissioner.commissionerId,
        commissioners: withId(state.commissioners, d.leadCommissioner.commissionerId, {
          name: d.leadCommissioner.name,
          kind: 'lead',
          lead: true,
        }),
      };
    }
    case 'CommissionerJoined': {
      const d = event.data;
      return {
        ...state,
        commissioners: withId(state.commissioners, d.commissionerId, {
          name: d.name,
          kind: d.kind,
          lead: false,
        }),
      };
    }
    case 'FundingSourceRecorded': {
      const d = event.data;
      return {
        ...state,
        fundingSources: withId(state.fundingSources, d.fundingSourceId, { name: d.name, kind: d.kind }),
      };
    }
    case 'CommissioningActivityRecorded': {
      const d = event.data;
      return {
        ...state,
        activities: withId(state.activities, d.activityId, { stage: d.stage, completedOn: d.completedOn }),
      };
    }
    case 'GovernanceDecisionRecorded': {
      const d = event.data;
      return {
        ...state,
        decisions: withId(state.decisions, d.decisionId, {
          decisionMaker: d.decisionMaker,
          subject: d.subject,
          outcome: d.outcome,
          decidedOn: d.decidedOn,
          approvedValuePence: d.approvedValuePence,
          commissionerId: d.commissionerId,
        }),
      };
    }
    case 'PartnershipBoardEstablished':
      return {
        ...state,
        boards: withId(state.boards, event.data.boardId, { name: event.data.name, meetingIds: [] }),
      };
    case 'BoardMeetingHeld': {
      const board = own(state.boards, event.data.boardId);
      if (board === undefined) return state;
      return {
        ...state,
        boards: withId(state.boards, event.data.boardId, {
          ...board,
          meetingIds: [...board.meetingIds, event.data.meetingId],
        }),
      };
    }
    case 'MarketEngagementEventScheduled': {
      const d = event.data;
      return {
        ...state,
        engagementEvents: withId(state.engagementEvents, d.engagementEventId, {
          date: d.date,
          scheduledOn: d.scheduledOn,
          heldOn: null,
          attendanceCount: null,
        }),
      };
    }
    case 'ProviderInterestRecorded': {
      const d = event.data;
      return {
        ...state,
        interests: withId(state.interests, d.interestId, {
          providerId: d.providerId,
          engagementEventId: d.engagementEventId,
        }),
      };
    }
    case 'MarketEngagementEventHeld': {
      const d = event.data;
      const scheduled = own(state.engagementEvents, d.engagementEventId);
      if (scheduled === undefined) return state;
      return {
        ...state,
        engagementEvents: withId(state.engagementEvents, d.engagementEventId, {
          ...scheduled,
          heldOn: d.heldOn,
          attendanceCount: d.attendanceCount,
        }),
      };
    }
    case 'ProviderProformaAssessed': {
      const d = event.data;
      return {
        ...state,
        proformas: withId(state.proformas, d.proformaId, {
          providerId: d.providerId,
          tenderReady: d.tenderReady,
          safeguardingMet: d.safeguardingMet,
        }),
      };
    }
    case 'FrameworkMemberAdmitted': {
      const d = event.data;
      return {
        ...state,
        frameworkMembers: withId(state.frameworkMembers, d.providerId, {
          proformaId: d.proformaId,
          admittedOn: d.admittedOn,
        }),
      };
    }
    case 'ProcurementLaunched': {
      const d = event.data;
      return {
        ...state,
        procurements: withId(state.procurements, d.procurementId, {
          procurementId: d.procurementId,
          regime: d.regime,
          procedure: d.procedure,
          lightTouch: d.lightTouch,
          launchedOn: d.launchedOn,
          maximumTermMonths: d.maximumTermMonths,
          estimatedTotalValuePence: d.estimatedTotalValuePence,
          authority: d.authority,
          contractKind: d.contractKind,
          valuesIncludeVat: d.valuesIncludeVat,
          lots: idRecordOf(d.lots.map((lot) => [lot.lotId, lot])),
          cancelledOn: null,
          shortlist: emptyIdRecord(),
          dialogueRounds: 0,
          lastDialogueEndedOn: null,
          finalTendersInvitedOn: null,
          tenders: emptyIdRecord(),
          evaluations: emptyIdRecord(),
          awards: emptyIdRecord(),
          standstills: emptyIdRecord(),
        }),
      };
    }
    case 'BiddersShortlisted':
      return withProcurement(state, event.data.procurementId, (p) => ({
        ...p,
        shortlist: withIds(
          p.shortlist,
          event.data.bidders.map((b) => [b.bidderId, { name: b.name, lotIds: b.lotIds }]),
        ),
      }));
    case 'DialogueRoundHeld':
      return withProcurement(state, event.data.procurementId, (p) => ({
        ...p,
        dialogueRounds: event.data.round,
        lastDialogueEndedOn: event.data.endedOn,
      }));
    case 'FinalTendersInvited':
      return withProcurement(state, event.data.procurementId, (p) => ({
        ...p,
        finalTendersInvitedOn: event.data.invitedOn,
      }));
    case 'TenderReceived':
      return withProcurement(state, event.data.procurementId, (p) => ({
        ...p,
        tenders: withId(p.tenders, event.data.tenderId, {
          bidderId: event.data.bidderId,
          lotIds: event.data.lotIds,
        }),
      }));
    case 'TendersEvaluated': {
      const first = event.data.results.find((r) => r.rank === 1);
      return withProcurement(state, event.data.procurementId, (p) => ({
        ...p,
        evaluations: withId(p.evaluations, event.data.lotId, {
          evaluatedOn: event.data.evaluatedOn,
          firstRankedBidderId: first?.bidderId ?? '',
        }),
      }));
    }
    case 'AwardDecisionMade': {
      const d = event.data;
      return withProcurement(state, d.procurementId, (p) => ({
        ...p,
        awards: withId(p.awards, d.lotId, {
          supplierId: d.supplierId,
          supplierName: d.supplierName,
          decidedOn: d.decidedOn,
          annualValuePence: d.annualValuePence,
          totalValuePence: d.totalValuePence,
        }),
      }));
    }
    case 'ProcurementCancelled':
      return withProcurement(state, event.data.procurementId, (p) => ({
        ...p,
        cancelledOn: event.data.cancelledOn,
      }));
    case 'StandstillNoticeIssued': {
      const d = event.data;
      const standstill = {
        noticeDate: d.noticeDate,
        mandatory: d.mandatory,
        voluntary: d.voluntary,
        lastDay: d.lastDay,
        earliestSigningDate: d.earliestSigningDate,
        endedOn: null,
      };
      return withProcurement(state, d.procurementId, (p) => ({
        ...p,
        standstills: withIds(
          p.standstills,
          d.lotIds.map((lotId) => [lotId, standstill]),
        ),
      }));
    }
    case 'StandstillEnded':
      return withProcurement(state, event.data.procurementId, (p) => ({
        ...p,
        standstills: mapIdRecord(p.standstills, (s) =>
          s.endedOn === null ? { ...s, endedOn: event.data.endedOn } : s,
        ),
      }));
    case 'PartnershipAgreementSigned': {
      const d = event.data;
      const contract = newContract(
        {
          contractId: d.agreementId,
          tier: 1,
          title: d.title,
          supplierId: d.partnerId,
          agreementId: null,
          procurementId: d.procurementId,
          lotId: d.lotId,
          expansionId: null,
          deliveryModel: null,
          potentialAnnualValuePence: d.potentialAnnualValuePence,
          kpisRequired: false,
        },
        d,
      );
      return {
        ...state,
        agreementId: d.agreementId,
        contracts: withId(state.contracts, d.agreementId, contract),
      };
    }
    case 'ServiceContractSigned': {
      const d = event.data;
      const contract = newContract(
        {
          contractId: d.contractId,
          tier: 2,
          title: d.title,
          supplierId: d.supplierId,
          agreementId: d.agreementId,
          procurementId: d.procurementId,
          lotId: d.lotId,
          expansionId: d.expansionId,
          deliveryModel: d.deliveryModel,
          potentialAnnualValuePence: null,
          kpisRequired: d.kpisRequired,
        },
        d,
      );
      const expansion = d.expansionId === null ? undefined : own(state.expansions, d.expansionId);
      return {
        ...state,
        contracts: withId(state.contracts, d.contractId, contract),
        expansions:
          expansion === undefined || d.expansionId === null
            ? state.expansions
            : withId(state.expansions, d.expansionId, { ...expansion, contractId: d.contractId }),
      };
    }
    case 'DesignBriefIssued':
      return {
        ...state,
        designBriefs: withId(state.designBriefs, event.data.briefId, {
          agreementId: event.data.agreementId,
          agreedOn: null,
        }),
      };
    case 'ServiceDesignAgreed': {
      const brief = own(state.designBriefs, event.data.briefId);
      if (brief === undefined) return state;
      return {
        ...state,
        designBriefs: withId(state.designBriefs, event.data.briefId, {
          ...brief,
          agreedOn: event.data.agreedOn,
        }),
      };
    }
    case 'MobilisationStarted':
      return withContract(state, event.data.contractId, (c) => ({
        ...c,
        status: 'mobilising',
        mobilisedOn: event.data.startedOn,
      }));
    case 'ServiceWentLive':
      return withContract(state, event.data.contractId, (c) => ({
        ...c,
        status: 'live',
        liveOn: event.data.liveOn,
        nextKpiAssessmentDueBy: event.data.nextKpiAssessmentDueBy,
      }));
    case 'ModuleEmbedded':
      return withContract(state, event.data.contractId, (c) => ({ ...c, embeddedOn: event.data.embeddedOn }));
    case 'OutcomesFrameworkAdopted': {
      const d = event.data;
      return {
        ...state,
        outcomesFrameworks: withId(state.outcomesFrameworks, d.frameworkId, { contractIds: d.contractIds }),
        outcomes: withIds(
          state.outcomes,
          d.outcomes.map((o) => [o.outcomeId, { frameworkId: d.frameworkId }]),
        ),
      };
    }
    case 'KpiDefined': {
      const d = event.data;
      return withContract(state, d.contractId, (c) => ({
        ...c,
        kpis: withId(c.kpis, d.kpiId, { target: d.target, direction: d.direction, tolerance: d.tolerance }),
      }));
    }
    case 'KpiDutyExceptionRecorded':
      // The duty does not apply to this contract: no KPI count at go-live, no assessments due.
      return withContract(state, event.data.contractId, (c) => ({ ...c, kpisRequired: false }));
    case 'IncentiveAgreed':
      return {
        ...state,
        incentives: withId(state.incentives, event.data.incentiveId, { contractId: event.data.contractId }),
      };
    case 'PerformanceReturnSubmitted': {
      const d = event.data;
      return withContract(state, d.contractId, (c) => ({
        ...c,
        returns: withId(c.returns, d.returnId, {
          submittedBy: d.submittedBy,
          submittedOn: d.submittedOn,
          measures: d.measures,
          correctedBy: [],
          approvedOn: null,
        }),
      }));
    }
    case 'PerformanceReturnApproved': {
      const d = event.data;
      return withContract(state, d.contractId, (c) => {
        const submitted = own(c.returns, d.returnId);
        return submitted === undefined
          ? c
          : { ...c, returns: withId(c.returns, d.returnId, { ...submitted, approvedOn: d.approvedOn }) };
      });
    }
    case 'PerformanceReviewed': {
      const d = event.data;
      return withContract(state, d.contractId, (c) => ({
        ...c,
        reviews: withId(c.reviews, d.reviewId, {
          reviewedOn: d.reviewedOn,
          rating: d.rating,
          rag: d.rag,
          decision: d.decision,
          finalAssessment: d.finalAssessment,
        }),
        latestReviewId: d.reviewId,
        nextKpiAssessmentDueBy: d.nextAssessmentDueBy,
      }));
    }
    case 'ExpenditureClaimed': {
      const d = event.data;
      return withContract(state, d.contractId, (c) => ({
        ...c,
        claims: withId(c.claims, d.claimId, {
          correctedBy: [],
          periodStart: d.periodStart,
          periodEnd: d.periodEnd,
          claimedPence: d.claimedPence,
          claimedOn: d.claimedOn,
          claimedBy: d.claimedBy,
          verifiedPence: null,
          payablePence: null,
        }),
      }));
    }
    case 'ExpenditureVerified': {
      const d = event.data;
      return withContract(state, d.contractId, (c) => {
        const claim = own(c.claims, d.claimId);
        return claim === undefined
          ? c
          : {
              ...c,
              claims: withId(c.claims, d.claimId, {
                ...claim,
                verifiedPence: d.verifiedPence,
                payablePence: d.payablePence,
              }),
            };
      });
    }
    case 'ExternalFundingSecured':
      return {
        ...state,
        externalFunding: withId(state.externalFunding, event.data.fundingId, {
          amountPence: event.data.amountPence,
          funder: event.data.funder,
        }),
      };
    case 'ExtensionOptionExercised':
      return evolveExtension(state, event);
    case 'PerformanceReturnCorrected':
    case 'ExpenditureClaimCorrected':
      return evolveCorrection(state, event);
    case 'ContractModified': {
      const d = event.data;
      return {
        ...withContract(state, d.contractId, (c) => ({
          ...c,
          endsOn: d.newEndsOn,
          currentValuePence: c.currentValuePence + d.valueChangePence,
          annualValuePence: d.newAnnualValuePence ?? c.annualValuePence,
        })),
        modifications: withId(state.modifications, d.modificationId, {
          contractId: d.contractId,
          valueChangePence: d.valueChangePence,
          category: d.classification.category,
        }),
      };
    }
    case 'ModuleExpansionProposed': {
      const d = event.data;
      return {
        ...state,
        expansions: withId(state.expansions, d.expansionId, {
          agreementId: d.agreementId,
          annualValuePence: d.annualValuePence,
          deliveryModel: d.deliveryModel,
          proposedOn: d.proposedOn,
          proposedBy: d.proposedBy,
          status: 'proposed',
          decidedOn: null,
          contractId: null,
        }),
      };
    }
    case 'ModuleExpansionApproved':
    case 'ModuleExpansionRejected': {
      const d = event.data;
      const expansion = own(state.expansions, d.expansionId);
      if (expansion === undefined) return state;
      const approved = event.type === 'ModuleExpansionApproved';
      return {
        ...state,
        expansions: withId(state.expansions, d.expansionId, {
          ...expansion,
          status: approved ? 'approved' : 'rejected',
          decidedOn: approved ? event.data.approvedOn : event.data.rejectedOn,
        }),
      };
    }
    case 'ContractExpired':
      return withContract(state, event.data.contractId, (c) => ({
        ...c,
        status: 'expired',
        endedOn: event.data.expiredOn,
      }));
    case 'TerminationNoticeGiven': {
      const d = event.data;
      return withContract(state, d.contractId, (c) => ({
        ...c,
        terminationNotice: {
          ground: d.ground,
          givenBy: d.givenBy,
          noticeGivenOn: d.noticeGivenOn,
          effectiveOn: d.effectiveOn,
        },
      }));
    }
    case 'NoticePublished':
      // Nothing a later decision depends on: the notice is kept for the publications that cite it.
      return state;
    case 'ContractTerminated':
      return withContract(state, event.data.contractId, (c) => ({
        ...c,
        status: 'terminated',
        endedOn: event.data.terminatedOn,
      }));
  }
};
