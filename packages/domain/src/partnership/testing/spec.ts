import { deciderSpec } from '../../testing/deciderSpec';
import { PartnershipCommand } from '../commands';
import { createPartnershipDecider } from '../decide';
import { CouncilPolicy, defaultCouncilPolicy } from '../policy/councilPolicy';
import { expectTold, tell } from './story';

/** given (a history told as commands) / when (a command) / then (events or a refusal). */
export const givenHistory = (
  commands: readonly PartnershipCommand[],
  policy: CouncilPolicy = defaultCouncilPolicy,
) => {
  const decider = createPartnershipDecider(policy);
  return deciderSpec(decider).given(expectTold(tell(decider, commands)).events);
};
