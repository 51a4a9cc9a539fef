import { own, withId } from '../../shared/idRecord';
import { Evolution, withContract } from '../phase/evolution';

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
    withContract(state, data.contractId, (c) => {
      const claim = own(c.claims, data.claimId);
      return claim === undefined
        ? c
        : {
            ...c,
            claims: withId(c.claims, data.claimId, {
              ...claim,
              verifiedPence: data.verifiedPence,
              payablePence: data.payablePence,
            }),
          };
    }),
  ExternalFundingSecured: (state, { data }) => ({
    ...state,
    externalFunding: withId(state.externalFunding, data.fundingId, {
      amountPence: data.amountPence,
      funder: data.funder,
    }),
  }),
};
