import { partnershipEventRegistry, PartnershipEvent } from '@council-partnerships/domain';
import { combineProjections } from '../combine';
import { contractValueProjection } from '../contractValue/projection';
import { defineProjection } from '../projection';
import { PartnershipProjected, perPartnership, withEntry } from '../partnershipEvents';
import { jsonStateCodec } from '../stateCodecs';
import { RegisterContract, RegisterFactsState, RegisterFactsStateCodec, RegisterPartnership } from './state';

const emptyPartnership = (partnershipId: string): RegisterPartnership => ({
  partnershipId,
  title: partnershipId,
  serviceArea: null,
  description: null,
  leadCommissioner: null,
  conceivedOn: null,
  engagementEvents: [],
  procurements: {},
  contracts: {},
});

const applyToPartnership = (p: RegisterPartnership, event: PartnershipProjected): RegisterPartnership => {
  const procurement = (
    id: string,
    change: (pr: RegisterPartnership['procurements'][string]) => RegisterPartnership['procurements'][string],
  ) => {
    const current = p.procurements[id];
    return current === undefined ? p : { ...p, procurements: withEntry(p.procurements, id, change(current)) };
  };
  const contract = (id: string, change: (c: RegisterContract) => RegisterContract) => {
    const current = p.contracts[id];
    return current === undefined ? p : { ...p, contracts: withEntry(p.contracts, id, change(current)) };
  };
  switch (event.type) {
    case 'PartnershipConceived':
      return {
        ...p,
        title: event.data.title,
        serviceArea: event.data.serviceArea,
        description: event.data.description,
        leadCommissioner: event.data.leadCommissioner.name,
        conceivedOn: event.data.conceivedOn,
      };
    case 'MarketEngagementEventScheduled':
      return {
        ...p,
        engagementEvents: [
          ...p.engagementEvents,
          {
            engagementEventId: event.data.engagementEventId,
            title: event.data.title,
            date: event.data.date,
            heldOn: null,
          },
        ],
      };
    case 'MarketEngagementEventHeld':
      return {
        ...p,
        engagementEvents: p.engagementEvents.map((e) =>
          e.engagementEventId === event.data.engagementEventId ? { ...e, heldOn: event.data.heldOn } : e,
        ),
      };
    case 'ProcurementLaunched':
      return {
        ...p,
        procurements: withEntry(p.procurements, event.data.procurementId, {
          procurementId: event.data.procurementId,
          title: event.data.title,
          procedure: event.data.procedure,
          regime: event.data.regime,
          lightTouch: event.data.lightTouch,
          launchedOn: event.data.launchedOn,
          advertisedOn: event.data.advertisedOn,
          portal: event.data.portal,
          noticeReference: event.data.noticeReference,
          finalTenderDeadline: null,
          tendersReceived: 0,
          evaluatedLotIds: [],
          awardedLotIds: [],
          lotCount: event.data.lots.length,
          standstills: [],
          cancelledOn: null,
        }),
      };
    case 'FinalTendersInvited':
      return procurement(event.data.procurementId, (pr) => ({
        ...pr,
        finalTenderDeadline: event.data.deadline,
      }));
    case 'TenderReceived':
      return procurement(event.data.procurementId, (pr) => ({
        ...pr,
        tendersReceived: pr.tendersReceived + 1,
      }));
    case 'TendersEvaluated':
      return procurement(event.data.procurementId, (pr) => ({
        ...pr,
        evaluatedLotIds: [...pr.evaluatedLotIds.filter((id) => id !== event.data.lotId), event.data.lotId],
      }));
    case 'AwardDecisionMade':
      return procurement(event.data.procurementId, (pr) => ({
        ...pr,
        awardedLotIds: [...pr.awardedLotIds.filter((id) => id !== event.data.lotId), event.data.lotId],
      }));
    case 'StandstillNoticeIssued':
      return procurement(event.data.procurementId, (pr) => ({
        ...pr,
        standstills: [
          ...pr.standstills,
          {
            lotIds: [...event.data.lotIds],
            noticeDate: event.data.noticeDate,
            lastDay: event.data.lastDay,
            earliestSigningDate: event.data.earliestSigningDate,
            endedOn: null,
          },
        ],
      }));
    case 'StandstillEnded':
      return procurement(event.data.procurementId, (pr) => ({
        ...pr,
        standstills: pr.standstills.map((s) =>
          s.endedOn === null ? { ...s, endedOn: event.data.endedOn } : s,
        ),
      }));
    case 'ProcurementCancelled':
      return procurement(event.data.procurementId, (pr) => ({ ...pr, cancelledOn: event.data.cancelledOn }));
    case 'PartnershipAgreementSigned':
    case 'ServiceContractSigned': {
      const tier2 = event.type === 'ServiceContractSigned' ? event.data : null;
      const id = event.type === 'ServiceContractSigned' ? event.data.contractId : event.data.agreementId;
      return {
        ...p,
        contracts: withEntry(p.contracts, id, {
          contractId: id,
          services: tier2 === null ? [] : [...tier2.services],
          deliveryModel: tier2?.deliveryModel ?? null,
          regime: event.data.regime,
          lightTouch: event.data.lightTouch,
          kpisRequired: tier2?.kpisRequired ?? false,
          annualTerminationClause:
            event.data.annualTerminationClause === null
              ? null
              : {
                  noticeMonths: event.data.annualTerminationClause.noticeMonths,
                  exercisableBy: [...event.data.annualTerminationClause.exercisableBy],
                },
          mobilisationStartedOn: null,
          liveOn: null,
          nextKpiAssessmentDueBy: null,
          terminationNotice: null,
        }),
      };
    }
    case 'MobilisationStarted':
      return contract(event.data.contractId, (c) => ({ ...c, mobilisationStartedOn: event.data.startedOn }));
    case 'ServiceWentLive':
      return contract(event.data.contractId, (c) => ({
        ...c,
        liveOn: event.data.liveOn,
        nextKpiAssessmentDueBy: event.data.nextKpiAssessmentDueBy,
      }));
    case 'PerformanceReviewed':
      return contract(event.data.contractId, (c) => ({
        ...c,
        nextKpiAssessmentDueBy: event.data.nextAssessmentDueBy,
      }));
    case 'TerminationNoticeGiven':
      return contract(event.data.contractId, (c) => ({
        ...c,
        terminationNotice: {
          givenOn: event.data.noticeGivenOn,
          effectiveOn: event.data.effectiveOn,
          ground: event.data.ground,
          givenBy: event.data.givenBy,
        },
      }));
    default:
      return p;
  }
};

/** The register's own facts: the lifecycle dates and procurement details the value model does not keep. */
export const registerFactsProjection = defineProjection<RegisterFactsState, PartnershipEvent>({
  name: 'register-facts',
  version: 1,
  registry: partnershipEventRegistry,
  initial: () => ({ partnerships: {} }),
  ...perPartnership(emptyPartnership, applyToPartnership),
  stateCodec: jsonStateCodec(RegisterFactsStateCodec),
});

/** The contract register: the register's facts and the contract-value figures, folded together. */
export const registerProjection = combineProjections({
  name: 'register',
  version: 1,
  registry: partnershipEventRegistry,
  parts: { facts: registerFactsProjection, value: contractValueProjection },
});

export type RegisterState = ReturnType<typeof registerProjection.initial>;
