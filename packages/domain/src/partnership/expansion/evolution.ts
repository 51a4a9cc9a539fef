import { withId } from '../../shared/idRecord';
import { pick } from '../../shared/pick';
import { Evolution, patched } from '../phase/evolution';
import { ExpansionState, PartnershipState } from '../state';

const decided = (
  state: PartnershipState,
  expansionId: string,
  status: ExpansionState['status'],
  decidedOn: string,
): PartnershipState => ({
  ...state,
  expansions: patched(state.expansions, expansionId, { status, decidedOn }),
});

export const expansionEvolution: Evolution<
  'ModuleExpansionProposed' | 'ModuleExpansionApproved' | 'ModuleExpansionRejected'
> = {
  ModuleExpansionProposed: (state, { data }) => ({
    ...state,
    expansions: withId(state.expansions, data.expansionId, {
      ...pick(data, ['agreementId', 'annualValuePence', 'deliveryModel', 'proposedOn', 'proposedBy']),
      status: 'proposed',
      decidedOn: null,
      contractId: null,
    }),
  }),
  ModuleExpansionApproved: (state, { data }) => decided(state, data.expansionId, 'approved', data.approvedOn),
  ModuleExpansionRejected: (state, { data }) => decided(state, data.expansionId, 'rejected', data.rejectedOn),
};
