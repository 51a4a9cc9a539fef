import { left } from 'fp-ts/Either';
import { alreadyRecorded, event, field, Handlers, no, notBefore, ok, orNull } from '../phase/decision';
import { own } from '../../shared/idRecord';

export const marketEngagementHandlers: Handlers<
  | 'ScheduleEngagementEvent'
  | 'RecordProviderInterest'
  | 'RecordEngagementEventHeld'
  | 'AssessProviderProforma'
  | 'AdmitFrameworkMember'
> = {
  ScheduleEngagementEvent: ({ data }, state) => {
    if (own(state.engagementEvents, data.engagementEventId) !== undefined) {
      return left(alreadyRecorded('engagement event', data.engagementEventId, field('engagementEventId')));
    }
    if (data.endTime <= data.startTime) {
      return no(
        'InvalidTimes',
        `the event must end after it starts: ${data.startTime} to ${data.endTime}`,
        field('endTime'),
      );
    }
    const early = notBefore(
      data.date,
      data.scheduledOn,
      field('date'),
      'the event',
      'the day it was scheduled',
    );
    if (early !== undefined) return left(early);
    return ok(
      event('MarketEngagementEventScheduled', {
        partnershipId: data.partnershipId,
        engagementEventId: data.engagementEventId,
        title: data.title,
        date: data.date,
        startTime: data.startTime,
        endTime: data.endTime,
        format: data.format,
        venueOrPlatform: orNull(data.venueOrPlatform),
        nominationChannel: orNull(data.nominationChannel),
        nominationsAcknowledgedFrom: orNull(data.nominationsAcknowledgedFrom),
        scheduledOn: data.scheduledOn,
      }),
    );
  },

  RecordProviderInterest: ({ data }, state) => {
    if (own(state.interests, data.interestId) !== undefined) {
      return left(alreadyRecorded('expression of interest', data.interestId, field('interestId')));
    }
    if (data.engagementEventId === undefined && data.kind === 'nomination') {
      return no(
        'UnknownEngagementEvent',
        'a nomination is for an engagement event: name it in engagementEventId',
        field('engagementEventId'),
      );
    }
    if (
      data.engagementEventId !== undefined &&
      own(state.engagementEvents, data.engagementEventId) === undefined
    ) {
      return no(
        'UnknownEngagementEvent',
        `no engagement event ${data.engagementEventId} has been scheduled; schedule it first`,
        field('engagementEventId'),
      );
    }
    return ok(
      event('ProviderInterestRecorded', {
        partnershipId: data.partnershipId,
        interestId: data.interestId,
        engagementEventId: orNull(data.engagementEventId),
        providerId: data.providerId,
        providerName: data.providerName,
        kind: data.kind,
        nominatedAttendees: data.nominatedAttendees ?? 0,
        receivedOn: data.receivedOn,
      }),
    );
  },

  RecordEngagementEventHeld: ({ data }, state) => {
    const scheduled = own(state.engagementEvents, data.engagementEventId);
    if (scheduled === undefined) {
      return no(
        'UnknownEngagementEvent',
        `no engagement event ${data.engagementEventId} has been scheduled; schedule it first`,
        field('engagementEventId'),
      );
    }
    if (scheduled.heldOn !== null) {
      return no(
        'EngagementAlreadyHeld',
        `engagement event ${data.engagementEventId} was already held on ${scheduled.heldOn}`,
        field('engagementEventId'),
      );
    }
    const early = notBefore(
      data.heldOn,
      scheduled.scheduledOn,
      field('heldOn'),
      'the event',
      'the day it was scheduled',
    );
    if (early !== undefined) return left(early);
    return ok(
      event('MarketEngagementEventHeld', {
        partnershipId: data.partnershipId,
        engagementEventId: data.engagementEventId,
        heldOn: data.heldOn,
        attendanceCount: data.attendanceCount,
        notes: orNull(data.notes),
      }),
    );
  },

  AssessProviderProforma: ({ data }, state) => {
    if (own(state.proformas, data.proformaId) !== undefined)
      return left(alreadyRecorded('proforma', data.proformaId, field('proformaId')));
    return ok(
      event('ProviderProformaAssessed', {
        partnershipId: data.partnershipId,
        proformaId: data.proformaId,
        providerId: data.providerId,
        providerName: data.providerName,
        receivedOn: data.receivedOn,
        tenderReady: data.tenderReady,
        safeguardingMet: data.safeguardingMet,
        signpostedTo: orNull(data.signpostedTo),
      }),
    );
  },

  AdmitFrameworkMember: ({ data }, state) => {
    const proforma = own(state.proformas, data.proformaId);
    if (proforma === undefined || proforma.providerId !== data.providerId) {
      return no(
        'UnknownProforma',
        `no proforma ${data.proformaId} from ${data.providerId} has been assessed; membership follows an assessed proforma`,
        field('proformaId'),
      );
    }
    if (!proforma.tenderReady || !proforma.safeguardingMet) {
      const failed = [
        !proforma.tenderReady ? 'is not tender-ready' : '',
        !proforma.safeguardingMet ? 'does not meet safeguarding requirements' : '',
      ]
        .filter((s) => s !== '')
        .join(' and ');
      return no(
        'ProformaNotPassed',
        `${data.providerId} ${failed} on proforma ${data.proformaId}; signpost it to capacity-building support and admit it once a new proforma passes`,
        field('proformaId'),
        { tenderReady: proforma.tenderReady, safeguardingMet: proforma.safeguardingMet },
      );
    }
    const member = own(state.frameworkMembers, data.providerId);
    if (member !== undefined) {
      return no(
        'AlreadyRecorded',
        `${data.providerId} joined the framework on ${member.admittedOn}`,
        field('providerId'),
      );
    }
    return ok(
      event('FrameworkMemberAdmitted', {
        partnershipId: data.partnershipId,
        frameworkName: data.frameworkName,
        providerId: data.providerId,
        proformaId: data.proformaId,
        admittedOn: data.admittedOn,
      }),
    );
  },
};
