import { withId } from '../../shared/idRecord';
import { pick } from '../../shared/pick';
import { Evolution } from '../phase/evolution';

export const conceptEvolution: Evolution<
  'PartnershipConceived' | 'CommissionerJoined' | 'FundingSourceRecorded' | 'CommissioningActivityRecorded'
> = {
  PartnershipConceived: (state, { data }) => ({
    ...state,
    ...pick(data, ['partnershipId', 'title', 'conceivedOn']),
    leadCommissionerId: data.leadCommissioner.commissionerId,
    commissioners: withId(state.commissioners, data.leadCommissioner.commissionerId, {
      name: data.leadCommissioner.name,
      kind: 'lead',
      lead: true,
    }),
  }),
  CommissionerJoined: (state, { data }) => ({
    ...state,
    commissioners: withId(state.commissioners, data.commissionerId, {
      ...pick(data, ['name', 'kind']),
      lead: false,
    }),
  }),
  FundingSourceRecorded: (state, { data }) => ({
    ...state,
    fundingSources: withId(state.fundingSources, data.fundingSourceId, { name: data.name, kind: data.kind }),
  }),
  CommissioningActivityRecorded: (state, { data }) => ({
    ...state,
    activities: withId(state.activities, data.activityId, pick(data, ['stage', 'completedOn'])),
  }),
};
