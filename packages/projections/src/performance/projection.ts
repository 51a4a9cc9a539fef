import { partnershipEventRegistry, PartnershipEvent } from '@council-partnerships/domain';
import { defineProjection } from '../projection';
import { PartnershipProjected, perPartnership, withEntry } from '../partnershipEvents';
import { jsonStateCodec } from '../stateCodecs';
import {
  ContractPerformanceState,
  PartnershipPerformanceState,
  PerformanceProjectionState,
  PerformanceProjectionStateCodec,
  PerformanceReturn,
} from './state';

const emptyPartnership = (partnershipId: string): PartnershipPerformanceState => ({
  partnershipId,
  title: partnershipId,
  agreementId: null,
  contracts: {},
  expansions: [],
});

const newContract = (
  contractId: string,
  fields: Pick<
    ContractPerformanceState,
    'tier' | 'title' | 'supplierName' | 'agreementId' | 'expansionId' | 'kpisRequired' | 'startsOn' | 'endsOn'
  >,
): ContractPerformanceState => ({
  contractId,
  ...fields,
  liveOn: null,
  embeddedOn: null,
  nextKpiAssessmentDueBy: null,
  terminationNoticeEffectiveOn: null,
  ended: null,
  kpis: [],
  returns: [],
  earlierActuals: {},
  earlierReturnsNotKept: false,
  reviews: [],
});

type PeriodOf = { readonly periodStart: string; readonly periodEnd: string };

/** Period order: by end, then start (as the scorecards are shown). */
const isBefore = (a: PeriodOf, b: PeriodOf): boolean =>
  a.periodEnd === b.periodEnd ? a.periodStart < b.periodStart : a.periodEnd < b.periodEnd;

/**
 * Files a return among the kept ones in period order (a resubmission replaces the return with its id:
 * the latest figures count) and, past `kept`, lets the oldest go, remembering each KPI's latest
 * measure among those let go.
 */
const fileReturn = (
  c: ContractPerformanceState,
  filed: PerformanceReturn,
  kept: number,
): ContractPerformanceState => {
  const returns = c.returns.filter((r) => r.returnId !== filed.returnId);
  let at = returns.length;
  while (at > 0 && isBefore(filed, returns[at - 1]!)) at -= 1;
  returns.splice(at, 0, filed);
  if (returns.length <= kept) return { ...c, returns };
  const earlierActuals = { ...c.earlierActuals };
  for (const dropped of returns.splice(0, returns.length - kept)) {
    for (const m of dropped.measures) {
      const known = earlierActuals[m.kpiId];
      if (known === undefined || !isBefore(dropped, known))
        earlierActuals[m.kpiId] = {
          periodStart: dropped.periodStart,
          periodEnd: dropped.periodEnd,
          actual: m.actual,
        };
    }
  }
  return { ...c, returns, earlierActuals, earlierReturnsNotKept: true };
};

