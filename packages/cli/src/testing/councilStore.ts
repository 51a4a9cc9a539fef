import { createInMemoryEventStore, InMemoryEventStore } from '@council-partnerships/adapters';
import { testEventId } from '@council-partnerships/testing';
import {
  centralBedfordshire,
  createStoryClock,
  recordSeeds,
  SeedPart,
  stockton,
  stocktonTold,
} from '@council-partnerships/seeds';

/**
 * Stockton's year-one reviews of 20 July 2023 confirm its modules embedded, but were entered only
 * on 1 September 2023: "as of" 31 August 2023 they count, "as recorded by" 31 August they do not.
 */
export const lateReviewsRecordedAt = new Date(stocktonTold.reviewsEnteredAt).toISOString();

/**
 * A council's store with real partnership histories told through the command handler: Stockton up
 * to its late year-one reviews (no expansion yet), then Central Bedfordshire.
 * Each step is recorded when the seed says it reached the council's system (an hour after it
 * happened, or later for an entry made late), so "as of" a business date and "as recorded by" an
 * instant differ.
 */
export const councilStore = async (
  parts: readonly SeedPart[] = [{ seed: stockton, range: { to: 'embedded' } }, centralBedfordshire],
): Promise<InMemoryEventStore> => {
  const clock = createStoryClock();
  const store = createInMemoryEventStore({ clock: clock.now });
  await recordSeeds(store, parts, { newEventId: testEventId, clock });
  return store;
};
