import { ContractStanding, contractStandingOn, hasEnded, own } from '@council-partnerships/domain';
import { byReviewDate, KpiTrend, Rag, Scorecard, scorecardsOf, trendsOf } from './scorecards';
import {
  ContractPerformanceState,
  PartnershipPerformanceState,
  PerformanceProjectionState,
  PerformanceReview,
} from './state';

type Rating = PerformanceReview['rating'];
type Decision = PerformanceReview['decision'];

/** A module's standing as performance reports it: mobilising still counts as signed. */
export type ModuleStatus = Exclude<ContractStanding, 'mobilising'>;

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
  const reviews = byReviewDate(c.reviews);
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
