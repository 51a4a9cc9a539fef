import { businessDateOf } from '@council-partnerships/projections';

/** A read on a day still to come: the record cannot know what will happen, only what its dates say. */
export interface ReadAhead {
  /** The London date of the clock when the question was asked. */
  readonly clockDate: string;
  readonly note: string;
}

export const readAheadOf = (readOn: string, now: Date): ReadAhead | null => {
  const clockDate = businessDateOf(now.toISOString());
  if (readOn <= clockDate) return null;
  return {
    clockDate,
    note: `${readOn} is after today (${clockDate}): phases, values and deadlines are what the dates will make them if nothing more is recorded, not what has happened`,
  };
};
