import { left } from 'fp-ts/Either';
import { refuse } from '../errors';
import { ContractState, PartnershipState } from '../state';
import { checkedByAnotherThanAll, recordedBy } from '../policy/segregation';
import { nextAssessmentDue } from '../rules/kpiRequirements';
import { ragFor, toleranceRefusal } from '../rules/ratings';
import {
  afterChecks,
  Decision,
  alreadyRecorded,
  event,
  field,
  firstUnrecorded,
  Handlers,
  notBefore,
  orNull,
  periodInOrder,
  unusedId,
} from '../phase/decision';
import { withActiveContract, withRecorded, withSignedContract } from '../phase/lookups';
import { own } from '../../shared/idRecord';

/**
 * Performance is returned and reviewed only for a service that runs: decides on a contract in force
 * once it has gone live, with its go-live date; otherwise refuses, saying why it must be live.
 */
const withLiveContract = (
  state: PartnershipState,
  contractId: string,
  becauseLive: string,
  decide: (contract: ContractState, liveOn: string) => Decision,
): Decision =>
  withActiveContract(state, contractId, (c) =>
    c.status === 'live' && c.liveOn !== null
      ? decide(c, c.liveOn)
      : left(
          refuse(
            'ModuleNotLive',
            `contract ${c.contractId} has not gone live; ${becauseLive}`,
            field('contractId'),
          ),
        ),
  );

/** Delivery: outcomes and KPIs, incentives, performance returns (four eyes) and reviews. */
export const deliveryHandlers: Handlers<
  | 'AdoptOutcomesFramework'
  | 'DefineKpi'
  | 'AgreeIncentive'
  | 'SubmitPerformanceReturn'
  | 'ApprovePerformanceReturn'
  | 'RecordPerformanceReview'
