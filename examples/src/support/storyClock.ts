import { seededEventIds } from '../simulator/clock';
import { mulberry32 } from '../simulator/prng';

/**
 * The store's clock while a story is told: each command is recorded an hour after the business time
 * it states (an officer types it in that morning), or when its step says it was recorded (an entry
 * made late), and never before anything already recorded for the same partnership. Recorded times
 * then follow the story, so "as recorded by" a date shows what the council's system held then.
 */
export interface StoryClock {
  readonly now: () => Date;
  /** The current instant in milliseconds, without moving the clock (event ids are stamped with it). */
  readonly peek: () => number;
  /** Called before each command: when it happened, and when it was recorded if that was later. */
  readonly recordAfter: (occurredAt: string, recordedAt?: string) => void;
  /** A new partnership's story starts: its first record follows its own first business time. */
  readonly newStory: () => void;
}

const AN_HOUR = 3_600_000;

export const createStoryClock = (): StoryClock => {
  let current = 0;
  return {
    // Every reading (one an append) moves a millisecond on: two commands never share an instant.
    now: () => new Date((current += 1)),
    peek: () => current,
    recordAfter: (occurredAt, recordedAt) => {
      const due = recordedAt === undefined ? Date.parse(occurredAt) + AN_HOUR : Date.parse(recordedAt);
      if (due > current) current = due;
    },
    newStory: () => {
      current = 0;
    },
  };
};

/**
 * Event ids for a told story: the UUIDv7 layout stamped with the story clock's instant, the rest
 * from a fixed seed, so a demo run writes the same log, hash for hash, every time.
 */
export const storyEventIds = (clock: StoryClock, seed = 0x5eed): (() => string) =>
  seededEventIds(mulberry32(seed), clock.peek);
