import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { PartnershipEvent } from '@council-partnerships/domain';
import { rebuiltState } from '../testing/rebuilt';
import { AsOf } from '../asOf';
import { appendFacts, partnershipAgreement, serviceContract } from '../testing/partnershipLog';
import { manualClock } from '../testing/sampleLedger';
import { createPerformanceProjection, performanceProjection } from './projection';
import { performanceOf } from './view';

const P = 'stockton';
const reviewer = { id: 'cm-1', role: 'contract-manager' };

const kpi = (
  kpiId: string,
  target: number,
  direction: 'higher-is-better' | 'lower-is-better',
): PartnershipEvent => ({
  type: 'KpiDefined',
  data: {
    partnershipId: P,
    contractId: 'family-time',
    kpiId,
    name: kpiId,
    unit: direction === 'higher-is-better' ? 'bps' : 'days',
    target,
    direction,
    tolerance: { greenWithinBps: 500, amberWithinBps: 1500 },
    frequency: 'quarterly',
    outcomeId: null,
    definedOn: '2022-04-01',
  },
});

type Measure = [actual: number, rag: 'green' | 'amber' | 'red'];

/** A quarter's return of the two KPIs: seen within 10 days, then days to first contact. */
const quarterly = (
  returnId: string,
  periodEnd: string,
  seenWithin10Days: Measure,
  daysToFirstContact: Measure,
): PartnershipEvent => ({
  type: 'PerformanceReturnSubmitted',
  data: {
    partnershipId: P,
    contractId: 'family-time',
    returnId,
    periodStart: `${periodEnd.slice(0, 7)}-01`,
    periodEnd,
    submittedOn: periodEnd,
    submittedBy: { id: 'partner-1', role: 'partner' },
    measures: [
      { kpiId: 'seen-within-10-days', actual: seenWithin10Days[0], rag: seenWithin10Days[1] },
      { kpiId: 'days-to-first-contact', actual: daysToFirstContact[0], rag: daysToFirstContact[1] },
    ],
  },
});

const review = (
  reviewId: string,
  reviewedOn: string,
  rating: 'good' | 'requires-improvement',
  embedded: boolean,
): PartnershipEvent => ({
  type: 'PerformanceReviewed',
  data: {
    partnershipId: P,
    contractId: 'family-time',
    reviewId,
    reviewedOn,
    periodStart: '2022-04-01',
    periodEnd: reviewedOn,
    rating,
    ratingExplanation: null,
    rag: rating === 'good' ? 'green' : 'amber',
    decision: rating === 'good' ? 'continue' : 'improvement-plan',
    kpiAssessments: [],
    finalAssessment: false,
    confirmsEmbedded: embedded,
    nextAssessmentDueBy: '2024-03-31',
    reviewedBy: reviewer,
  },
});

const setUp = async () => {
  const time = manualClock('2022-04-01T09:00:00Z');
  const store = createInMemoryEventStore({ clock: time.clock });
  const at = (day: string) => ({ occurredAt: `${day}T10:00:00.000+01:00` });
  await appendFacts(
    store,
    [
      partnershipAgreement(P, 'pa', { potentialAnnualValuePence: 280_000_000 }),
      serviceContract(P, 'family-time', { agreementId: 'pa', startsOn: '2022-04-01', kpisRequired: true }),
      kpi('seen-within-10-days', 9000, 'higher-is-better'),
      kpi('days-to-first-contact', 5, 'lower-is-better'),
      {
        type: 'ServiceWentLive',
        data: {
          partnershipId: P,
          contractId: 'family-time',
          liveOn: '2022-04-01',
          kpiCount: 2,
          nextKpiAssessmentDueBy: '2023-03-31',
        },
      },
    ],
    at('2022-04-01'),
  );
  const recorded = async (recordedOn: string, fact: PartnershipEvent, occurredOn = recordedOn) => {
    time.set(`${recordedOn}T09:00:00Z`);
    await appendFacts(store, [fact], at(occurredOn));
  };
  await recorded('2022-07-05', quarterly('q1', '2022-06-30', [8200, 'amber'], [7, 'red']));
  await recorded('2022-10-05', quarterly('q2', '2022-09-30', [9100, 'green'], [5, 'green']));
  await recorded('2023-03-20', review('r1', '2023-03-20', 'good', true));
  // The Q3 return, due in January, arrives late in May; it is recorded for the date it was due.
  await recorded('2023-05-10', quarterly('q3', '2022-12-31', [8000, 'red'], [6, 'amber']), '2023-01-15');
  return store;
};

