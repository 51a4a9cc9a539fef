import { contractStandingOn, hasEnded, own } from '@council-partnerships/domain';
import {
  ContractPerformanceState,
  PartnershipPerformanceState,
  PerformanceProjectionState,
  PerformanceReview,
} from './state';

type Rag = 'green' | 'amber' | 'red';
type Rating = PerformanceReview['rating'];
type Decision = PerformanceReview['decision'];
export type Trend = 'improving' | 'declining' | 'steady' | 'not-enough-data';

export interface ScorecardLine {
  readonly kpiId: string;
  readonly name: string;
  readonly unit: string;
  readonly target: number;
  readonly direction: 'higher-is-better' | 'lower-is-better';
  readonly actual: number;
  readonly rag: Rag;
  readonly previousActual: number | null;
  /** Against the previous period's return, in the KPI's own direction. */
  readonly trend: Trend;
}

export interface Scorecard {
  readonly returnId: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly submittedOn: string;
  readonly approvedOn: string | null;
  readonly lines: readonly ScorecardLine[];
  /** The worst RAG of the period's measures; null for a return with no measures. */
  readonly overallRag: Rag | null;
  readonly ragCounts: { readonly green: number; readonly amber: number; readonly red: number };
  /** The PA 2023 rating of the latest review whose period covers this one's end; null if none yet. */
  readonly rating: Rating | null;
  /** KPIs defined for the contract that the return did not report. */
  readonly missingKpiIds: readonly string[];
}

export interface KpiTrendPoint {
  readonly periodEnd: string;
  readonly actual: number;
  readonly rag: Rag;
}

export interface KpiTrend {
  readonly kpiId: string;
  readonly name: string;
  readonly target: number;
  readonly direction: 'higher-is-better' | 'lower-is-better';
  readonly points: readonly KpiTrendPoint[];
  readonly trend: Trend;
}

export type ModuleStatus =
  | 'signed'
  | 'live'
  | 'under-notice'
  | 'expired'
  | 'terminated'
  | 'ended-expiry-not-recorded'
  | 'ended-termination-not-recorded';

export interface ContractPerformance {
  readonly contractId: string;
  readonly tier: 1 | 2;
  readonly title: string;
  readonly supplierName: string;
  readonly status: ModuleStatus;
  readonly kpisRequired: boolean;
  readonly kpiCount: number;
  readonly liveOn: string | null;
  readonly embeddedOn: string | null;
  /** The PA 2023 rating of the latest review (Good, Approaching target, ...); null before any review. */
  readonly rating: Rating | null;
  readonly rag: Rag | null;
  readonly latestReview: PerformanceReview | null;
  readonly reviews: readonly PerformanceReview[];
  /** One per return kept (the latest by period, see `scorecardsKept`), oldest first. */
  readonly scorecards: readonly Scorecard[];
  /** True when older returns exist than the scorecards shown; they stay in the log. */
  readonly earlierReturnsNotKept: boolean;
  readonly trends: readonly KpiTrend[];
  readonly nextKpiAssessmentDueBy: string | null;
  /** True when `today` was given and the KPI assessment is past due. */
  readonly assessmentOverdue: boolean;
}

export interface ExpansionRule {
  readonly acceptableRatings: readonly Rating[];
  readonly acceptableDecisions: readonly Decision[];
}

/** The default council policy: every live module last rated Good or Approaching target, decided to continue. */
export const DEFAULT_EXPANSION_RULE: ExpansionRule = {
  acceptableRatings: ['good', 'approaching-target'],
  acceptableDecisions: ['continue'],
};

export interface PartnershipPerformance {
  readonly partnershipId: string;
  readonly title: string;
  readonly contracts: readonly ContractPerformance[];
  /** The modules the partnership started with (not added by expansion) and which of them are embedded. */
  readonly initialModuleIds: readonly string[];
  readonly embeddedModuleIds: readonly string[];
  readonly expansion: {
    readonly allowed: boolean;
    /** Why not, in words an officer can act on; empty when allowed. */
    readonly reasons: readonly string[];
    readonly expansions: PartnershipPerformanceState['expansions'];
  };
}

