import {
  formatPounds,
  PartnershipEvent,
  partnershipEventRegistry,
  RecordedEvent,
} from '@council-partnerships/domain';
import { businessDateOf, financialYearLabel, summarise } from '@council-partnerships/projections';
import { correctedEventId, isCorrection } from '../timeline/corrections';

type Rag = 'green' | 'amber' | 'red';

/** A step of the lifecycle worth showing a committee, with the stage it belongs to. */
export interface Milestone {
  readonly on: string;
  readonly stage: string;
  readonly type: string;
  readonly what: string;
}

/** The worst RAG a KPI was reported at in one quarter of the financial year. */
export interface RagCell {
  readonly row: string;
  readonly quarter: string;
  readonly rag: Rag;
  readonly returns: number;
}

export interface Modification {
  readonly on: string;
  readonly subject: string;
  readonly change: string;
  readonly category: string;
  readonly substantial: boolean;
  readonly changeNoticeRequired: boolean;
  /** The provision the classification rests on (PA 2023 s.74, PCR 2015 reg 72, ...). */
  readonly provision: string;
  readonly explanation: string;
}

export interface Correction {
  readonly recordedAt: string;
  readonly type: string;
  readonly corrects: string | null;
  readonly what: string;
}

/** What the report reads from a partnership's own stream, beside what the read models summarise. */
export interface StreamFacts {
  readonly milestones: readonly Milestone[];
  readonly rag: readonly RagCell[];
  readonly modifications: readonly Modification[];
  readonly corrections: readonly Correction[];
  /** Events recorded on a later day than they happened: late returns, backdated entries. */
  readonly recordedLate: number;
}

/** Which lifecycle stage each milestone event marks; anything else is routine delivery. */
const STAGES = new Map<string, string>([
  ['PartnershipConceived', 'concept'],
  ['MarketEngagementEventHeld', 'market engagement'],
  ['ProcurementLaunched', 'procurement'],
  ['FinalTendersInvited', 'procurement'],
  ['TendersEvaluated', 'evaluation'],
  ['AwardDecisionMade', 'award'],
  ['StandstillEnded', 'standstill'],
  ['PartnershipAgreementSigned', 'agreement'],
  ['ServiceContractSigned', 'agreement'],
  ['MobilisationStarted', 'mobilisation'],
  ['ServiceWentLive', 'live delivery'],
  ['ModuleEmbedded', 'live delivery'],
  ['PerformanceReviewed', 'reviews'],
  ['ExtensionOptionExercised', 'extensions and changes'],
  ['ContractModified', 'extensions and changes'],
  ['ModuleExpansionApproved', 'extensions and changes'],
  ['TerminationNoticeGiven', 'end'],
  ['ContractTerminated', 'end'],
  ['ContractExpired', 'end'],
  ['ProcurementCancelled', 'end'],
]);

export const STAGE_ORDER = [
  'concept',
  'market engagement',
  'procurement',
  'evaluation',
  'award',
  'standstill',
  'agreement',
  'mobilisation',
  'live delivery',
  'reviews',
  'extensions and changes',
  'end',
];

const RAG_ORDER: Record<Rag, number> = { green: 0, amber: 1, red: 2 };

/** The financial-year quarter a date falls in: April to June is Q1. */
export const quarterOf = (date: string): string => {
  const month = Number(date.slice(5, 7));
  const quarter = month >= 4 ? Math.floor((month - 4) / 3) + 1 : 4;
  return `${financialYearLabel(date)} Q${quarter}`;
};

type ContractModified = Extract<PartnershipEvent, { type: 'ContractModified' }>;

export const addTo = <K, V>(map: Map<K, V>, key: K, empty: () => V, add: (v: V) => V): void => {
  map.set(key, add(map.get(key) ?? empty()));
};

const changeText = (data: ContractModified['data']): string => {
  const term =
    data.termChangeMonths === 0
      ? ''
      : `term ${data.termChangeMonths > 0 ? '+' : ''}${data.termChangeMonths} months to ${data.newEndsOn}`;
  const value =
    data.valueChangePence === 0
      ? ''
      : `value ${data.valueChangePence > 0 ? '+' : ''}${formatPounds(data.valueChangePence)}`;
  return [data.description, [term, value].filter((s) => s !== '').join(', ')]
    .filter((s) => s !== '')
    .join(': ');
};

/** How a change was classified in law, as the report's modifications table lists it. */
const classified = ({
  category,
  substantial,
  changeNoticeRequired,
  provision,
  explanation,
}: ContractModified['data']['classification']) => ({
  category,
  substantial,
  changeNoticeRequired,
  provision,
  explanation,
});

/**
 * Every return, modification and correction of one stream, and its milestones, in the order recorded.
 * Each event type is named below, so that a new one is placed in the report or left out on purpose.
 */
