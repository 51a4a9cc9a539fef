import { Decider } from '../../decider/decider';
import { describeError } from '../../shared/errors';
import { PartnershipCommand } from '../commands';
import { PartnershipError } from '../errors';
import { partnershipEventRegistry, PartnershipEvent } from '../events';
import { PartnershipState } from '../state';

export interface Story {
  readonly state: PartnershipState;
  readonly events: readonly PartnershipEvent[];
  /** The first command refused, if any: the story stops there. */
  readonly refused: {
    readonly index: number;
    readonly command: PartnershipCommand;
    readonly error: PartnershipError;
  } | null;
}

/**
 * Tells a partnership's history as commands, one after another, as a command handler would: each is
 * decided on the state so far, and each event must encode for storage. Stops at the first refusal.
 */
export const tell = (
  decider: Decider<PartnershipCommand, PartnershipEvent, PartnershipState, PartnershipError>,
  commands: readonly PartnershipCommand[],
  from: Story = { state: decider.initialState(), events: [], refused: null },
): Story => {
  let state = from.state;
  const events = [...from.events];
  for (const [index, command] of commands.entries()) {
    const decided = decider.decide(command, state);
    if (decided._tag === 'Left') return { state, events, refused: { index, command, error: decided.left } };
    for (const event of decided.right) {
      const encoded = partnershipEventRegistry.encode(event);
      if (encoded._tag === 'Left') {
        const error = {
          code: 'NotPermitted',
          message: `event does not encode: ${describeError(encoded.left)}`,
          path: [],
        } as PartnershipError;
        return { state, events, refused: { index, command, error } };
      }
      state = decider.evolve(state, event);
      events.push(event);
    }
  }
  return { state, events, refused: null };
};

/** For specifications: the story must have been told to the end. */
export const expectTold = (story: Story): Story => {
  if (story.refused !== null) {
    const { index, command, error } = story.refused;
    throw new Error(`command ${index} (${command.type}) was refused: ${describeError(error)}`);
  }
  return story;
};
