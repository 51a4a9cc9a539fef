import { withId } from '../../shared/idRecord';
import { pick } from '../../shared/pick';
import { Evolution, patched, withContract } from '../phase/evolution';

export const openBookEvolution: Evolution<
  'ExpenditureClaimed' | 'ExpenditureVerified' | 'ExternalFundingSecured'
> = {
  ExpenditureClaimed: (state, { data }) =>
    withContract(state, data.contractId, (c) => ({
      ...c,
      claims: withId(c.claims, data.claimId, {
        correctedBy: [],
        ...pick(data, ['periodStart', 'periodEnd', 'claimedPence', 'claimedOn', 'claimedBy']),
        verifiedPence: null,
        payablePence: null,
      }),
    })),
  ExpenditureVerified: (state, { data }) =>
    withContract(state, data.contractId, (c) => ({
      ...c,
      claims: patched(c.claims, data.claimId, pick(data, ['verifiedPence', 'payablePence'])),
    })),
  ExternalFundingSecured: (state, { data }) => ({
    ...state,
    externalFunding: withId(state.externalFunding, data.fundingId, pick(data, ['amountPence', 'funder'])),
  }),
};