const performance = async (store: Awaited<ReturnType<typeof setUp>>, asOf: AsOf = {}, today?: string) => {
  const result = performanceOf(
    await rebuiltState(store, performanceProjection, { asOf }),
    P,
    today ? { today } : {},
  );
  if (result === null) throw new Error('no partnership');
  return result;
};

describe('performance read model', () => {
  it('keeps a scorecard per period with RAG, the worst RAG overall and the trend against the previous period', async () => {
    const store = await setUp();
    const module = (await performance(store)).contracts.find((c) => c.contractId === 'family-time')!;
    expect(module.scorecards.map((s) => [s.periodEnd, s.overallRag])).toEqual([
      ['2022-06-30', 'red'],
      ['2022-09-30', 'green'],
      ['2022-12-31', 'red'],
    ]);
    expect(module.scorecards[1]?.lines).toEqual([
      expect.objectContaining({
        kpiId: 'seen-within-10-days',
        actual: 9100,
        previousActual: 8200,
        trend: 'improving',
      }),
      expect.objectContaining({
        kpiId: 'days-to-first-contact',
        actual: 5,
        previousActual: 7,
        trend: 'improving',
      }),
    ]);
    expect(module.trends.map((t) => [t.kpiId, t.trend])).toEqual([
      ['seen-within-10-days', 'declining'],
      ['days-to-first-contact', 'declining'],
    ]);
    expect(module).toMatchObject({ rating: 'good', rag: 'green', status: 'live', embeddedOn: '2023-03-20' });
    // The review of 20 March 2023 covers April 2022 to its own date, so it rates every period so far.
    expect(module.scorecards.map((s) => s.rating)).toEqual(['good', 'good', 'good']);
  });

  it('allows expansion once every initial module is embedded and well reviewed, and says why not before', async () => {
    const store = await setUp();
    expect((await performance(store, { businessDate: '2023-01-01' })).expansion).toMatchObject({
      allowed: false,
      reasons: ['family-time (family-time) is not yet embedded', 'family-time has not been reviewed'],
    });
    expect((await performance(store)).expansion).toMatchObject({ allowed: true, reasons: [] });
    expect((await performance(store)).embeddedModuleIds).toEqual(['family-time']);
  });

  it('shows a late return for its period, but not to an auditor asking what was known before it arrived', async () => {
    const store = await setUp();
    const periods = async (asOf: AsOf) =>
      (await performance(store, asOf)).contracts
        .find((c) => c.contractId === 'family-time')!
        .scorecards.map((s) => s.periodEnd);
    expect(await periods({ businessDate: '2023-01-31' })).toEqual(['2022-06-30', '2022-09-30', '2022-12-31']);
    expect(await periods({ businessDate: '2023-01-31', recordedBy: '2023-04-01T00:00:00Z' })).toEqual([
      '2022-06-30',
      '2022-09-30',
    ]);
  });

  it('marks an annual KPI assessment overdue', async () => {
    const store = await setUp();
    const module = (await performance(store, {}, '2024-04-02')).contracts.find(
      (c) => c.contractId === 'family-time',
    )!;
    expect(module).toMatchObject({ nextKpiAssessmentDueBy: '2024-03-31', assessmentOverdue: true });
  });

  it('keeps the latest returns by period, comparing the earliest kept one with the return before it', async () => {
    const store = await setUp();
    const keepingTwo = await rebuiltState(store, createPerformanceProjection({ scorecardsKept: 2 }));
    const module = performanceOf(keepingTwo, P)!.contracts.find((c) => c.contractId === 'family-time')!;
    // Q1 is let go when the late Q3 return is filed after Q2: what is kept is the latest two periods.
    expect(module.scorecards.map((s) => s.periodEnd)).toEqual(['2022-09-30', '2022-12-31']);
    expect(module.earlierReturnsNotKept).toBe(true);
    expect(module.scorecards[0]?.lines.map((l) => [l.previousActual, l.trend])).toEqual([
      [8200, 'improving'],
      [7, 'improving'],
    ]);
    expect(module.trends.map((t) => t.trend)).toEqual(['declining', 'declining']);
    const keepingAll = (await performance(store)).contracts.find((c) => c.contractId === 'family-time');
    expect(keepingAll?.earlierReturnsNotKept).toBe(false);
  });

  it('refuses to keep no returns at all', () => {
    expect(() => createPerformanceProjection({ scorecardsKept: 0 })).toThrow(/scorecardsKept/);
  });
});
