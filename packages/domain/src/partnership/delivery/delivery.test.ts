import { actors, command } from '@council-partnerships/testing';
import {
  approveReturn,
  CONTRACT,
  endStandstill,
  goLive,
  kpi,
  P,
  signContract,
  standstill,
  submitReturn,
  toAward,
  toLive,
} from '../testing/fixtures';
import { givenHistory } from '../testing/spec';

const signed = [...toAward, standstill(), endStandstill(), signContract()];

const review = (overrides: Record<string, unknown> = {}) =>
  command(
    'RecordPerformanceReview',
    {
      partnershipId: P,
      contractId: CONTRACT,
      reviewId: 'r-1',
      reviewedOn: '2026-06-15',
      periodStart: '2025-07-01',
      periodEnd: '2026-05-31',
      rating: 'good',
      rag: 'green',
      decision: 'continue',
      kpiAssessments: ['k1', 'k2', 'k3'].map((kpiId) => ({ kpiId, rating: 'good', rag: 'green' })),
      ...overrides,
    },
    actors.contractManager,
  );

describe('mobilisation and delivery', () => {
  describe('PA 2023 KPIs for contracts over £5m', () => {
    it('goes live with the three set before signing, the first assessment due within 12 months', () => {
      givenHistory(signed)
        .when(goLive('2025-07-01'))
        .thenRecords('ServiceWentLive', { kpiCount: 3, nextKpiAssessmentDueBy: '2026-07-01' });
    });

    it('does not apply to a contract of £5m or less', () => {
      const small = [
        ...toAward,
        standstill(),
        endStandstill(),
        signContract({ annualValuePence: 125_000_000, kpis: [] }),
      ];
      givenHistory(small)
        .when(goLive())
        .thenRecords('ServiceWentLive', { kpiCount: 0, nextKpiAssessmentDueBy: null });
    });

    it('assesses every KPI at each review, and sets the next assessment 12 months on', () => {
      givenHistory(toLive)
        .when(review({ kpiAssessments: [] }))
        .thenFails('KpiNotAssessed');
      givenHistory(toLive)
        .when(review())
        .thenRecords('PerformanceReviewed', { nextAssessmentDueBy: '2027-06-15' });
    });
  });

  it('mobilises between signing and go-live', () => {
    givenHistory(signed)
      .when(
        command(
          'StartMobilisation',
          { partnershipId: P, contractId: CONTRACT, startedOn: '2025-06-13' },
          actors.contractManager,
        ),
      )
      .thenMatches([{ type: 'MobilisationStarted' }]);
    givenHistory(toLive)
      .when(
        command(
          'StartMobilisation',
          { partnershipId: P, contractId: CONTRACT, startedOn: '2025-07-02' },
          actors.contractManager,
        ),
      )
      .thenFails('AlreadyLive');
    givenHistory(toLive).when(goLive()).thenFails('AlreadyLive');
    givenHistory(signed).when(goLive('2025-06-01')).thenFails('DatesOutOfOrder');
  });

  describe('performance returns', () => {
    it('works out each measure’s RAG from the KPI’s target and tolerance', () => {
      givenHistory(toLive)
        .when(
          submitReturn('q1', [
            { kpiId: 'k1', actual: 8200 },
            { kpiId: 'k2', actual: 7400 },
            { kpiId: 'k3', actual: 7000 },
          ]),
        )
        .thenRecords('PerformanceReturnSubmitted', {
          measures: [
            { kpiId: 'k1', actual: 8200, rag: 'green' },
            { kpiId: 'k2', actual: 7400, rag: 'amber' },
            { kpiId: 'k3', actual: 7000, rag: 'red' },
          ],
          submittedBy: { id: actors.partner.id, role: 'partner', organisation: 'partner' },
        });
    });

    it('takes returns only once live, for known KPIs', () => {
      givenHistory(signed).when(submitReturn('q1', [])).thenFails('ModuleNotLive');
      givenHistory(toLive)
        .when(submitReturn('q1', [{ kpiId: 'k9', actual: 1 }]))
        .thenFails('UnknownKpi');
    });

    it('is approved by the council, never by the partner that submitted it, and once', () => {
      const submitted = [...toLive, submitReturn('q1', [{ kpiId: 'k1', actual: 8000 }])];
      givenHistory(submitted)
        .when(approveReturn('q1'))
        .thenMatches([{ type: 'PerformanceReturnApproved' }]);
      givenHistory(submitted)
        .when(approveReturn('q1', { ...actors.contractManager, organisation: 'partner' }))
        .thenFails('SegregationOfDuties');
      givenHistory(submitted)
        .when(approveReturn('q1', { id: actors.partner.id, role: 'contract-manager' }))
        .thenFails('SegregationOfDuties');
      givenHistory([...submitted, approveReturn('q1')])
        .when(approveReturn('q1'))
        .thenFails('ReturnAlreadyApproved');
      givenHistory(submitted).when(approveReturn('q9')).thenFails('UnknownReturn');
    });
  });

  describe('reviews', () => {
    it('rates Other only with an explanation', () => {
      givenHistory(toLive)
        .when(review({ rating: 'other' }))
        .thenFails('RatingExplanationRequired');
      givenHistory(toLive)
        .when(review({ rating: 'other', ratingExplanation: 'Service paused by the council' }))
        .thenRecords('PerformanceReviewed', { rating: 'other' });
    });

    it('finds a module embedded only in a review that says so, and only when it continues', () => {
      givenHistory(toLive)
        .when(review({ confirmsEmbedded: true }))
        .thenMatches([
          { type: 'PerformanceReviewed' },
          {
            type: 'ModuleEmbedded',
            data: { contractId: CONTRACT, reviewId: 'r-1', embeddedOn: '2026-06-15' },
          },
        ]);
      givenHistory(toLive)
        .when(
          review({ confirmsEmbedded: true, decision: 'improvement-plan', rating: 'requires-improvement' }),
        )
        .thenFails('ReviewContradicts');
    });

    it('reviews only a live service', () => {
      givenHistory(signed).when(review()).thenFails('ModuleNotLive');
    });
  });

  it('ties KPIs to the outcomes framework and incentives to KPIs', () => {
    const framework = command(
      'AdoptOutcomesFramework',
      {
        partnershipId: P,
        frameworkId: 'of',
        title: 'Outcomes',
        outcomes: [{ outcomeId: 'o1', statement: 'I have the right support at the right time' }],
        contractIds: [CONTRACT],
        adoptedOn: '2025-06-20',
      },
      actors.contractManager,
    );
    givenHistory(signed)
      .when({ ...kpi('k4'), data: { ...kpi('k4').data, outcomeId: 'o1' } })
      .thenFails('UnknownOutcome');
    givenHistory([...signed, framework])
      .when({ ...kpi('k4'), data: { ...kpi('k4').data, outcomeId: 'o1' } })
      .thenRecords('KpiDefined', { outcomeId: 'o1' });
    givenHistory(signed)
      .when({
        ...kpi('k4'),
        data: { ...kpi('k4').data, tolerance: { greenWithinBps: 500, amberWithinBps: 100 } },
      })
      .thenFails('ToleranceInvalid');
    const incentive = command(
      'AgreeIncentive',
      {
        partnershipId: P,
        contractId: CONTRACT,
        incentiveId: 'i1',
        kpiId: 'k9',
        description: 'Outcome payment',
        maximumPaymentPence: 1_000_000,
        agreedOn: '2025-06-20',
      },
      actors.contractManager,
    );
    givenHistory(toLive).when(incentive).thenFails('UnknownKpi');
  });
});
