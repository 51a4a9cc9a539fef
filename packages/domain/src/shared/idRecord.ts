import * as t from 'io-ts';
import { copyOfLazyIdRecord } from './lazyIdRecord';

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

/**
 * A copy of the record (without a prototype), for a caller that will change the copy. A lazy
 * record's copy is lazy too (see `lazyIdRecord`): it makes no entry the original had not made.
 */
export const copyIdRecord = <T>(record: IdRecord<T>): Record<string, T> => {
  const lazy = copyOfLazyIdRecord<T>(record);
  if (lazy !== null) return lazy;
  const copy = emptyIdRecord<T>();
  for (const key of Object.keys(record)) copy[key] = record[key] as T;
  return copy;
};

/**
 * Records `withId` and `withIds` made inside the fold now running (see `foldingInPlace`), which only
 * that fold can reach; undefined when no fold is running, and then every change copies.
 */
let ownedByFold: WeakSet<object> | undefined;

/**
 * Records a decoder made that nobody holds yet (see `unheldRecord`), and whether the running fold
 * may take them over: only one told that the state it starts from is its own.
 */
const unheld = new WeakSet<object>();
let adoptingUnheld = false;

/**
 * Marks a record a decoder has just made and hands on whole: a fold that starts from a state of its
 * own (`foldingInPlace` with `adoptUnheld`) may then change it in place rather than copy it. A
 * snapshot's state is one: the handler decodes it, folds the events after it once and drops it, and
 * copying a record of ten thousand returns for the first of those events cost more than the rest
 * of the fold.
 */
export const unheldRecord = <T>(record: Record<string, T>): Record<string, T> => {
  unheld.add(record);
  return record;
};

/**
 * The records a fold made and owns, carried from one `foldingInPlace` to the next when one fold runs
 * in parts (a stream folded a page at a time). Each part may then change in place what the parts
 * before it made, so the state handed from one part to the next must be the caller's alone: held by
 * nobody else, and handed on only after the last part.
 */
export interface FoldOwnership {
  readonly owned: WeakSet<object>;
}

export const foldOwnership = (): FoldOwnership => ({ owned: new WeakSet() });

/**
 * Runs a fold that changes id-keyed records in place where no one else can see the change. Inside
 * it, the first `withId` or `withIds` on a record copies it, as always, and the fold owns the copy:
 * later changes to that copy are made in place instead of copying it again, so folding n events into
 * a record costs what the events add, not n copies of a growing record. Records made before the fold
 * (those of the state it starts from, which a caller may hold) are never written to, and ownership
 * ends when `fold` returns, so the state it hands back is as unchangeable as any other. The one
 * exception is asked for: with `adoptUnheld`, a record marked by `unheldRecord` is taken over by the
 * first change to it instead of copied, for a caller whose starting state nobody else holds; and with
 * `continuing`, the fold is a later part of one whose earlier parts made the records it owns.
 *
 * `fold` must be synchronous and hand on only its result: an intermediate state it produced shares
 * records the next step changes. It must also keep each record it makes in one place only (an owned
 * record put under two keys would change under both).
 */
export const foldingInPlace = <S>(
  fold: () => S,
  options: { readonly adoptUnheld?: boolean; readonly continuing?: FoldOwnership } = {},
): S => {
  const [outer, outerAdopting] = [ownedByFold, adoptingUnheld];
  ownedByFold = options.continuing?.owned ?? new WeakSet();
  adoptingUnheld = options.adoptUnheld === true;
  try {
    return fold();
  } finally {
    ownedByFold = outer;
    adoptingUnheld = outerAdopting;
  }
};

/** A record `withId` may write to: the same one when the running fold owns it, else a copy it owns. */
const writable = <T>(record: IdRecord<T>): Record<string, T> => {
  if (ownedByFold === undefined) return copyIdRecord(record);
  if (ownedByFold.has(record)) return record;
  if (adoptingUnheld && unheld.delete(record)) {
    ownedByFold.add(record);
    return record;
  }
  const copy = copyIdRecord(record);
  ownedByFold.add(copy);
  return copy;
};

/**
 * The record with one entry added or replaced; the original is left as it was (unless the running
 * fold made it and owns it: see `foldingInPlace`).
 */
export const withId = <T>(record: IdRecord<T>, id: string, value: NoInfer<T>): IdRecord<T> => {
  const next = writable(record);
  next[id] = value;
  return next;
};

/**
 * The record with every entry added or replaced; the original is left as it was (unless the running
 * fold made it and owns it: see `foldingInPlace`).
 */
export const withIds = <T>(record: IdRecord<T>, entries: Iterable<readonly [string, T]>): IdRecord<T> => {
  const next = writable(record);
  for (const [id, value] of entries) next[id] = value;
  return next;
};

/** A record from id/value pairs (a later pair replaces an earlier one with the same id). */
export const idRecordOf = <T>(entries: Iterable<readonly [string, T]>): IdRecord<T> => {
  const record = emptyIdRecord<T>();
  for (const [id, value] of entries) record[id] = value;
  return record;
};

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
