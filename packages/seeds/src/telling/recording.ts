import { Step } from './script';

const AN_HOUR = 3_600_000;

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
