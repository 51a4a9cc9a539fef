import { createEventRegistry } from '../../events/registry';
import { EventOf } from '../../events/defineEvent';
import { conceptEvents } from '../concept/events';
import { correctionEvents } from '../correction/events';
import { deliveryEvents } from '../delivery/events';
import { endingEvents } from '../ending/events';
import { evaluationAndAwardEvents } from '../evaluationAndAward/events';
import { expansionEvents } from '../expansion/events';
import { extensionEvents } from '../extension/events';
import { governanceEvents } from '../governance/events';
import { marketEngagementEvents } from '../marketEngagement/events';
import { mobilisationEvents } from '../mobilisation/events';
import { modificationEvents } from '../modification/events';
import { noticeEvents } from '../notice/events';
import { openBookEvents } from '../openBook/events';
import { procurementEvents, ProcurementCancelled } from '../procurement/events';
import { serviceDesignEvents } from '../serviceDesign/events';
import { signingEvents } from '../signing/events';
import { standstillEvents } from '../standstill/events';

export * from '../concept/events';
export * from '../correction/events';
export * from '../delivery/events';
export * from '../ending/events';
export * from '../evaluationAndAward/events';
export * from '../expansion/events';
export * from '../extension/events';
export * from '../governance/events';
export * from '../marketEngagement/events';
export * from '../mobilisation/events';
export * from '../modification/events';
export * from '../notice/events';
export * from '../openBook/events';
export * from '../procurement/events';
export * from '../serviceDesign/events';
export * from '../signing/events';
export * from '../standstill/events';
export * from './contractTerms';
export * from './supplier';
export {
  ModificationCategoryCodec,
  type ModificationCategory,
  ModificationMeasuresCodec,
  ModificationClassificationCodec,
  type ModificationClassification,
} from '../modification/classification';

/**
 * Every event of the partnership lifecycle, phase by phase, in the order first published (a
 * cancellation after the award: the catalogue and generated commands read this order). Names are
 * permanent once published.
 */
export const partnershipEvents = [
  ...conceptEvents,
  ...governanceEvents,
  ...marketEngagementEvents,
  ...procurementEvents,
  ...evaluationAndAwardEvents,
  ProcurementCancelled,
  ...standstillEvents,
  ...signingEvents,
  ...serviceDesignEvents,
  ...mobilisationEvents,
  ...deliveryEvents,
  ...openBookEvents,
  ...extensionEvents,
  ...modificationEvents,
  ...expansionEvents,
  ...endingEvents,
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

/** @deprecated Earlier names of phase lists: `signingEvents` with `serviceDesignEvents`, `endingEvents`, and extension, modification and expansion. */
export const awardEvents = [...signingEvents, ...serviceDesignEvents] as const;
/** @deprecated See `awardEvents`. */
export const endEvents = endingEvents;
/** @deprecated See `awardEvents`. */
export const changeEvents = [...extensionEvents, ...modificationEvents, ...expansionEvents] as const;
