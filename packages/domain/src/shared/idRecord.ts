import * as t from 'io-ts';

/**
 * Records keyed by ids that come from outside (a contract id, an actor id, a lot id).
 *
 * An id is text anyone can choose, so it may be `__proto__`, `constructor` or `toString`. On a plain
 * object those names reach `Object.prototype`: a read finds a built-in where nothing was recorded and
 * a write can replace the prototype of every object in the process. These records have no prototype
 * and are only read through own-property checks, so every id is just a key.
 */
export type IdRecord<T> = Readonly<Record<string, T>>;

/** A record with no prototype: nothing is in it but what is put there. */
export const emptyIdRecord = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

/** Whether the record holds an entry under this id (its own, never an inherited property). */
export const hasId = (record: IdRecord<unknown>, id: string): boolean => Object.hasOwn(record, id);

/** The entry under this id, or undefined when none was recorded. */
export const own = <T>(record: IdRecord<T>, id: string): T | undefined =>
  Object.hasOwn(record, id) ? record[id] : undefined;

/** A copy of the record (without a prototype), for a caller that will change the copy. */
export const copyIdRecord = <T>(record: IdRecord<T>): Record<string, T> => {
  const copy = emptyIdRecord<T>();
  for (const key of Object.keys(record)) copy[key] = record[key] as T;
  return copy;
};

/** The record with one entry added or replaced; the original is left as it was. */
export const withId = <T>(record: IdRecord<T>, id: string, value: NoInfer<T>): IdRecord<T> => {
  const copy = copyIdRecord(record);
  copy[id] = value;
  return copy;
};

/** The record with every entry added or replaced; the original is left as it was. */
export const withIds = <T>(record: IdRecord<T>, entries: Iterable<readonly [string, T]>): IdRecord<T> => {
  const copy = copyIdRecord(record);
  for (const [id, value] of entries) copy[id] = value;
  return copy;
};

/** A record from id/value pairs (a later pair replaces an earlier one with the same id). */
export const idRecordOf = <T>(entries: Iterable<readonly [string, T]>): IdRecord<T> =>
  withIds(emptyIdRecord<T>(), entries);

/** The record with every entry changed by `change`; ids are kept. */
export const mapIdRecord = <T, U>(record: IdRecord<T>, change: (value: T, id: string) => U): IdRecord<U> => {
  const next = emptyIdRecord<U>();
  for (const key of Object.keys(record)) next[key] = change(record[key] as T, key);
  return next;
};

const isObjectRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === 'object' && u !== null && !Array.isArray(u);

/**
 * An io-ts codec for an id-keyed record read from outside (a checkpoint file, an anchor): it decodes
 * into a record without a prototype, so an id read back from a file is as harmless as one folded.
 */
export const idRecordCodec = <A, O>(
  codec: t.Type<A, O, unknown>,
  name = `IdRecord<${codec.name}>`,
): t.Type<Record<string, A>, Record<string, O>, unknown> =>
  new t.Type<Record<string, A>, Record<string, O>, unknown>(
    name,
    (u): u is Record<string, A> =>
      isObjectRecord(u) &&
      Object.getPrototypeOf(u) === null &&
      Object.keys(u).every((key) => codec.is(u[key])),
    (u, context) => {
      if (!isObjectRecord(u)) return t.failure(u, context, 'an object keyed by id');
      const decoded = emptyIdRecord<A>();
      const errors: t.Errors = [];
      for (const key of Object.keys(u)) {
        const value = u[key];
        const result = codec.validate(value, t.appendContext(context, key, codec, value));
        if (result._tag === 'Left') errors.push(...result.left);
        else decoded[key] = result.right;
      }
      return errors.length > 0 ? t.failures(errors) : t.success(decoded);
    },
    (record) => {
      const encoded = emptyIdRecord<O>();
      for (const [key, value] of Object.entries(record)) encoded[key] = codec.encode(value);
      return encoded;
    },
  );
