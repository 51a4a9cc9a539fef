import { withId } from '../../shared/idRecord';
import { amended, Evolution } from '../phase/evolution';

export const serviceDesignEvolution: Evolution<'DesignBriefIssued' | 'ServiceDesignAgreed'> = {
  DesignBriefIssued: (state, { data }) => ({
    ...state,
    designBriefs: withId(state.designBriefs, data.briefId, { agreementId: data.agreementId, agreedOn: null }),
  }),
  ServiceDesignAgreed: (state, { data }) => ({
    ...state,
    designBriefs: amended(state.designBriefs, data.briefId, (brief) => ({
      ...brief,
      agreedOn: data.agreedOn,
    })),
  }),
};
