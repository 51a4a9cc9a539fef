import { isReadBy } from '../readers';
import {
  emptyIdRecord,
  PartnershipEvent,
  partnershipEventRegistry,
  pick,
} from '@council-partnerships/domain';
import { combineProjections } from '../combine';
import { contractValueProjection } from '../contractValue/projection';
import { Projection } from '../projection';
import { entryNamed, PartnershipLogged, definePerPartnershipProjection } from '../partnershipEvents';
import { signedContract } from '../signedContract';
import { RegisterFactsState, RegisterPartnership, RegisterPartnershipCodec } from './state';

const emptyPartnership = (partnershipId: string): RegisterPartnership => ({
  partnershipId,
  title: partnershipId,
  serviceArea: null,
  description: null,
  leadCommissioner: null,
  conceivedOn: null,
  engagementEvents: [],
  procurements: emptyIdRecord(),
  contracts: emptyIdRecord(),
});

/** Applies one event to a partnership's register facts, in place (see `PerPartnership`). */
const change = (p: RegisterPartnership, event: PartnershipLogged): void => {
  // Most events are not the register's (returns, claims): they are turned away before any look-up.
  if (!isReadBy('register', event)) return;
  const procurement = entryNamed(p.procurements, event.data, 'procurementId');
  const contract = entryNamed(p.contracts, event.data, 'contractId');
  switch (event.type) {
    case 'PartnershipConceived':
      p.title = event.data.title;
      p.serviceArea = event.data.serviceArea;
      p.description = event.data.description;
      p.leadCommissioner = event.data.leadCommissioner.name;
      p.conceivedOn = event.data.conceivedOn;
      return;
    case 'MarketEngagementEventScheduled':
      p.engagementEvents.push({ ...pick(event.data, ['engagementEventId', 'title', 'date']), heldOn: null });
      return;
    case 'MarketEngagementEventHeld':
      for (const e of p.engagementEvents)
        if (e.engagementEventId === event.data.engagementEventId) e.heldOn = event.data.heldOn;
      return;
    case 'ProcurementLaunched':
      p.procurements[event.data.procurementId] = {
        ...pick(event.data, [
          'procurementId',
          'title',
          'procedure',
          'regime',
          'lightTouch',
          'launchedOn',
          'advertisedOn',
          'portal',
          'noticeReference',
          'estimatedTotalValuePence',
        ]),
        finalTenderDeadline: null,
        tendersReceived: 0,
        evaluatedLotIds: [],
        awardedLotIds: [],
        lotCount: event.data.lots.length,
        standstills: [],
        cancelledOn: null,
      };
      return;
    case 'FinalTendersInvited':
      if (procurement !== undefined) procurement.finalTenderDeadline = event.data.deadline;
      return;
    case 'TenderReceived':
      if (procurement !== undefined) procurement.tendersReceived += 1;
      return;
    case 'TendersEvaluated':
      if (procurement === undefined) return;
      procurement.evaluatedLotIds = procurement.evaluatedLotIds.filter((id) => id !== event.data.lotId);
      procurement.evaluatedLotIds.push(event.data.lotId);
      return;
    case 'AwardDecisionMade':
      if (procurement === undefined) return;
      procurement.awardedLotIds = procurement.awardedLotIds.filter((id) => id !== event.data.lotId);
      procurement.awardedLotIds.push(event.data.lotId);
      return;
    case 'StandstillNoticeIssued':
      procurement?.standstills.push({
        lotIds: [...event.data.lotIds],
        ...pick(event.data, ['noticeDate', 'lastDay', 'earliestSigningDate']),
        endedOn: null,
      });
      return;
    case 'StandstillEnded':
      for (const s of procurement?.standstills ?? []) if (s.endedOn === null) s.endedOn = event.data.endedOn;
      return;
    case 'ProcurementCancelled':
      if (procurement !== undefined) procurement.cancelledOn = event.data.cancelledOn;
      return;
    case 'PartnershipAgreementSigned':
    case 'ServiceContractSigned': {
      const tier2 = event.type === 'ServiceContractSigned' ? event.data : null;
      const id = signedContract(event).contractId;
      p.contracts[id] = {
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
        supplierDetails:
          event.data.supplierDetails === null
            ? null
            : {
                identifiers: event.data.supplierDetails.identifiers.map((i) => pick(i, ['scheme', 'id'])),
                ...pick(event.data.supplierDetails, ['sme', 'vcse', 'publicServiceMutual']),
              },
        irrecoverableVatPence: event.data.irrecoverableVatPence,
        reviewOn: event.data.reviewOn,
        noticeReferences: [],
      };
      return;
    }
    case 'NoticePublished':
      if (contract !== undefined) contract.noticeReferences.push(event.data.reference);
      else if (procurement !== undefined && procurement.noticeReference === null)
        procurement.noticeReference = event.data.reference;
      return;
    case 'MobilisationStarted':
      if (contract !== undefined) contract.mobilisationStartedOn = event.data.startedOn;
      return;
    case 'ServiceWentLive':
      if (contract === undefined) return;
      contract.liveOn = event.data.liveOn;
      contract.nextKpiAssessmentDueBy = event.data.nextKpiAssessmentDueBy;
      return;
    case 'PerformanceReviewed':
      if (contract !== undefined) contract.nextKpiAssessmentDueBy = event.data.nextAssessmentDueBy;
      return;
    case 'TerminationNoticeGiven':
      if (contract === undefined) return;
      contract.terminationNotice = {
        givenOn: event.data.noticeGivenOn,
        ...pick(event.data, ['effectiveOn', 'ground', 'givenBy']),
      };
      return;
  }
};

/** The register's own facts: the lifecycle dates and procurement details the value model does not keep. */
export const registerFactsProjection: Projection<RegisterFactsState, PartnershipEvent> =
  definePerPartnershipProjection({
    name: 'register-facts',
    version: 2,
    empty: emptyPartnership,
    change,
    partnershipCodec: RegisterPartnershipCodec,
  });

/** The contract register: the register's facts and the contract-value figures, folded together. */
export const registerProjection = combineProjections({
  name: 'register',
  // 3: the contract-value part reprices a term a correction of the dates lengthens or shortens.
  version: 3,
  registry: partnershipEventRegistry,
  parts: { facts: registerFactsProjection, value: contractValueProjection },
});

export type RegisterState = ReturnType<typeof registerProjection.initial>;
