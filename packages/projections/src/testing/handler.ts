import {
  createPartnershipHandler,
  describeError,
  EventStore,
  PartnershipCommand,
  RecordedEvent,
} from '@council-partnerships/domain';
import { testEventId } from '@council-partnerships/testing';

/**
 * Sends commands one by one; every one must be accepted. Each command's recorded events are handed
 * to `onAppended`, which is how inline projections are kept up to date.
 */
export const send = async (
  store: EventStore,
  commands: readonly PartnershipCommand[],
  onAppended: (events: readonly RecordedEvent[]) => void = () => undefined,
): Promise<void> => {
  const handle = createPartnershipHandler({ store, newEventId: testEventId });
  for (const [i, command] of commands.entries()) {
    const result = await handle(command);
    if (result._tag === 'Left')
      throw new Error(`command ${i} (${command.type}) was refused: ${describeError(result.left)}`);
    onAppended(result.right.events);
  }
};
