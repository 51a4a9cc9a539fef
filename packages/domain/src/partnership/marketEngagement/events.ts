import { defineEvent } from '../../events/defineEvent';
import { BusinessDateCodec } from '../dates';
import {
  CountCodec,
  EngagementFormatCodec,
  IdCodec,
  InterestKindCodec,
  nullable,
  TextCodec,
  TimeOfDayCodec,
} from '../codecs';
import * as t from 'io-ts';
import { partnershipData } from '../events/shape';

/** An engagement event as planned: its title, day, times and format. */
export const engagementEventProps = {
  engagementEventId: IdCodec,
  title: TextCodec,
  date: BusinessDateCodec,
  startTime: TimeOfDayCodec,
  endTime: TimeOfDayCodec,
  format: EngagementFormatCodec,
};

/** A market engagement event or workshop planned: when, how long, virtual or in person, how to take part. */
export const MarketEngagementEventScheduled = defineEvent(
  'MarketEngagementEventScheduled',
  partnershipData({
    ...engagementEventProps,
    venueOrPlatform: nullable(TextCodec),
    nominationChannel: nullable(TextCodec),
    nominationsAcknowledgedFrom: nullable(BusinessDateCodec),
    scheduledOn: BusinessDateCodec,
  }),
);

/** A provider nominated attendees, expressed interest, or made a written submission. */
export const ProviderInterestRecorded = defineEvent(
  'ProviderInterestRecorded',
  partnershipData({
    interestId: IdCodec,
    engagementEventId: nullable(IdCodec),
    providerId: IdCodec,
    providerName: TextCodec,
    kind: InterestKindCodec,
    nominatedAttendees: CountCodec,
    receivedOn: BusinessDateCodec,
  }),
);

/** The event took place, with how many providers attended. */
export const MarketEngagementEventHeld = defineEvent(
  'MarketEngagementEventHeld',
  partnershipData({
    engagementEventId: IdCodec,
    heldOn: BusinessDateCodec,
    attendanceCount: CountCodec,
    notes: nullable(TextCodec),
  }),
);

/** A proforma as assessed: whose, received when, and whether it is tender-ready and meets safeguarding. */
export const proformaProps = {
  proformaId: IdCodec,
  providerId: IdCodec,
  providerName: TextCodec,
  receivedOn: BusinessDateCodec,
  tenderReady: t.boolean,
  safeguardingMet: t.boolean,
};

/** A membership proforma (a light PQQ) assessed: is the provider tender-ready, does it meet safeguarding? */
export const ProviderProformaAssessed = defineEvent(
  'ProviderProformaAssessed',
  partnershipData({ ...proformaProps, signpostedTo: nullable(TextCodec) }),
);

/** A provider admitted to a consortia framework after passing its proforma. */
export const FrameworkMemberAdmitted = defineEvent(
  'FrameworkMemberAdmitted',
  partnershipData({
    frameworkName: TextCodec,
    providerId: IdCodec,
    proformaId: IdCodec,
    admittedOn: BusinessDateCodec,
  }),
);

export const marketEngagementEvents = [
  MarketEngagementEventScheduled,
  ProviderInterestRecorded,
  MarketEngagementEventHeld,
  ProviderProformaAssessed,
  FrameworkMemberAdmitted,
] as const;
