import { withId, withIds } from '../../shared/idRecord';
import { pick } from '../../shared/pick';
import { Evolution, patched, withContract } from '../phase/evolution';

export const deliveryEvolution: Evolution<
  | 'OutcomesFrameworkAdopted'
  | 'KpiDefined'
  | 'KpiDutyExceptionRecorded'
  | 'IncentiveAgreed'
  | 'PerformanceReturnSubmitted'
  | 'PerformanceReturnApproved'
  | 'PerformanceReviewed'
> = {
  OutcomesFrameworkAdopted: (state, { data }) => ({
    ...state,
    outcomesFrameworks: withId(state.outcomesFrameworks, data.frameworkId, { contractIds: data.contractIds }),
    outcomes: withIds(
      state.outcomes,
      data.outcomes.map((o) => [o.outcomeId, { frameworkId: data.frameworkId }]),
    ),
  }),
  KpiDefined: (state, { data }) =>
    withContract(state, data.contractId, (c) => ({
      ...c,
      kpis: withId(
        c.kpis,
        data.kpiId,
        pick(data, ['name', 'unit', 'frequency', 'target', 'direction', 'tolerance']),
      ),
    })),
  // The duty does not apply to this contract: no KPI count at go-live, no assessments due.
  KpiDutyExceptionRecorded: (state, { data }) =>
    withContract(state, data.contractId, (c) => ({ ...c, kpisRequired: false })),
  IncentiveAgreed: (state, { data }) => ({
    ...state,
    incentives: withId(state.incentives, data.incentiveId, { contractId: data.contractId }),
  }),
  PerformanceReturnSubmitted: (state, { data }) =>
    withContract(state, data.contractId, (c) => ({
      ...c,
      returns: withId(c.returns, data.returnId, {
        ...pick(data, ['submittedBy', 'submittedOn', 'measures']),
        correctedBy: [],
        approvedOn: null,
      }),
    })),
  PerformanceReturnApproved: (state, { data }) =>
    withContract(state, data.contractId, (c) => ({
      ...c,
      returns: patched(c.returns, data.returnId, { approvedOn: data.approvedOn }),
    })),
  PerformanceReviewed: (state, { data }) =>
    withContract(state, data.contractId, (c) => ({
      ...c,
      reviews: withId(
        c.reviews,
        data.reviewId,
        pick(data, ['reviewedOn', 'rating', 'rag', 'decision', 'finalAssessment']),
      ),
      latestReviewId: data.reviewId,
      nextKpiAssessmentDueBy: data.nextAssessmentDueBy,
    })),
};