const RAG_ORDER: Record<Rag, number> = { green: 0, amber: 1, red: 2 };

const trendOf = (
  direction: 'higher-is-better' | 'lower-is-better',
  previous: number | null,
  current: number,
): Trend => {
  if (previous === null) return 'not-enough-data';
  if (previous === current) return 'steady';
  return current > previous === (direction === 'higher-is-better') ? 'improving' : 'declining';
};

const byPeriod = <T extends { periodEnd: string; periodStart: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) =>
    a.periodEnd === b.periodEnd
      ? a.periodStart < b.periodStart
        ? -1
        : 1
      : a.periodEnd < b.periodEnd
        ? -1
        : 1,
  );

const scorecardsOf = (c: ContractPerformanceState): Scorecard[] => {
  const previous = new Map<string, number>(
    Object.entries(c.earlierActuals).map(([kpiId, earlier]) => [kpiId, earlier.actual]),
  );
  return byPeriod(c.returns).map((r) => {
    const lines = r.measures.map((m) => {
      const kpi = c.kpis.find((k) => k.kpiId === m.kpiId);
      const direction = kpi?.direction ?? 'higher-is-better';
      const previousActual = previous.get(m.kpiId) ?? null;
      return {
        kpiId: m.kpiId,
        name: kpi?.name ?? m.kpiId,
        unit: kpi?.unit ?? '',
        target: kpi?.target ?? 0,
        direction,
        actual: m.actual,
        rag: m.rag,
        previousActual,
        trend: trendOf(direction, previousActual, m.actual),
      };
    });
    for (const m of r.measures) previous.set(m.kpiId, m.actual);
    const count = (rag: Rag) => lines.filter((l) => l.rag === rag).length;
    const worst = lines.reduce<Rag | null>(
      (w, l) => (w === null || RAG_ORDER[l.rag] > RAG_ORDER[w] ? l.rag : w),
      null,
    );
    return {
      returnId: r.returnId,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      submittedOn: r.submittedOn,
      approvedOn: r.approvedOn,
      lines,
      overallRag: worst,
      ragCounts: { green: count('green'), amber: count('amber'), red: count('red') },
      rating:
        [...c.reviews]
          .filter((review) => review.periodStart <= r.periodEnd && r.periodEnd <= review.periodEnd)
          .sort((a, b) => (a.reviewedOn < b.reviewedOn ? -1 : a.reviewedOn > b.reviewedOn ? 1 : 0))
          .pop()?.rating ?? null,
      missingKpiIds: c.kpis.filter((k) => !r.measures.some((m) => m.kpiId === k.kpiId)).map((k) => k.kpiId),
    };
  });
};

const trendsOf = (c: ContractPerformanceState): KpiTrend[] => {
  const returns = byPeriod(c.returns);
  return c.kpis.map((kpi) => {
    const points = returns.flatMap((r) =>
      r.measures
        .filter((m) => m.kpiId === kpi.kpiId)
        .map((m) => ({ periodEnd: r.periodEnd, actual: m.actual, rag: m.rag })),
    );
    const last = points[points.length - 1];
    const before = points[points.length - 2]?.actual ?? own(c.earlierActuals, kpi.kpiId)?.actual ?? null;
    return {
      kpiId: kpi.kpiId,
      name: kpi.name,
      target: kpi.target,
      direction: kpi.direction,
      points,
      trend: last === undefined ? 'not-enough-data' : trendOf(kpi.direction, before, last.actual),
    };
  });
};

const statusOf = (c: ContractPerformanceState, today: string | undefined): ModuleStatus => {
  if (c.ended !== null && (today === undefined || c.ended.on <= today)) return c.ended.how;
  const recorded = c.liveOn !== null && (today === undefined || c.liveOn <= today) ? 'live' : 'signed';
  if (today === undefined) return c.terminationNoticeEffectiveOn !== null ? 'under-notice' : recorded;
  // Read on a day, the calendar ends what nobody recorded ending (the domain's rule).
  const standing = contractStandingOn(
    {
      status: recorded,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      endedOn: null,
      terminationNoticeEffectiveOn: c.terminationNoticeEffectiveOn,
    },
    today,
  );
  return standing === 'mobilising' ? 'signed' : standing;
};

