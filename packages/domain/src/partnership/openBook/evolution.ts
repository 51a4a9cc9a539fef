import { withId } from '../../shared/idRecord';
import { amended, Evolution, withContract } from '../phase/evolution';

export const openBookEvolution: Evolution<
  'ExpenditureClaimed' | 'ExpenditureVerified' | 'ExternalFundingSecured'
> = {
  ExpenditureClaimed: (state, { data }) =>
    withContract(state, data.contractId, (c) => ({
      ...c,
      claims: withId(c.claims, data.claimId, {
        correctedBy: [],
        periodStart: data.periodStart,
        periodEnd: data.periodEnd,
        claimedPence: data.claimedPence,
        claimedOn: data.claimedOn,
        claimedBy: data.claimedBy,
        verifiedPence: null,
        payablePence: null,
      }),
    })),
  ExpenditureVerified: (state, { data }) =>
    withContract(state, data.contractId, (c) => ({
      ...c,
      claims: amended(c.claims, data.claimId, (claim) => ({
        ...claim,
        verifiedPence: data.verifiedPence,
        payablePence: data.payablePence,
      })),
    })),
  ExternalFundingSecured: (state, { data }) => ({
    ...state,
    externalFunding: withId(state.externalFunding, data.fundingId, {
      amountPence: data.amountPence,
      funder: data.funder,
    }),
  }),
};