const applyToPartnership = (
  p: PartnershipPerformanceState,
  event: PartnershipProjected,
  kept: number,
): PartnershipPerformanceState => {
  const contract = (
    contractId: string,
    change: (c: ContractPerformanceState) => ContractPerformanceState,
  ) => {
    const current = p.contracts[contractId];
    return current === undefined
      ? p
      : { ...p, contracts: withEntry(p.contracts, contractId, change(current)) };
  };
  switch (event.type) {
    case 'PartnershipConceived':
      return { ...p, title: event.data.title };
    case 'PartnershipAgreementSigned':
      return {
        ...p,
        agreementId: event.data.agreementId,
        contracts: withEntry(
          p.contracts,
          event.data.agreementId,
          newContract(event.data.agreementId, {
            tier: 1,
            title: event.data.title,
            supplierName: event.data.partnerName,
            agreementId: null,
            expansionId: null,
            kpisRequired: false,
            startsOn: event.data.startsOn,
            endsOn: event.data.endsOn,
          }),
        ),
      };
    case 'ServiceContractSigned':
      return {
        ...p,
        contracts: withEntry(
          p.contracts,
          event.data.contractId,
          newContract(event.data.contractId, {
            tier: 2,
            title: event.data.title,
            supplierName: event.data.supplierName,
            agreementId: event.data.agreementId,
            expansionId: event.data.expansionId,
            kpisRequired: event.data.kpisRequired,
            startsOn: event.data.startsOn,
            endsOn: event.data.endsOn,
          }),
        ),
      };
    case 'ExtensionOptionExercised':
    case 'ContractModified':
      return contract(event.data.contractId, (c) => ({ ...c, endsOn: event.data.newEndsOn }));
    case 'ServiceWentLive':
      return contract(event.data.contractId, (c) => ({
        ...c,
        liveOn: event.data.liveOn,
        nextKpiAssessmentDueBy: event.data.nextKpiAssessmentDueBy ?? c.nextKpiAssessmentDueBy,
      }));
    case 'ModuleEmbedded':
      return contract(event.data.contractId, (c) => ({
        ...c,
        embeddedOn: c.embeddedOn ?? event.data.embeddedOn,
      }));
    case 'KpiDefined':
      return contract(event.data.contractId, (c) => ({
        ...c,
        kpis: [
          ...c.kpis.filter((k) => k.kpiId !== event.data.kpiId),
          {
            kpiId: event.data.kpiId,
            name: event.data.name,
            unit: event.data.unit,
            target: event.data.target,
            direction: event.data.direction,
            greenWithinBps: event.data.tolerance.greenWithinBps,
            amberWithinBps: event.data.tolerance.amberWithinBps,
            frequency: event.data.frequency,
            definedOn: event.data.definedOn,
          },
        ],
      }));
    case 'PerformanceReturnSubmitted':
      return contract(event.data.contractId, (c) =>
        fileReturn(
          c,
          {
            returnId: event.data.returnId,
            periodStart: event.data.periodStart,
            periodEnd: event.data.periodEnd,
            submittedOn: event.data.submittedOn,
            submittedBy: event.data.submittedBy.id,
            measures: event.data.measures.map((m) => ({ kpiId: m.kpiId, actual: m.actual, rag: m.rag })),
            approvedOn: null,
          },
          kept,
        ),
      );
    case 'PerformanceReturnApproved':
      return contract(event.data.contractId, (c) => ({
        ...c,
        returns: c.returns.map((r) =>
          r.returnId === event.data.returnId ? { ...r, approvedOn: event.data.approvedOn } : r,
        ),
      }));
    case 'PerformanceReviewed':
      return contract(event.data.contractId, (c) => ({
        ...c,
        embeddedOn: c.embeddedOn ?? (event.data.confirmsEmbedded ? event.data.reviewedOn : null),
        nextKpiAssessmentDueBy: event.data.nextAssessmentDueBy,
        reviews: [
          ...c.reviews,
          {
            reviewId: event.data.reviewId,
            reviewedOn: event.data.reviewedOn,
            periodStart: event.data.periodStart,
            periodEnd: event.data.periodEnd,
            rating: event.data.rating,
            ratingExplanation: event.data.ratingExplanation,
            rag: event.data.rag,
            decision: event.data.decision,
            kpiAssessments: event.data.kpiAssessments.map((a) => ({ ...a })),
            finalAssessment: event.data.finalAssessment,
            confirmsEmbedded: event.data.confirmsEmbedded,
            nextAssessmentDueBy: event.data.nextAssessmentDueBy,
            reviewedBy: event.data.reviewedBy.id,
          },
        ],
      }));
    case 'TerminationNoticeGiven':
      return contract(event.data.contractId, (c) => ({
        ...c,
        terminationNoticeEffectiveOn: event.data.effectiveOn,
      }));
    case 'ContractExpired':
      return contract(event.data.contractId, (c) => ({
        ...c,
        ended: { on: event.data.expiredOn, how: 'expired' },
      }));
    case 'ContractTerminated':
      return contract(event.data.contractId, (c) => ({
        ...c,
        ended: { on: event.data.terminatedOn, how: 'terminated' },
      }));
    case 'ModuleExpansionProposed':
      return {
        ...p,
        expansions: [
          ...p.expansions,
          {
            expansionId: event.data.expansionId,
            title: event.data.title,
            status: 'proposed',
            decidedOn: null,
          },
        ],
      };
    case 'ModuleExpansionApproved':
    case 'ModuleExpansionRejected': {
      const decidedOn =
        event.type === 'ModuleExpansionApproved' ? event.data.approvedOn : event.data.rejectedOn;
      const status = event.type === 'ModuleExpansionApproved' ? 'approved' : 'rejected';
      return {
        ...p,
        expansions: p.expansions.map((e) =>
          e.expansionId === event.data.expansionId ? { ...e, status, decidedOn } : e,
        ),
      };
    }
    default:
      return p;
  }
};

export const DEFAULT_SCORECARDS_KEPT = 24;

export interface PerformanceProjectionOptions {
  /**
   * How many returns (scorecards) to keep per contract, the latest by period; default 24, two years of
   * monthly returns. Older returns stay in the log (replay as of a date, the audit timeline); the read
   * model's memory then stays the same however long the contracts run. `'all'` keeps every one.
   */
  readonly scorecardsKept?: number | 'all';
}

/**
 * Performance: KPIs, the latest returns and every review of each contract, which modules are embedded,
 * expansions. Each choice of `scorecardsKept` is a projection of its own name, so snapshots made with
 * one are never read as another.
 */
export const createPerformanceProjection = (options: PerformanceProjectionOptions = {}) => {
  const keep = options.scorecardsKept ?? DEFAULT_SCORECARDS_KEPT;
  if (keep !== 'all' && !(Number.isSafeInteger(keep) && keep >= 1))
    throw new RangeError(`scorecardsKept must be 'all' or a whole number, 1 or more (got ${String(keep)})`);
  const kept = keep === 'all' ? Number.POSITIVE_INFINITY : keep;
  return defineProjection<PerformanceProjectionState, PartnershipEvent>({
    name: keep === DEFAULT_SCORECARDS_KEPT ? 'performance' : `performance-keeping-${String(keep)}`,
    // 2: returns kept in period order, up to `scorecardsKept`.
    version: 2,
    registry: partnershipEventRegistry,
    initial: () => ({ partnerships: {} }),
    ...perPartnership(emptyPartnership, (p, event) => applyToPartnership(p, event, kept)),
    stateCodec: jsonStateCodec(PerformanceProjectionStateCodec),
  });
};

/** The performance read model keeping the latest 24 returns of each contract. */
export const performanceProjection = createPerformanceProjection();
