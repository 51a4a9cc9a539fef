import { withId } from '../../shared/idRecord';
import { pick } from '../../shared/pick';
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
      awards: withId(
        p.awards,
        data.lotId,
        pick(data, ['supplierId', 'supplierName', 'decidedOn', 'annualValuePence', 'totalValuePence']),
      ),
    })),
};