const contractPerformance = (c: ContractPerformanceState, today: string | undefined): ContractPerformance => {
  const reviews = [...c.reviews].sort((a, b) =>
    a.reviewedOn < b.reviewedOn ? -1 : a.reviewedOn > b.reviewedOn ? 1 : 0,
  );
  const latestReview = reviews[reviews.length - 1] ?? null;
  return {
    contractId: c.contractId,
    tier: c.tier,
    title: c.title,
    supplierName: c.supplierName,
    status: statusOf(c, today),
    kpisRequired: c.kpisRequired,
    kpiCount: c.kpis.length,
    liveOn: c.liveOn,
    embeddedOn: c.embeddedOn,
    rating: latestReview?.rating ?? null,
    rag: latestReview?.rag ?? null,
    latestReview,
    reviews,
    scorecards: scorecardsOf(c),
    earlierReturnsNotKept: c.earlierReturnsNotKept,
    trends: trendsOf(c),
    nextKpiAssessmentDueBy: c.nextKpiAssessmentDueBy,
    assessmentOverdue:
      today !== undefined &&
      c.nextKpiAssessmentDueBy !== null &&
      c.ended === null &&
      c.nextKpiAssessmentDueBy < today,
  };
};

/**
 * The performance of one partnership: each contract's scorecards, ratings and trend, and whether
 * its scope may expand (every initial module embedded, every live module's latest review acceptable).
 */
export const partnershipPerformance = (
  p: PartnershipPerformanceState,
  options: { today?: string; expansionRule?: ExpansionRule } = {},
): PartnershipPerformance => {
  const rule = options.expansionRule ?? DEFAULT_EXPANSION_RULE;
  const contracts = Object.values(p.contracts)
    .sort((a, b) =>
      a.startsOn === b.startsOn ? (a.contractId < b.contractId ? -1 : 1) : a.startsOn < b.startsOn ? -1 : 1,
    )
    .map((c) => contractPerformance(c, options.today));
  const modules = contracts.filter((c) => c.tier === 2);
  const initial = modules.filter((c) => own(p.contracts, c.contractId)?.expansionId === null);
  const embedded = modules.filter(
    (c) => c.embeddedOn !== null && (options.today === undefined || c.embeddedOn <= options.today),
  );
  const running = modules.filter((c) => !hasEnded(c.status));

  const reasons: string[] = [];
  if (p.agreementId === null) reasons.push('no partnership agreement has been signed to expand under');
  if (initial.length === 0) reasons.push('no initial module has been signed');
  for (const c of initial) {
    if (!embedded.includes(c)) reasons.push(`${c.contractId} (${c.title}) is not yet embedded`);
  }
  for (const c of running) {
    const review = c.latestReview;
    if (review === null) reasons.push(`${c.contractId} has not been reviewed`);
    else if (!rule.acceptableRatings.includes(review.rating)) {
      reasons.push(`${c.contractId} was last rated ${review.rating} (${review.reviewedOn})`);
    } else if (!rule.acceptableDecisions.includes(review.decision)) {
      reasons.push(`${c.contractId}'s last review (${review.reviewedOn}) decided ${review.decision}`);
    }
    if (c.status === 'under-notice') reasons.push(`${c.contractId} is under notice of termination`);
  }
  return {
    partnershipId: p.partnershipId,
    title: p.title,
    contracts,
    initialModuleIds: initial.map((c) => c.contractId),
    embeddedModuleIds: embedded.map((c) => c.contractId),
    expansion: { allowed: reasons.length === 0, reasons, expansions: p.expansions },
  };
};

export const performanceOf = (
  state: PerformanceProjectionState,
  partnershipId: string,
  options: { today?: string; expansionRule?: ExpansionRule } = {},
): PartnershipPerformance | null => {
  const p = own(state.partnerships, partnershipId);
  return p === undefined ? null : partnershipPerformance(p, options);
};
