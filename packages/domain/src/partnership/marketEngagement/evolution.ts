import { withId } from '../../shared/idRecord';
import { amended, Evolution } from '../phase/evolution';

export const marketEngagementEvolution: Evolution<
  | 'MarketEngagementEventScheduled'
  | 'ProviderInterestRecorded'
  | 'MarketEngagementEventHeld'
  | 'ProviderProformaAssessed'
  | 'FrameworkMemberAdmitted'
> = {
  MarketEngagementEventScheduled: (state, { data }) => ({
    ...state,
    engagementEvents: withId(state.engagementEvents, data.engagementEventId, {
      date: data.date,
      scheduledOn: data.scheduledOn,
      heldOn: null,
      attendanceCount: null,
    }),
  }),
  ProviderInterestRecorded: (state, { data }) => ({
    ...state,
    interests: withId(state.interests, data.interestId, {
      providerId: data.providerId,
      engagementEventId: data.engagementEventId,
    }),
  }),
  MarketEngagementEventHeld: (state, { data }) => ({
    ...state,
    engagementEvents: amended(state.engagementEvents, data.engagementEventId, (scheduled) => ({
      ...scheduled,
      heldOn: data.heldOn,
      attendanceCount: data.attendanceCount,
    })),
  }),
  ProviderProformaAssessed: (state, { data }) => ({
    ...state,
    proformas: withId(state.proformas, data.proformaId, {
      providerId: data.providerId,
      tenderReady: data.tenderReady,
      safeguardingMet: data.safeguardingMet,
    }),
  }),
  FrameworkMemberAdmitted: (state, { data }) => ({
    ...state,
    frameworkMembers: withId(state.frameworkMembers, data.providerId, {
      proformaId: data.proformaId,
      admittedOn: data.admittedOn,
    }),
  }),
};
