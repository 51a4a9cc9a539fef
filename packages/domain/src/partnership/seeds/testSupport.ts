import { Actor } from '../../eventstore/envelope';
import { PartnershipCommand, PartnershipCommandOfType, PartnershipCommandType } from '../commands';
import { expectTold, Story, tell } from '../testing/story';
import { command as anyCommand } from '@council-partnerships/testing';
import { commandsOf, DataOf, deciderOf, Seed } from '@council-partnerships/seeds';

/**
 * A seed told through the partnership decider on its council's policy: up to one of its named points
 * (the whole story if none), or on from a story with commands the seed does not hold.
 */
export const seedStory = (seed: Seed) => {
  const decider = deciderOf(seed);
  return {
    decider,
    toldTo: (to?: string): Story => expectTold(tell(decider, commandsOf(seed, { to }))),
    after: (story: Story, commands: readonly PartnershipCommand[]) => tell(decider, commands, story),
    /** The first command of a type the seed records (a step it expects refused is not recorded). */
    firstOf: <T extends PartnershipCommandType>(type: T): PartnershipCommandOfType<T> => {
      const found = commandsOf(seed).find((c): c is PartnershipCommandOfType<T> => c.type === type);
      if (found === undefined) throw new Error(`${seed.key} records no ${type}`);
      return found;
    },
    /** A command for the seed's partnership, its data written as a telling writes it (without the id). */
    command: <T extends PartnershipCommandType>(type: T, data: DataOf<T>, actor?: Actor) =>
      anyCommand(
        type,
        { partnershipId: seed.partnershipId, ...data } as unknown as PartnershipCommandOfType<T>['data'],
        actor,
      ),
  };
};
