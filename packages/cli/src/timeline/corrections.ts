import { RecordedEvent } from '@council-partnerships/domain';

/**
 * Whether an event corrects an earlier one. Facts are corrected, never edited: a correction is an event
 * that names what it corrects. No correction event is in the catalogue yet, so this recognises the
 * marks one will carry: a type ending in `Corrected` or `Correction`, or data naming the event it
 * corrects (`corrects`, `correctsEventId`, `correctedEventId`).
 */
export const isCorrection = (event: Pick<RecordedEvent, 'type' | 'data'>): boolean =>
  /(Corrected|Correction)$/.test(event.type) ||
  ['corrects', 'correctsEventId', 'correctedEventId'].some((key) =>
    Object.prototype.hasOwnProperty.call(event.data, key),
  );

/** The event a correction names, when it names one by id. */
export const correctedEventId = (event: Pick<RecordedEvent, 'data'>): string | null => {
  for (const key of ['correctsEventId', 'correctedEventId', 'corrects']) {
    if (!Object.prototype.hasOwnProperty.call(event.data, key)) continue;
    const value = (event.data as Record<string, unknown>)[key];
    if (typeof value === 'string') return value;
  }
  return null;
};
