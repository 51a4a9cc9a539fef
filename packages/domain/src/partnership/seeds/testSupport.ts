import { PartnershipCommand } from '../commands';
import { expectTold, Story, tell } from '../testing/story';
import { commandsOf, deciderOf, Seed } from '@council-partnerships/seeds';

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
  };
};
