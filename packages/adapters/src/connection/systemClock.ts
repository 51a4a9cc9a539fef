/**
 * The clock stores use for `recordedAt` and command handlers use for "now". It lives at the edge so
 * the domain stays free of clock reads; tests inject a fixed clock instead.
 */
export const systemClock = (): Date => new Date();
