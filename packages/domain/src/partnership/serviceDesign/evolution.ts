import { withId } from '../../shared/idRecord';
import { Evolution, patched } from '../phase/evolution';

export const serviceDesignEvolution: Evolution<'DesignBriefIssued' | 'ServiceDesignAgreed'> = {
  DesignBriefIssued: (state, { data }) => ({
    ...state,
    designBriefs: withId(state.designBriefs, data.briefId, { agreementId: data.agreementId, agreedOn: null }),
  }),
  ServiceDesignAgreed: (state, { data }) => ({
    ...state,
    designBriefs: patched(state.designBriefs, data.briefId, { agreedOn: data.agreedOn }),
  }),
};
