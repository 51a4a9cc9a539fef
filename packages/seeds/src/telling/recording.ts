import { Step } from './script';

const AN_HOUR = 3_600_000;

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
  /** Called before each step is sent: the clock moves on to when the step reached the system. */
  readonly recordStep: (step: Step) => void;
  /** A new partnership's story starts: its first record follows its own first business time. */
  readonly newStory: () => void;
}

export const createStoryClock = (): StoryClock => {
  let current = 0;
  return {
    // Every reading (one an append) moves a millisecond on: two commands never share an instant.
    now: () => new Date((current += 1)),
    peek: () => current,
    recordStep: (step) => {
      current = Math.max(current, dueAt(step));
    },
    newStory: () => {
      current = 0;
    },
  };
};

/** When a step reaches the council's system: an hour after it happened, unless it says it was entered later. */
export const dueAt = (step: Step): number =>
  step.recordedAt === undefined
    ? Date.parse(step.command.metadata.occurredAt) + AN_HOUR
    : Date.parse(step.recordedAt);

/**
 * A script in the order its commands reached the council's system. Scripts are written a contract or
 * a module at a time (every return of one module, then the next); a council's officers enter them
 * as the weeks pass, interleaved, so the log is ordered by when each was recorded (steps recorded at
 * the same instant keep the script's order). Only the entries a step says were made late then show as
 * backdated.
 */
export const inRecordingOrder = (steps: readonly Step[]): readonly Step[] =>
  steps
    .map((step, index) => ({ step, index, due: dueAt(step) }))
    .sort((a, b) => a.due - b.due || a.index - b.index)
    .map(({ step }) => step);
