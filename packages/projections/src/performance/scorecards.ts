import { own } from '@council-partnerships/domain';
import { ContractPerformanceState, PerformanceReview } from './state';

export type Rag = 'green' | 'amber' | 'red';
type Rating = PerformanceReview['rating'];
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
  readonly unit: string;
  /** How often the partner reports it (monthly, quarterly, six-monthly, annual). */
  readonly frequency: string;
  readonly target: number;
  readonly direction: 'higher-is-better' | 'lower-is-better';
  readonly points: readonly KpiTrendPoint[];
  readonly trend: Trend;
}

/** Reviews in the order they were made. */
export const byReviewDate = (reviews: readonly PerformanceReview[]): PerformanceReview[] =>
  [...reviews].sort((a, b) => (a.reviewedOn < b.reviewedOn ? -1 : a.reviewedOn > b.reviewedOn ? 1 : 0));

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

/** One scorecard per return kept, oldest period first, each measure against the one before it. */
export const scorecardsOf = (c: ContractPerformanceState): Scorecard[] => {
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
        byReviewDate(
          c.reviews.filter((review) => review.periodStart <= r.periodEnd && r.periodEnd <= review.periodEnd),
        ).pop()?.rating ?? null,
      missingKpiIds: c.kpis.filter((k) => !r.measures.some((m) => m.kpiId === k.kpiId)).map((k) => k.kpiId),
    };
  });
};

/** Each KPI's actuals over the returns kept, and which way it is heading. */
export const trendsOf = (c: ContractPerformanceState): KpiTrend[] => {
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
      unit: kpi.unit,
      frequency: kpi.frequency,
      target: kpi.target,
      direction: kpi.direction,
      points,
      trend: last === undefined ? 'not-enough-data' : trendOf(kpi.direction, before, last.actual),
    };
  });
};
