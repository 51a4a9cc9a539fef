import { PartnershipEvent, PartnershipEventType } from './events';
import { Evolution } from './phase/evolution';
import { PartnershipState } from './state';
import { conceptEvolution } from './concept/evolution';
import { correctionEvolution } from './correction/evolution';
import { deliveryEvolution } from './delivery/evolution';
import { endingEvolution } from './ending/evolution';
import { evaluationAndAwardEvolution } from './evaluationAndAward/evolution';
import { expansionEvolution } from './expansion/evolution';
import { extensionEvolution } from './extension/evolution';
import { governanceEvolution } from './governance/evolution';
import { marketEngagementEvolution } from './marketEngagement/evolution';
import { mobilisationEvolution } from './mobilisation/evolution';
import { modificationEvolution } from './modification/evolution';
import { noticeEvolution } from './notice/evolution';
import { openBookEvolution } from './openBook/evolution';
import { procurementEvolution } from './procurement/evolution';
import { serviceDesignEvolution } from './serviceDesign/evolution';
import { signingEvolution } from './signing/evolution';
import { standstillEvolution } from './standstill/evolution';

/** Every phase's evolution: an event type without one does not compile. */
const evolution: Evolution<PartnershipEventType> = {
  ...conceptEvolution,
  ...governanceEvolution,
  ...marketEngagementEvolution,
  ...procurementEvolution,
  ...evaluationAndAwardEvolution,
  ...standstillEvolution,
  ...signingEvolution,
  ...serviceDesignEvolution,
  ...mobilisationEvolution,
  ...deliveryEvolution,
  ...openBookEvolution,
  ...extensionEvolution,
  ...modificationEvolution,
  ...expansionEvolution,
  ...endingEvolution,
  ...noticeEvolution,
  ...correctionEvolution,
};

/**
 * Folds one event into the state, by the phase that records it. Pure and total: it trusts the event
 * (the decider checked the rules when it was recorded) and never refuses, so replaying history
 * always gives the same state.
 */
export const evolvePartnership = (state: PartnershipState, event: PartnershipEvent): PartnershipState =>
  // The record is keyed by the event's type, so the function found takes this very event.
  (evolution[event.type] as (state: PartnershipState, event: PartnershipEvent) => PartnershipState)(
    state,
    event,
  );
