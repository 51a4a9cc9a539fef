import { withId } from '../../shared/idRecord';
import { Evolution, withContract } from '../phase/evolution';

export const modificationEvolution: Evolution<'ContractModified'> = {
  ContractModified: (state, { data }) => ({
    ...withContract(state, data.contractId, (c) => ({
      ...c,
      endsOn: data.newEndsOn,
      currentValuePence: c.currentValuePence + data.valueChangePence,
      annualValuePence: data.newAnnualValuePence ?? c.annualValuePence,
    })),
    modifications: withId(state.modifications, data.modificationId, {
      contractId: data.contractId,
      valueChangePence: data.valueChangePence,
      category: data.classification.category,
    }),
  }),
};
