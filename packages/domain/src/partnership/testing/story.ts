import { Decider } from '../../decider/decider';
import { describeError } from '../../shared/errors';
import { PartnershipCommand } from '../commands';
import { PartnershipError } from '../errors';
import { partnershipEventRegistry, PartnershipEvent, partnershipEvents } from '../events';
import { unknownFieldOf } from '../../shared/exact';
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

const codecOf = new Map(partnershipEvents.map((definition) => [definition.type, definition.codec]));

/** Why an event could not be stored as it is, if it could not: it must encode and name no field its codec does not. */
const unstorable = (event: PartnershipEvent): string | undefined => {
  const encoded = partnershipEventRegistry.encode(event);
  if (encoded._tag === 'Left') return `event does not encode: ${describeError(encoded.left)}`;
  // Handlers build event data from the command; a command field the event does not name must not ride along.
  const extra = unknownFieldOf(codecOf.get(event.type)!, event.data);
  return extra === null
    ? undefined
    : `event ${event.type} carries ${extra.join('.')}, which it does not name`;
};

/**
 * Tells a partnership's history as commands, one after another, as a command handler would: each is
 * decided on the state so far, and each event must be storable as it is. Stops at the first refusal.
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
      const problem = unstorable(event);
      if (problem !== undefined) {
        const error = { code: 'NotPermitted', message: problem, path: [] } as PartnershipError;
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
