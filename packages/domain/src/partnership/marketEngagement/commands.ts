import { commandCodec } from '../../decider/command';
import { CountCodec, IdCodec, InterestKindCodec, TextCodec } from '../codecs';
import { BusinessDateCodec } from '../dates';
import { commandData } from '../commands/shape';
import { engagementEventProps, proformaProps } from './events';

export const ScheduleEngagementEvent = commandCodec(
  'ScheduleEngagementEvent',
  commandData(
    { ...engagementEventProps, scheduledOn: BusinessDateCodec },
    {
      venueOrPlatform: TextCodec,
      nominationChannel: TextCodec,
      nominationsAcknowledgedFrom: BusinessDateCodec,
    },
  ),
);

export const RecordProviderInterest = commandCodec(
  'RecordProviderInterest',
  commandData(
    {
      interestId: IdCodec,
      providerId: IdCodec,
      providerName: TextCodec,
      kind: InterestKindCodec,
      receivedOn: BusinessDateCodec,
    },
    { engagementEventId: IdCodec, nominatedAttendees: CountCodec },
  ),
);

export const RecordEngagementEventHeld = commandCodec(
  'RecordEngagementEventHeld',
  commandData(
    { engagementEventId: IdCodec, heldOn: BusinessDateCodec, attendanceCount: CountCodec },
    { notes: TextCodec },
  ),
);

export const AssessProviderProforma = commandCodec(
  'AssessProviderProforma',
  commandData(proformaProps, { signpostedTo: TextCodec }),
);

export const AdmitFrameworkMember = commandCodec(
  'AdmitFrameworkMember',
  commandData({
    frameworkName: TextCodec,
    providerId: IdCodec,
    proformaId: IdCodec,
    admittedOn: BusinessDateCodec,
  }),
);

export const marketEngagementCommands = [
  ScheduleEngagementEvent,
  RecordProviderInterest,
  RecordEngagementEventHeld,
  AssessProviderProforma,
  AdmitFrameworkMember,
] as const;
