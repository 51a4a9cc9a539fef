/** The two kinds of object a partnership state holds, told apart as its snapshot writes and reads them. */

/** An object as a literal or `JSON.parse` makes it: its prototype is `Object.prototype`. */
export const isPlainObject = (u: unknown): u is Record<string, unknown> =>
  typeof u === 'object' && u !== null && Object.getPrototypeOf(u) === Object.prototype;

/** An id record as the state keeps it: an object without a prototype. */
export const isRecordWithoutPrototype = (u: unknown): u is Record<string, unknown> =>
  typeof u === 'object' && u !== null && Object.getPrototypeOf(u) === null;
