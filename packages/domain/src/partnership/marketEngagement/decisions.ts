import { refuse } from '../errors';
import { afterChecks, event, field, Handlers, notBefore, orNull, unusedId } from '../phase/decision';
import { own } from '../../shared/idRecord';

const unscheduled = (engagementEventId: string) =>
  refuse(
    'UnknownEngagementEvent',
    `no engagement event ${engagementEventId} has been scheduled; schedule it first`,
    field('engagementEventId'),
  );

/** Before procurement: events with providers, their interest, their proformas, and framework membership. */
export const marketEngagementHandlers: Handlers<
  | 'ScheduleEngagementEvent'
  | 'RecordProviderInterest'
  | 'RecordEngagementEventHeld'
  | 'AssessProviderProforma'
  | 'AdmitFrameworkMember'
> = {
  ScheduleEngagementEvent: ({ data }, state) =>
    afterChecks(
      () => unusedId(state.engagementEvents, 'engagement event', data, 'engagementEventId'),
      () =>
        data.endTime <= data.startTime &&
        refuse(
          'InvalidTimes',
          `the event must end after it starts: ${data.startTime} to ${data.endTime}`,
          field('endTime'),
        ),
      () => notBefore(data.date, data.scheduledOn, field('date'), 'the event', 'the day it was scheduled'),
    ).record(() =>
      event('MarketEngagementEventScheduled', {
        ...data,
        venueOrPlatform: orNull(data.venueOrPlatform),
        nominationChannel: orNull(data.nominationChannel),
        nominationsAcknowledgedFrom: orNull(data.nominationsAcknowledgedFrom),
      }),
    ),

  RecordProviderInterest: ({ data }, state) =>
    afterChecks(
      () => unusedId(state.interests, 'expression of interest', data, 'interestId'),
      () =>
        data.engagementEventId === undefined &&
        data.kind === 'nomination' &&
        refuse(
          'UnknownEngagementEvent',
          'a nomination is for an engagement event: name it in engagementEventId',
          field('engagementEventId'),
        ),
      () =>
        data.engagementEventId !== undefined &&
        own(state.engagementEvents, data.engagementEventId) === undefined &&
        unscheduled(data.engagementEventId),
    ).record(() =>
      event('ProviderInterestRecorded', {
        ...data,
        engagementEventId: orNull(data.engagementEventId),
        nominatedAttendees: data.nominatedAttendees ?? 0,
      }),
    ),

  RecordEngagementEventHeld: ({ data }, state) => {
    const scheduled = own(state.engagementEvents, data.engagementEventId);
    return afterChecks(
      () => scheduled === undefined && unscheduled(data.engagementEventId),
      () =>
        scheduled?.heldOn != null &&
        refuse(
          'EngagementAlreadyHeld',
          `engagement event ${data.engagementEventId} was already held on ${scheduled.heldOn}`,
          field('engagementEventId'),
        ),
      () =>
        notBefore(
          data.heldOn,
          scheduled?.scheduledOn ?? data.heldOn,
          field('heldOn'),
          'the event',
          'the day it was scheduled',
        ),
    ).record(() => event('MarketEngagementEventHeld', { ...data, notes: orNull(data.notes) }));
  },

  AssessProviderProforma: ({ data }, state) =>
    afterChecks(() => unusedId(state.proformas, 'proforma', data, 'proformaId')).record(() =>
      event('ProviderProformaAssessed', { ...data, signpostedTo: orNull(data.signpostedTo) }),
    ),

  AdmitFrameworkMember: ({ data }, state) => {
    const proforma = own(state.proformas, data.proformaId);
    const member = own(state.frameworkMembers, data.providerId);
    const failed = [
      proforma?.tenderReady === false ? 'is not tender-ready' : '',
      proforma?.safeguardingMet === false ? 'does not meet safeguarding requirements' : '',
    ]
      .filter((s) => s !== '')
      .join(' and ');
    return afterChecks(
      () =>
        (proforma === undefined || proforma.providerId !== data.providerId) &&
        refuse(
          'UnknownProforma',
          `no proforma ${data.proformaId} from ${data.providerId} has been assessed; membership follows an assessed proforma`,
          field('proformaId'),
        ),
      () =>
        failed !== '' &&
        refuse(
          'ProformaNotPassed',
          `${data.providerId} ${failed} on proforma ${data.proformaId}; signpost it to capacity-building support and admit it once a new proforma passes`,
          field('proformaId'),
          { tenderReady: proforma?.tenderReady, safeguardingMet: proforma?.safeguardingMet },
        ),
      () =>
        member !== undefined &&
        refuse(
          'AlreadyRecorded',
          `${data.providerId} joined the framework on ${member.admittedOn}`,
          field('providerId'),
        ),
    ).record(() => event('FrameworkMemberAdmitted', data));
  },
};
