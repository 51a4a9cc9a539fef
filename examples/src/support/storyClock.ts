import { seededEventIds } from '../simulator/clock';
import { mulberry32 } from '../simulator/prng';
import { StoryClock } from '@council-partnerships/seeds';

// The story clock is the seeds' (a told seed is recorded as the weeks pass); re-exported for the demo.
export { createStoryClock } from '@council-partnerships/seeds';
export type { StoryClock } from '@council-partnerships/seeds';

/**
 * Event ids for a told story: the UUIDv7 layout stamped with the story clock's instant, the rest
 * from a fixed seed, so a demo run writes the same log, hash for hash, every time.
 */
export const storyEventIds = (clock: StoryClock, seed = 0x5eed): (() => string) =>
  seededEventIds(mulberry32(seed), clock.peek);