export const streamFactsOf = (events: readonly RecordedEvent[]): StreamFacts => {
  const milestones: Milestone[] = [];
  const kpiNames = new Map<string, string>();
  const contractTitles = new Map<string, string>();
  const ragCells = new Map<string, RagCell>();
  const modifications: Modification[] = [];
  const corrections: Correction[] = [];
  let recordedLate = 0;

  for (const recorded of events) {
    const happenedOn = businessDateOf(recorded.occurredAt);
    if (businessDateOf(recorded.recordedAt) > happenedOn) recordedLate += 1;
    if (isCorrection(recorded)) {
      corrections.push({
        recordedAt: recorded.recordedAt,
        type: recorded.type,
        corrects: correctedEventId(recorded),
        what: JSON.stringify(recorded.data).slice(0, 200),
      });
    }
    const decoded = partnershipEventRegistry.decode(recorded);
    if (decoded._tag === 'Left') continue;
    const event = decoded.right;
    const stage = STAGES.get(event.type);
    if (stage !== undefined)
      milestones.push({ on: happenedOn, stage, type: event.type, what: summarise(event) });
    switch (event.type) {
      case 'ServiceContractSigned':
        contractTitles.set(event.data.contractId, event.data.title);
        break;
      case 'PartnershipAgreementSigned':
        contractTitles.set(event.data.agreementId, event.data.title);
        break;
      case 'KpiDefined':
        kpiNames.set(`${event.data.contractId}/${event.data.kpiId}`, event.data.name);
        break;
      case 'PerformanceReturnSubmitted': {
        const quarter = quarterOf(event.data.periodEnd);
        for (const m of event.data.measures) {
          const contract = contractTitles.get(event.data.contractId) ?? event.data.contractId;
          const kpi = kpiNames.get(`${event.data.contractId}/${m.kpiId}`) ?? m.kpiId;
          const row = `${contract}: ${kpi}`;
          addTo(
            ragCells,
            `${row}\u0000${quarter}`,
            () => ({ row, quarter, rag: m.rag, returns: 0 }),
            (cell) => ({
              ...cell,
              rag: RAG_ORDER[m.rag] > RAG_ORDER[cell.rag] ? m.rag : cell.rag,
              returns: cell.returns + 1,
            }),
          );
        }
        break;
      }
      case 'ContractModified':
        modifications.push({
          on: event.data.agreedOn,
          subject: contractTitles.get(event.data.contractId) ?? event.data.contractId,
          change: `${event.data.kind}: ${changeText(event.data)}`,
          ...classified(event.data.classification),
        });
        break;
      case 'ModuleExpansionApproved':
        modifications.push({
          on: event.data.approvedOn,
          subject: `module expansion ${event.data.expansionId}`,
          change: `scope ${formatPounds(event.data.scopeAnnualValueBeforePence)} to ${formatPounds(event.data.scopeAnnualValueAfterPence)} a year`,
          ...classified(event.data.classification),
        });
        break;
      // Milestones at most: the read models already give what the report shows of these.
      case 'AwardDecisionMade':
      case 'BiddersShortlisted':
      case 'BoardMeetingHeld':
      case 'CommissionerJoined':
      case 'CommissioningActivityRecorded':
      case 'ContractDatesCorrected':
      case 'ContractExpired':
      case 'ContractTerminated':
      case 'DesignBriefIssued':
      case 'DialogueRoundHeld':
      case 'ExpenditureClaimCorrected':
      case 'ExpenditureClaimed':
      case 'ExpenditureVerified':
      case 'ExtensionOptionExercised':
      case 'ExternalFundingSecured':
      case 'FinalTendersInvited':
      case 'FrameworkMemberAdmitted':
      case 'FundingSourceRecorded':
      case 'GovernanceDecisionRecorded':
      case 'IncentiveAgreed':
      case 'KpiDefinitionCorrected':
      case 'KpiDutyExceptionRecorded':
      case 'MarketEngagementEventHeld':
      case 'MarketEngagementEventScheduled':
      case 'MobilisationStarted':
      case 'ModuleEmbedded':
      case 'ModuleExpansionProposed':
      case 'ModuleExpansionRejected':
      case 'NoticePublished':
      case 'OutcomesFrameworkAdopted':
      case 'PartnershipBoardEstablished':
      case 'PartnershipConceived':
      case 'PerformanceReturnApproved':
      case 'PerformanceReturnCorrected':
      case 'PerformanceReviewed':
      case 'ProcurementCancelled':
      case 'ProcurementLaunched':
      case 'ProviderInterestRecorded':
      case 'ProviderProformaAssessed':
      case 'ServiceDesignAgreed':
      case 'ServiceWentLive':
      case 'StandstillEnded':
      case 'StandstillNoticeIssued':
      case 'TenderReceived':
      case 'TendersEvaluated':
      case 'TerminationNoticeGiven':
        break;
    }
  }

  return {
    milestones,
    rag: [...ragCells.values()],
    modifications: modifications.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0)),
    corrections,
    recordedLate,
  };
};
