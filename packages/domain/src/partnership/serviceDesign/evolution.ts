import { own, withId } from '../../shared/idRecord';
import { Evolution } from '../phase/evolution';

export const serviceDesignEvolution: Evolution<'DesignBriefIssued' | 'ServiceDesignAgreed'> = {
  DesignBriefIssued: (state, { data }) => ({
    ...state,
    designBriefs: withId(state.designBriefs, data.briefId, { agreementId: data.agreementId, agreedOn: null }),
  }),
  ServiceDesignAgreed: (state, { data }) => {
    const brief = own(state.designBriefs, data.briefId);
    if (brief === undefined) return state;
    return {
      ...state,
      designBriefs: withId(state.designBriefs, data.briefId, { ...brief, agreedOn: data.agreedOn }),
    };
  },
};
