/**
 * The named fields of a record, in the order the names are given: a state entry that keeps what an
 * event recorded is built from the event's data without restating each field.
 */
export const pick = <T extends object, const K extends readonly (keyof T)[]>(
  record: T,
  keys: K,
): Pick<T, K[number]> => {
  const picked: Partial<Pick<T, K[number]>> = {};
  for (const key of keys) picked[key] = record[key];
  return picked as Pick<T, K[number]>;
};
