import { createEventRegistry } from '../../events/registry';
import { EventOf } from '../../events/defineEvent';
import { awardEvents } from '../signing/events';
import { changeEvents } from '../modification/events';
import { conceptEvents } from '../concept/events';
import { correctionEvents } from '../correction/events';
import { deliveryEvents } from '../delivery/events';
import { endEvents } from '../ending/events';
import { governanceEvents } from '../governance/events';
import { marketEngagementEvents } from '../marketEngagement/events';
import { mobilisationEvents } from '../mobilisation/events';
import { noticeEvents } from '../notice/events';
import { openBookEvents } from '../openBook/events';
import { procurementEvents } from '../procurement/events';
import { standstillEvents } from '../standstill/events';

export * from '../signing/events';
export * from '../modification/events';
export * from '../concept/events';
export * from './contractTerms';
export * from '../correction/events';
export * from '../delivery/events';
export * from '../ending/events';
export * from '../governance/events';
export * from '../marketEngagement/events';
export * from '../mobilisation/events';
export * from '../notice/events';
export * from '../openBook/events';
export * from '../procurement/events';
export * from '../standstill/events';
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
