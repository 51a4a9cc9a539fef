/**
 * The store's clock while a story is told: each command is recorded an hour after the business time
 * it states (an officer types it in that morning), or when its step says it was recorded (an entry
 * made late), and never before anything already recorded for the same partnership. Recorded times
 * then follow the story, so "as recorded by" a date shows what the council's system held then.
 */
export interface StoryClock {
  readonly now: () => Date;
  /** Called before each command: when it happened, and when it was recorded if that was later. */
  readonly recordAfter: (occurredAt: string, recordedAt?: string) => void;
  /** A new partnership's story starts: its first record follows its own first business time. */
  readonly newStory: () => void;
}

export const createStoryClock = (): StoryClock => {
  let current = 0;
  return {
    // Every reading moves a millisecond on: two events of one command never share an instant.
    now: () => new Date((current += 1)),
    recordAfter: (occurredAt, recordedAt) => {
      const due = recordedAt === undefined ? Date.parse(occurredAt) + 3_600_000 : Date.parse(recordedAt);
      if (due > current) current = due;
    },
    newStory: () => {
      current = 0;
    },
  };
};
