import { tell } from '../testing/story';
import { seedStory } from './testSupport';
import { expectedRefusalsOf, seeds } from '@council-partnerships/seeds';

/**
 * Every seed, told through the partnership decider on its council's policy, in the order its steps
 * were recorded: every step the story records is accepted, and every step it expects to be refused
 * is refused by the rule it names, on the history recorded before it.
 */
describe.each(seeds.map((seed) => [seed.key, seed] as const))('the %s seed', (_key, seed) => {
  const { decider, toldTo } = seedStory(seed);

  it('is accepted to the end, apart from the steps it expects to be refused', () => {
    const story = toldTo();
    expect(story.state.partnershipId).toBe(seed.partnershipId);
  });

  const refusals = expectedRefusalsOf(seed);
  // Not every seed expects a refusal (jest will not run an empty table).
  if (refusals.length > 0)
    it.each(refusals.map((r) => [r.command.type, r.code, r] as const))(
      '%s is refused with %s, as the story expects',
      (_type, code, { before, command }) => {
        expect(tell(decider, [...before, command]).refused).toMatchObject({
          index: before.length,
          error: { code },
        });
      },
    );
});