> = {
  AdoptOutcomesFramework: ({ data }, state) => {
    const repeated = data.outcomes.findIndex(
      (o, i) =>
        data.outcomes.findIndex((other) => other.outcomeId === o.outcomeId) < i ||
        own(state.outcomes, o.outcomeId) !== undefined,
    );
    return afterChecks(
      () => unusedId(state.outcomesFrameworks, 'outcomes framework', data, 'frameworkId'),
      () =>
        firstUnrecorded(state.contracts, data.contractIds, (id, place) =>
          refuse('UnknownContract', `no contract ${id} has been signed`, field('contractIds', place)),
        ),
      () =>
        repeated >= 0 &&
        alreadyRecorded(
          'outcome',
          data.outcomes[repeated]!.outcomeId,
          field('outcomes', String(repeated), 'outcomeId'),
        ),
    ).record(() => event('OutcomesFrameworkAdopted', data));
  },

  DefineKpi: ({ data }, state) =>
    withActiveContract(state, data.contractId, (c) =>
      afterChecks(
        () => unusedId(c.kpis, 'KPI', data, 'kpiId'),
        () => toleranceRefusal(data.tolerance, field('tolerance')),
        () =>
          data.outcomeId !== undefined &&
          own(state.outcomes, data.outcomeId) === undefined &&
          refuse(
            'UnknownOutcome',
            `no outcome ${data.outcomeId} is in an adopted outcomes framework`,
            field('outcomeId'),
          ),
      ).record(() => event('KpiDefined', { ...data, outcomeId: orNull(data.outcomeId) })),
    ),

  AgreeIncentive: ({ data }, state) =>
    withActiveContract(state, data.contractId, (c) =>
      afterChecks(
        () => unusedId(state.incentives, 'incentive', data, 'incentiveId'),
        () =>
          data.kpiId !== undefined &&
          own(c.kpis, data.kpiId) === undefined &&
          refuse('UnknownKpi', `contract ${data.contractId} has no KPI ${data.kpiId}`, field('kpiId')),
      ).record(() => event('IncentiveAgreed', { ...data, kpiId: orNull(data.kpiId) })),
    ),

  SubmitPerformanceReturn: ({ data, metadata }, state) =>
    withLiveContract(state, data.contractId, 'performance is returned once the service runs', (c, liveOn) =>
      afterChecks(
        () => unusedId(c.returns, 'performance return', data, 'returnId'),
        () => periodInOrder(data),
        () =>
          notBefore(
            data.submittedOn,
            data.periodEnd,
            field('submittedOn'),
            'the return',
            'the end of the period it reports',
          ),
        () => notBefore(data.periodEnd, liveOn, field('periodEnd'), 'the period', 'go-live'),
        () =>
          firstUnrecorded(
            c.kpis,
            data.measures.map((m) => m.kpiId),
            (id, place) =>
              refuse(
                'UnknownKpi',
                `contract ${c.contractId} has no KPI ${id}`,
                field('measures', place, 'kpiId'),
              ),
          ),
      ).record(() =>
        event('PerformanceReturnSubmitted', {
          ...data,
          submittedBy: recordedBy(metadata.actor),
          // Each measure rated against its KPI's target and tolerance as they stand today.
          measures: data.measures.map((m) => ({ ...m, rag: ragFor(own(c.kpis, m.kpiId)!, m.actual) })),
        }),
      ),
    ),

  ApprovePerformanceReturn: ({ data, metadata }, state) =>
    withSignedContract(state, data.contractId, (c) =>
      withRecorded(
        c.returns,
        data.returnId,
        refuse(
          'UnknownReturn',
          `no return ${data.returnId} has been submitted for ${data.contractId}`,
          field('returnId'),
        ),
        (submitted) =>
          afterChecks(
            () =>
              submitted.approvedOn != null &&
              refuse(
                'ReturnAlreadyApproved',
                `return ${data.returnId} was approved on ${submitted.approvedOn}`,
                field('returnId'),
              ),
            () =>
              checkedByAnotherThanAll(
                `performance return ${data.returnId}`,
                submitted.submittedBy,
                submitted.correctedBy,
                metadata.actor,
                ['metadata', 'actor'],
              ),
          ).record(() =>
            event('PerformanceReturnApproved', { ...data, approvedBy: recordedBy(metadata.actor) }),
          ),
      ),
    ),

  RecordPerformanceReview: ({ data, metadata }, state, policy) =>
    withLiveContract(state, data.contractId, 'reviews assess a running service', (c, liveOn) => {
      const assessments = data.kpiAssessments ?? [];
      const missing = Object.keys(c.kpis).filter((id) => !assessments.some((a) => a.kpiId === id));
      const confirmsEmbedded = data.confirmsEmbedded === true;
      return afterChecks(
        () => unusedId(c.reviews, 'review', data, 'reviewId'),
        () => periodInOrder(data),
        () => notBefore(data.reviewedOn, liveOn, field('reviewedOn'), 'the review', 'go-live'),
        () =>
          data.rating === 'other' &&
          data.ratingExplanation === undefined &&
          refuse(
            'RatingExplanationRequired',
            'a rating of Other must say why in ratingExplanation',
            field('ratingExplanation'),
          ),
        () =>
          firstUnrecorded(
            c.kpis,
            assessments.map((a) => a.kpiId),
            (id, place) =>
              refuse(
                'UnknownKpi',
                `contract ${c.contractId} has no KPI ${id}`,
                field('kpiAssessments', place, 'kpiId'),
              ),
          ),
        () =>
          c.kpisRequired &&
          missing.length > 0 &&
          refuse(
            'KpiNotAssessed',
            `under PA 2023 s.52 every KPI of ${c.contractId} is assessed at each review; not assessed: ${missing.join(', ')}`,
            field('kpiAssessments'),
          ),
        () =>
          confirmsEmbedded &&
          (data.decision !== 'continue' || data.rating === 'inadequate') &&
          refuse(
            'ReviewContradicts',
            `a review that decides ${data.decision} with a rating of ${data.rating} cannot also find the module embedded`,
            field('confirmsEmbedded'),
          ),
      ).record(() => [
        event('PerformanceReviewed', {
          ...data,
          ratingExplanation: orNull(data.ratingExplanation),
          kpiAssessments: assessments,
          finalAssessment: data.finalAssessment === true,
          confirmsEmbedded,
          nextAssessmentDueBy:
            c.kpisRequired && data.finalAssessment !== true
              ? nextAssessmentDue(data.reviewedOn, policy)
              : null,
          reviewedBy: recordedBy(metadata.actor),
        }),
        // The first review to find the module embedded records when it was: what expansion waits for.
        ...(confirmsEmbedded && c.embeddedOn === null
          ? [
              event('ModuleEmbedded', {
                partnershipId: data.partnershipId,
                contractId: data.contractId,
                reviewId: data.reviewId,
                embeddedOn: data.reviewedOn,
              }),
            ]
          : []),
      ]);
    }),
};
