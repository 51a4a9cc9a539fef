import { withId } from '../../shared/idRecord';
import { pick } from '../../shared/pick';
import { Evolution, patched } from '../phase/evolution';

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
      ...pick(data, ['date', 'scheduledOn']),
      heldOn: null,
      attendanceCount: null,
    }),
  }),
  ProviderInterestRecorded: (state, { data }) => ({
    ...state,
    interests: withId(state.interests, data.interestId, pick(data, ['providerId', 'engagementEventId'])),
  }),
  MarketEngagementEventHeld: (state, { data }) => ({
    ...state,
    engagementEvents: patched(
      state.engagementEvents,
      data.engagementEventId,
      pick(data, ['heldOn', 'attendanceCount']),
    ),
  }),
  ProviderProformaAssessed: (state, { data }) => ({
    ...state,
    proformas: withId(
      state.proformas,
      data.proformaId,
      pick(data, ['providerId', 'tenderReady', 'safeguardingMet']),
    ),
  }),
  FrameworkMemberAdmitted: (state, { data }) => ({
    ...state,
    frameworkMembers: withId(
      state.frameworkMembers,
      data.providerId,
      pick(data, ['proformaId', 'admittedOn']),
    ),
  }),
};
