import { checkedByAnotherThanAll } from '../correction/decisions';
import { left } from 'fp-ts/Either';
import { recordedBy } from '../policy/segregation';
import { nextAssessmentDue } from '../rules/kpiRequirements';
import { ragFor } from '../rules/ratings';
import { alreadyRecorded, event, field, Handlers, no, notBefore, ok, orNull } from '../phase/decision';
import { activeContract, findContract } from '../phase/lookups';
import { own } from '../../shared/idRecord';

export const deliveryHandlers: Handlers<
  | 'AdoptOutcomesFramework'
  | 'DefineKpi'
  | 'AgreeIncentive'
  | 'SubmitPerformanceReturn'
  | 'ApprovePerformanceReturn'
  | 'RecordPerformanceReview'
> = {
  AdoptOutcomesFramework: ({ data }, state) => {
    if (own(state.outcomesFrameworks, data.frameworkId) !== undefined) {
      return left(alreadyRecorded('outcomes framework', data.frameworkId, field('frameworkId')));
    }
    const unknown = data.contractIds.findIndex((id) => own(state.contracts, id) === undefined);
    if (unknown >= 0)
      return no(
        'UnknownContract',
        `no contract ${data.contractIds[unknown]} has been signed`,
        field('contractIds', String(unknown)),
      );
    const seen = new Set<string>();
    for (const [i, o] of data.outcomes.entries()) {
      if (seen.has(o.outcomeId) || own(state.outcomes, o.outcomeId) !== undefined) {
        return left(alreadyRecorded('outcome', o.outcomeId, field('outcomes', String(i), 'outcomeId')));
      }
      seen.add(o.outcomeId);
    }
    return ok(
      event('OutcomesFrameworkAdopted', {
        partnershipId: data.partnershipId,
        frameworkId: data.frameworkId,
        title: data.title,
        outcomes: data.outcomes.map((o) => ({ outcomeId: o.outcomeId, statement: o.statement })),
        contractIds: data.contractIds,
        adoptedOn: data.adoptedOn,
      }),
    );
  },

  DefineKpi: ({ data }, state) => {
    const found = activeContract(state, data.contractId);
    if (found._tag === 'Left') return found;
    if (own(found.right.kpis, data.kpiId) !== undefined)
      return left(alreadyRecorded('KPI', data.kpiId, field('kpiId')));
    if (data.tolerance.amberWithinBps < data.tolerance.greenWithinBps) {
      return no(
        'ToleranceInvalid',
        `the amber band (${data.tolerance.amberWithinBps} bps) must reach at least as far as the green band (${data.tolerance.greenWithinBps} bps)`,
        field('tolerance', 'amberWithinBps'),
      );
    }
    if (data.outcomeId !== undefined && own(state.outcomes, data.outcomeId) === undefined) {
      return no(
        'UnknownOutcome',
        `no outcome ${data.outcomeId} is in an adopted outcomes framework`,
        field('outcomeId'),
      );
    }
    return ok(
      event('KpiDefined', {
        partnershipId: data.partnershipId,
        contractId: data.contractId,
        kpiId: data.kpiId,
        name: data.name,
        unit: data.unit,
        target: data.target,
        direction: data.direction,
        tolerance: {
          greenWithinBps: data.tolerance.greenWithinBps,
          amberWithinBps: data.tolerance.amberWithinBps,
        },
        frequency: data.frequency,
        outcomeId: orNull(data.outcomeId),
        definedOn: data.definedOn,
      }),
    );
  },

  AgreeIncentive: ({ data }, state) => {
    const found = activeContract(state, data.contractId);
    if (found._tag === 'Left') return found;
    if (own(state.incentives, data.incentiveId) !== undefined)
      return left(alreadyRecorded('incentive', data.incentiveId, field('incentiveId')));
    if (data.kpiId !== undefined && own(found.right.kpis, data.kpiId) === undefined) {
      return no('UnknownKpi', `contract ${data.contractId} has no KPI ${data.kpiId}`, field('kpiId'));
    }
    return ok(
      event('IncentiveAgreed', {
        partnershipId: data.partnershipId,
        contractId: data.contractId,
        incentiveId: data.incentiveId,
        kpiId: orNull(data.kpiId),
        description: data.description,
        maximumPaymentPence: data.maximumPaymentPence,
        agreedOn: data.agreedOn,
      }),
    );
  },

  SubmitPerformanceReturn: (command, state) => {
    const { data } = command;
    const found = activeContract(state, data.contractId);
    if (found._tag === 'Left') return found;
    const c = found.right;
    if (c.status !== 'live' || c.liveOn === null) {
      return no(
        'ModuleNotLive',
        `contract ${c.contractId} has not gone live; performance is returned once the service runs`,
        field('contractId'),
      );
    }
    if (own(c.returns, data.returnId) !== undefined)
      return left(alreadyRecorded('performance return', data.returnId, field('returnId')));
    const early =
      notBefore(data.periodEnd, data.periodStart, field('periodEnd'), 'the end of the period', 'its start') ??
      notBefore(
        data.submittedOn,
        data.periodEnd,
        field('submittedOn'),
        'the return',
        'the end of the period it reports',
      ) ??
      notBefore(data.periodEnd, c.liveOn, field('periodEnd'), 'the period', 'go-live');
    if (early !== undefined) return left(early);
    const measures = [];
    for (const [i, m] of data.measures.entries()) {
      const kpi = own(c.kpis, m.kpiId);
      if (kpi === undefined)
        return no(
          'UnknownKpi',
          `contract ${c.contractId} has no KPI ${m.kpiId}`,
          field('measures', String(i), 'kpiId'),
        );
      measures.push({ kpiId: m.kpiId, actual: m.actual, rag: ragFor(kpi, m.actual) });
    }
    return ok(
      event('PerformanceReturnSubmitted', {
        partnershipId: data.partnershipId,
        contractId: data.contractId,
        returnId: data.returnId,
        periodStart: data.periodStart,
        periodEnd: data.periodEnd,
        submittedOn: data.submittedOn,
        submittedBy: recordedBy(command.metadata.actor),
        measures,
      }),
    );
  },

  ApprovePerformanceReturn: (command, state) => {
    const { data } = command;
    const found = findContract(state, data.contractId);
    if (found._tag === 'Left') return found;
    const submitted = own(found.right.returns, data.returnId);
    if (submitted === undefined)
      return no(
        'UnknownReturn',
        `no return ${data.returnId} has been submitted for ${data.contractId}`,
        field('returnId'),
      );
    if (submitted.approvedOn !== null) {
      return no(
        'ReturnAlreadyApproved',
        `return ${data.returnId} was approved on ${submitted.approvedOn}`,
        field('returnId'),
      );
    }
    const independent = checkedByAnotherThanAll(
      `performance return ${data.returnId}`,
      submitted.submittedBy,
      submitted.correctedBy,
      command.metadata.actor,
      ['metadata', 'actor'],
    );
    if (independent._tag === 'Left') return independent;
    return ok(
      event('PerformanceReturnApproved', {
        partnershipId: data.partnershipId,
        contractId: data.contractId,
        returnId: data.returnId,
        approvedOn: data.approvedOn,
        approvedBy: recordedBy(command.metadata.actor),
      }),
    );
  },

  RecordPerformanceReview: (command, state, policy) => {
    const { data } = command;
    const found = activeContract(state, data.contractId);
    if (found._tag === 'Left') return found;
    const c = found.right;
    if (c.status !== 'live' || c.liveOn === null) {
      return no(
        'ModuleNotLive',
        `contract ${c.contractId} has not gone live; reviews assess a running service`,
        field('contractId'),
      );
    }
    if (own(c.reviews, data.reviewId) !== undefined)
      return left(alreadyRecorded('review', data.reviewId, field('reviewId')));
    const early =
      notBefore(data.periodEnd, data.periodStart, field('periodEnd'), 'the end of the period', 'its start') ??
      notBefore(data.reviewedOn, c.liveOn, field('reviewedOn'), 'the review', 'go-live');
    if (early !== undefined) return left(early);
    if (data.rating === 'other' && data.ratingExplanation === undefined) {
      return no(
        'RatingExplanationRequired',
        'a rating of Other must say why in ratingExplanation',
        field('ratingExplanation'),
      );
    }
    const assessments = data.kpiAssessments ?? [];
    const unknown = assessments.findIndex((a) => own(c.kpis, a.kpiId) === undefined);
    if (unknown >= 0)
      return no(
        'UnknownKpi',
        `contract ${c.contractId} has no KPI ${assessments[unknown]?.kpiId}`,
        field('kpiAssessments', String(unknown), 'kpiId'),
      );
    if (c.kpisRequired) {
      const missing = Object.keys(c.kpis).filter((id) => !assessments.some((a) => a.kpiId === id));
      if (missing.length > 0) {
        return no(
          'KpiNotAssessed',
          `under PA 2023 s.52 every KPI of ${c.contractId} is assessed at each review; not assessed: ${missing.join(', ')}`,
          field('kpiAssessments'),
        );
      }
    }
    const confirmsEmbedded = data.confirmsEmbedded === true;
    if (confirmsEmbedded && (data.decision !== 'continue' || data.rating === 'inadequate')) {
      return no(
        'ReviewContradicts',
        `a review that decides ${data.decision} with a rating of ${data.rating} cannot also find the module embedded`,
        field('confirmsEmbedded'),
      );
    }
    const reviewed = event('PerformanceReviewed', {
      partnershipId: data.partnershipId,
      contractId: data.contractId,
      reviewId: data.reviewId,
      reviewedOn: data.reviewedOn,
      periodStart: data.periodStart,
      periodEnd: data.periodEnd,
      rating: data.rating,
      ratingExplanation: orNull(data.ratingExplanation),
      rag: data.rag,
      decision: data.decision,
      kpiAssessments: assessments.map((a) => ({ kpiId: a.kpiId, rating: a.rating, rag: a.rag })),
      finalAssessment: data.finalAssessment === true,
      confirmsEmbedded,
      nextAssessmentDueBy:
        c.kpisRequired && data.finalAssessment !== true ? nextAssessmentDue(data.reviewedOn, policy) : null,
      reviewedBy: recordedBy(command.metadata.actor),
    });
    if (!confirmsEmbedded || c.embeddedOn !== null) return ok(reviewed);
    return ok(
      reviewed,
      event('ModuleEmbedded', {
        partnershipId: data.partnershipId,
        contractId: data.contractId,
        reviewId: data.reviewId,
        embeddedOn: data.reviewedOn,
      }),
    );
  },
};
