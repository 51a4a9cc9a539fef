import {
  formatPounds,
  PartnershipEvent,
  partnershipEventRegistry,
  RecordedEvent,
} from '@council-partnerships/domain';
import { businessDateOf, financialYearLabel, summarise } from '@council-partnerships/projections';
import { PartnershipAsOf } from '../replay/partnershipAsOf';
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

export interface ValueYear {
  readonly financialYear: string;
  readonly committedPence: number;
  readonly maximumPence: number;
  readonly verifiedPence: number;
}

export interface ClaimYear {
  readonly financialYear: string;
  readonly claimedPence: number;
  readonly verifiedPence: number;
  readonly disallowedPence: number;
  readonly marginPence: number;
  readonly payablePence: number;
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

export interface PartnershipReportData {
  readonly replay: PartnershipAsOf;
  readonly milestones: readonly Milestone[];
  readonly valueByYear: readonly ValueYear[];
  readonly claimsByYear: readonly ClaimYear[];
  readonly awaitingVerificationPence: number;
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

const addTo = <K, V>(map: Map<K, V>, key: K, empty: () => V, add: (v: V) => V): void => {
  map.set(key, add(map.get(key) ?? empty()));
};

const changeText = (data: Extract<PartnershipEvent, { type: 'ContractModified' }>['data']): string => {
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

/**
 * What the committee report shows of one partnership, from its replay (the read models) and its own
 * stream (every return, claim, modification and correction, which the read models summarise).
 */
export const reportDataOf = (
  replay: PartnershipAsOf,
  events: readonly RecordedEvent[],
): PartnershipReportData => {
  const milestones: Milestone[] = [];
  const kpiNames = new Map<string, string>();
  const contractTitles = new Map<string, string>();
  const ragCells = new Map<string, { row: string; quarter: string; rag: Rag; returns: number }>();
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
          category: event.data.classification.category,
          substantial: event.data.classification.substantial,
          changeNoticeRequired: event.data.classification.changeNoticeRequired,
          provision: event.data.classification.provision,
          explanation: event.data.classification.explanation,
        });
        break;
      case 'ModuleExpansionApproved':
        modifications.push({
          on: event.data.approvedOn,
          subject: `module expansion ${event.data.expansionId}`,
          change: `scope ${formatPounds(event.data.scopeAnnualValueBeforePence)} to ${formatPounds(event.data.scopeAnnualValueAfterPence)} a year`,
          category: event.data.classification.category,
          substantial: event.data.classification.substantial,
          changeNoticeRequired: event.data.classification.changeNoticeRequired,
          provision: event.data.classification.provision,
          explanation: event.data.classification.explanation,
        });
        break;
      default:
        break;
    }
  }

  const verified = new Map<string, ClaimYear>();
  let awaitingVerificationPence = 0;
  for (const contract of replay.value?.contracts ?? []) {
    if (contract.openBook === null) continue;
    awaitingVerificationPence += contract.openBook.awaitingVerificationPence;
    for (const y of contract.openBook.byFinancialYear) {
      addTo(
        verified,
        y.financialYear,
        () => ({
          financialYear: y.financialYear,
          claimedPence: 0,
          verifiedPence: 0,
          disallowedPence: 0,
          marginPence: 0,
          payablePence: 0,
        }),
        (c) => ({
          financialYear: c.financialYear,
          claimedPence: c.claimedPence + y.claimedPence,
          verifiedPence: c.verifiedPence + y.verifiedPence,
          disallowedPence: c.disallowedPence + y.disallowedPence,
          marginPence: c.marginPence + y.marginPence,
          payablePence: c.payablePence + y.payablePence,
        }),
      );
    }
  }
  const valueByYear = (replay.value?.byFinancialYear ?? []).map((y) => ({
    financialYear: y.financialYear,
    committedPence: y.committedPence,
    maximumPence: y.maximumPence,
    verifiedPence: verified.get(y.financialYear)?.verifiedPence ?? 0,
  }));
  const byLabel = <T extends { financialYear: string }>(a: T, b: T) =>
    a.financialYear < b.financialYear ? -1 : 1;
  return {
    replay,
    milestones,
    valueByYear,
    claimsByYear: [...verified.values()].sort(byLabel),
    awaitingVerificationPence,
    rag: [...ragCells.values()],
    modifications: modifications.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0)),
    corrections,
    recordedLate,
  };
};
