import { left } from 'fp-ts/Either';
import { Decider } from '../decider/decider';
import { PartnershipCommand, PartnershipCommandType } from './commands';
import { PartnershipError, refuse } from './errors';
import { PartnershipEvent } from './events';
import { evolvePartnership } from './evolve';
import { authorise } from './policy/authorisation';
import { CouncilPolicy } from './policy/councilPolicy';
import { initialPartnershipState, PartnershipState } from './state';
import { Decision, Handler, Handlers } from './phase/decision';
import { conceptHandlers } from './concept/decisions';
import { correctionHandlers } from './correction/decisions';
import { deliveryHandlers } from './delivery/decisions';
import { endingHandlers } from './ending/decisions';
import { evaluationAndAwardHandlers } from './evaluationAndAward/decisions';
import { expansionHandlers } from './expansion/decisions';
import { extensionHandlers } from './extension/decisions';
import { governanceHandlers } from './governance/decisions';
import { marketEngagementHandlers } from './marketEngagement/decisions';
import { mobilisationHandlers } from './mobilisation/decisions';
import { modificationHandlers } from './modification/decisions';
import { noticeHandlers } from './notice/decisions';
import { openBookHandlers } from './openBook/decisions';
import { procurementHandlers } from './procurement/decisions';
import { serviceDesignHandlers } from './serviceDesign/decisions';
import { signingHandlers } from './signing/decisions';
import { standstillHandlers } from './standstill/decisions';

/** Every phase's handlers: a command type without one does not compile. */
const handlers: Handlers<PartnershipCommandType> = {
  ...conceptHandlers,
  ...governanceHandlers,
  ...marketEngagementHandlers,
  ...procurementHandlers,
  ...evaluationAndAwardHandlers,
  ...standstillHandlers,
  ...signingHandlers,
  ...serviceDesignHandlers,
  ...mobilisationHandlers,
  ...deliveryHandlers,
  ...openBookHandlers,
  ...extensionHandlers,
  ...modificationHandlers,
  ...expansionHandlers,
  ...endingHandlers,
  ...noticeHandlers,
  ...correctionHandlers,
};

const decideWith =
  (policy: CouncilPolicy) =>
  (command: PartnershipCommand, state: PartnershipState): Decision => {
    const authorised = authorise(policy, command);
    if (authorised._tag === 'Left') return authorised;
    if (command.type !== 'ConceivePartnership') {
      if (state.partnershipId === null) {
        return left(
          refuse(
            'PartnershipNotConceived',
            `partnership ${command.data.partnershipId} has not been conceived; record its concept (ConceivePartnership) first`,
            ['data', 'partnershipId'],
          ),
        );
      }
      if (state.partnershipId !== command.data.partnershipId) {
        return left(
          refuse(
            'PartnershipNotConceived',
            `this history is partnership ${state.partnershipId}, not ${command.data.partnershipId}`,
            ['data', 'partnershipId'],
          ),
        );
      }
    }
    const handler = handlers[command.type] as Handler<PartnershipCommandType>;
    return handler(command, state, policy);
  };

/**
 * The partnership lifecycle as one decider, configured by one council's policy. Every refusal is a
 * `PartnershipError`; nothing is written when a command is refused.
 */
export const createPartnershipDecider = (
  policy: CouncilPolicy,
): Decider<PartnershipCommand, PartnershipEvent, PartnershipState, PartnershipError> => ({
  initialState: initialPartnershipState,
  decide: decideWith(policy),
  evolve: evolvePartnership,
});
