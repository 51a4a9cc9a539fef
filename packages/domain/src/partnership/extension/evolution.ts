import { PartnershipEventOfType } from '../events';
import { amended, Evolution } from '../phase/evolution';
import { PartnershipState } from '../state';

/**
 * An option taken up: the contract runs to its new end; each module contract the agreement's option
 * covered runs to its own new end, and its maximum term and value grow by what the option adds,
 * since its own options never provided for it.
 */
const optionExercised = (
  state: PartnershipState,
  { data }: PartnershipEventOfType<'ExtensionOptionExercised'>,
): PartnershipState => {
  let contracts = amended(state.contracts, data.contractId, (c) => ({
    ...c,
    endsOn: data.newEndsOn,
    extensionsExercised: c.extensionsExercised + 1,
  }));
  for (const extended of data.modules)
    contracts = amended(contracts, extended.contractId, (module) => ({
      ...module,
      endsOn: extended.newEndsOn,
      maximumTermMonths: module.maximumTermMonths + extended.lengthMonths,
      maximumValuePence: module.maximumValuePence + extended.valuePence,
      currentValuePence: module.currentValuePence + extended.valuePence,
    }));
  return contracts === state.contracts ? state : { ...state, contracts };
};

export const extensionEvolution: Evolution<'ExtensionOptionExercised'> = {
  ExtensionOptionExercised: optionExercised,
};
