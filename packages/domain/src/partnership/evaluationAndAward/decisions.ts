import { refuse } from '../errors';
import { requireApproval } from '../policy/approvals';
import { ledByLead } from '../policy/schemeOfDelegation';
import { afterChecks, event, field, Handlers, notBefore, orNull } from '../phase/decision';
import { unknownLot, withOpenProcurement } from '../phase/lookups';
import { own } from '../../shared/idRecord';
import { rankingProblem } from './ranking';

/** The tenders for a lot scored and ranked, then the lot awarded to the tender ranked first. */
export const evaluationAndAwardHandlers: Handlers<'RecordEvaluation' | 'MakeAwardDecision'> = {
  RecordEvaluation: ({ data }, state) =>
    withOpenProcurement(state, data.procurementId, (p) =>
      afterChecks(
        () => unknownLot(p, data.lotId, field('lotId')),
        () =>
          own(p.awards, data.lotId) !== undefined &&
          refuse('LotAlreadyAwarded', `lot ${data.lotId} is already awarded`, field('lotId')),
        () =>
          data.results.length === 0 &&
          refuse('EvaluationInvalid', `no tenders were scored for lot ${data.lotId}`, field('results')),
        () => rankingProblem(p, data),
        () => notBefore(data.evaluatedOn, p.launchedOn, field('evaluatedOn'), 'the evaluation', 'the launch'),
      ).record(() => event('TendersEvaluated', data)),
    ),

  MakeAwardDecision: ({ data }, state, policy) =>
    withOpenProcurement(state, data.procurementId, (p) => {
      const awarded = own(p.awards, data.lotId);
      // A direct award has no competition to evaluate: the award is the procedure's only decision.
      const evaluation = p.procedure === 'direct-award' ? undefined : own(p.evaluations, data.lotId);
      return afterChecks(
        () => unknownLot(p, data.lotId, field('lotId')),
        () =>
          awarded !== undefined &&
          refuse(
            'LotAlreadyAwarded',
            `lot ${data.lotId} was awarded to ${awarded.supplierName} on ${awarded.decidedOn}`,
            field('lotId'),
          ),
        () =>
          p.procedure !== 'direct-award' &&
          evaluation === undefined &&
          refuse(
            'NotEvaluated',
            `lot ${data.lotId} has not been evaluated; record the evaluation before the award decision`,
            field('lotId'),
          ),
        () =>
          evaluation !== undefined &&
          evaluation.firstRankedBidderId !== data.supplierId &&
          refuse(
            'NotMostAdvantageousTender',
            `lot ${data.lotId} must be awarded to the tender ranked first (${evaluation.firstRankedBidderId}), not ${data.supplierId}`,
            field('supplierId'),
          ),
        () =>
          evaluation !== undefined &&
          notBefore(
            data.decidedOn,
            evaluation.evaluatedOn,
            field('decidedOn'),
            'the award decision',
            'the evaluation',
          ),
        () => notBefore(data.decidedOn, p.launchedOn, field('decidedOn'), 'the award decision', 'the launch'),
        () =>
          requireApproval(policy, {
            subject: 'award',
            valuePence: data.totalValuePence,
            decisionId: data.governanceDecisionId,
            on: data.decidedOn,
            ...ledByLead(state),
            what: `the award of lot ${data.lotId}`,
          }),
      ).record(() =>
        event('AwardDecisionMade', { ...data, governanceDecisionId: orNull(data.governanceDecisionId) }),
      );
    }),
};
