import { withId } from '../../shared/idRecord';
import { Evolution, withProcurement } from '../phase/evolution';

export const evaluationAndAwardEvolution: Evolution<'TendersEvaluated' | 'AwardDecisionMade'> = {
  TendersEvaluated: (state, { data }) => {
    const first = data.results.find((r) => r.rank === 1);
    return withProcurement(state, data.procurementId, (p) => ({
      ...p,
      evaluations: withId(p.evaluations, data.lotId, {
        evaluatedOn: data.evaluatedOn,
        firstRankedBidderId: first?.bidderId ?? '',
      }),
    }));
  },
  AwardDecisionMade: (state, { data }) =>
    withProcurement(state, data.procurementId, (p) => ({
      ...p,
      awards: withId(p.awards, data.lotId, {
        supplierId: data.supplierId,
        supplierName: data.supplierName,
        decidedOn: data.decidedOn,
        annualValuePence: data.annualValuePence,
        totalValuePence: data.totalValuePence,
      }),
    })),
};
