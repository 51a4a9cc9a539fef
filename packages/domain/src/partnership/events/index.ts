import { createEventRegistry } from '../../events/registry';
import { EventOf } from '../../events/defineEvent';
import { awardEvents } from './award';
import { changeEvents } from './change';
import { conceptEvents } from './concept';
import { correctionEvents } from './correction';
import { deliveryEvents } from './delivery';
import { endEvents } from './end';
import { governanceEvents } from './governance';
import { marketEngagementEvents } from './marketEngagement';
import { mobilisationEvents } from './mobilisation';
import { noticeEvents } from './notice';
import { openBookEvents } from './openBook';
import { procurementEvents } from './procurement';
import { standstillEvents } from './standstill';

export * from './award';
export * from './change';
export * from './concept';
export * from './contractTerms';
export * from './correction';
export * from './delivery';
export * from './end';
export * from './governance';
export * from './marketEngagement';
export * from './mobilisation';
export * from './notice';
export * from './openBook';
export * from './procurement';
export * from './standstill';
export * from './supplier';

/** Every event of the partnership lifecycle, in lifecycle order. Names are permanent once published. */
export const partnershipEvents = [
  ...conceptEvents,
  ...governanceEvents,
  ...marketEngagementEvents,
  ...procurementEvents,
  ...standstillEvents,
  ...awardEvents,
  ...mobilisationEvents,
  ...deliveryEvents,
  ...openBookEvents,
  ...changeEvents,
  ...endEvents,
  ...noticeEvents,
  ...correctionEvents,
] as const;

export const partnershipEventRegistry = createEventRegistry(partnershipEvents);

export type PartnershipEvent = EventOf<(typeof partnershipEvents)[number]>;
export type PartnershipEventType = PartnershipEvent['type'];

/** Narrows the event union to one type: `EventOfType<'StandstillEnded'>['data']`. */
export type PartnershipEventOfType<T extends PartnershipEventType> = Extract<PartnershipEvent, { type: T }>;

/** One stream per partnership. */
export const partnershipStreamId = (partnershipId: string): string => `partnership-${partnershipId}`;
