/** Checks on one column of a stored row, each exactly the io-ts guard it stands for. */

/** Exactly `t.UnknownRecord.is`: an object, not null and not an array. */
export const isJsonRecord = (u: unknown): boolean => u !== null && typeof u === 'object' && !Array.isArray(u);

export const isInt = (u: unknown): boolean => typeof u === 'number' && Number.isInteger(u);
