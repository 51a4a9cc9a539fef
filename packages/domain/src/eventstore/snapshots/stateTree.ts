import * as t from 'io-ts';
import { JsonValue } from '../../shared/json';

/**
 * A folded state written as JSON so that reading it back gives a value deeply equal to the one
 * written: records without a prototype stay without one, Maps stay Maps, Sets stay Sets, and -0,
 * NaN, the infinities and `undefined` survive. Plain JSON would turn an id record into an object
 * with a prototype and drop a field set to `undefined`.
 *
 * Every object and array is a tagged array, so no key chosen by a command's sender is ever a key
 * of the JSON text: `["r", [[key, value], ...]]` a record without a prototype, `["o", ...]` a plain
 * object, `["a", ...items]` an array, `["m", [[key, value], ...]]` a Map, `["s", ...items]` a Set,
 * `["n", "-0" | "NaN" | "Infinity" | "-Infinity"]` a number JSON cannot hold, `["u"]` undefined.
 */
export type StateTree =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly StateTree[]
  | ReadonlyMap<StateTree, StateTree>
  | ReadonlySet<StateTree>
  | { readonly [key: string]: StateTree };

const specialNumbers: ReadonlyMap<string, number> = new Map([
  ['-0', -0],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
]);

const numberName = (n: number): string | null => {
  if (Object.is(n, -0)) return '-0';
  return Number.isFinite(n) ? null : String(n);
};

/** Why a value has no place in a state tree, or null when it has one. */
const notATree = (value: unknown, seen: Set<object>): string | null => {
  if (value === null || value === undefined) return null;
  const kind = typeof value;
  if (kind === 'string' || kind === 'number' || kind === 'boolean') return null;
  if (kind !== 'object') return `a ${kind}`;
  const object = value;
  if (seen.has(object)) return 'a value that contains itself';
  seen.add(object);
  let problem: string | null = null;
  if (Array.isArray(object) || object instanceof Set) {
    for (const item of object as Iterable<unknown>) problem ??= notATree(item, seen);
  } else if (object instanceof Map) {
    for (const [key, item] of object) problem ??= notATree(key, seen) ?? notATree(item, seen);
  } else {
    const prototype: unknown = Object.getPrototypeOf(object);
    if (prototype !== null && prototype !== Object.prototype) problem = 'an instance of a class';
    for (const key of Object.keys(object))
      problem ??= notATree((object as Record<string, unknown>)[key], seen);
  }
  seen.delete(object);
  return problem;
};

const entriesOf = (object: object): JsonValue[] =>
  Object.keys(object).map((key) => [key, encodeTree((object as Record<string, StateTree>)[key])]);

const encodeTree = (value: StateTree): JsonValue => {
  if (value === undefined) return ['u'];
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    const name = numberName(value);
    return name === null ? value : ['n', name];
  }
  if (Array.isArray(value)) return ['a', ...(value as StateTree[]).map(encodeTree)];
  if (value instanceof Map) {
    const entries = [...(value as ReadonlyMap<StateTree, StateTree>)];
    return ['m', entries.map(([k, v]) => [encodeTree(k), encodeTree(v)])];
  }
  if (value instanceof Set) return ['s', ...[...(value as ReadonlySet<StateTree>)].map(encodeTree)];
  return [Object.getPrototypeOf(value) === null ? 'r' : 'o', entriesOf(value)];
};

/**
 * Decodes a tree, or says where it is not one. One walk with no allocation per value beyond the
 * value itself (a state can hold a hundred thousand values): a failure is kept in `problem` and
 * every caller returns at once on `FAILED`; the path is a stack, copied only into the message.
 */
const FAILED: unique symbol = Symbol('not a state tree');
type Decoded = StateTree | typeof FAILED;

const decoderOf = () => {
  const at: string[] = [];
  let problem = '';
  const fail = (reason: string): typeof FAILED => {
    problem = `${reason} at ${at.length === 0 ? 'the top' : at.join('.')}`;
    return FAILED;
  };
  const child = (value: unknown, step: string): Decoded => {
    at.push(step);
    const decoded = decodeTree(value);
    if (decoded !== FAILED) at.pop();
    return decoded;
  };

  /** The i-th entry of a list of entries, as `[key, value]`. */
  const entryAt = (pairs: unknown[], i: number): unknown[] | typeof FAILED => {
    const pair: unknown = pairs[i];
    if (Array.isArray(pair) && pair.length === 2) return pair as unknown[];
    at.push(String(i));
    return fail('expected an entry [key, value]');
  };

  const decodePairs = (pairs: unknown): [StateTree, StateTree][] | typeof FAILED => {
    if (!Array.isArray(pairs)) return fail('expected a list of entries');
    const out = new Array<[StateTree, StateTree]>(pairs.length);
    for (let i = 0; i < pairs.length; i++) {
      const pair = entryAt(pairs, i);
      if (pair === FAILED) return FAILED;
      const key = child(pair[0], `${i}.key`);
      if (key === FAILED) return FAILED;
      const value = child(pair[1], `${i}.value`);
      if (value === FAILED) return FAILED;
      out[i] = [key, value];
    }
    return out;
  };

  const decodeObject = (tag: 'r' | 'o', pairs: unknown): Decoded => {
    if (!Array.isArray(pairs)) return fail('expected a list of entries');
    const target = (tag === 'r' ? Object.create(null) : {}) as Record<string, unknown>;
    for (let i = 0; i < pairs.length; i++) {
      const pair = entryAt(pairs, i);
      if (pair === FAILED) return FAILED;
      const key: unknown = pair[0];
      if (typeof key !== 'string') return fail('expected text keys');
      if (Object.hasOwn(target, key)) return fail(`key ${JSON.stringify(key)} appears twice`);
      const value = child(pair[1], `${i}.value`);
      if (value === FAILED) return FAILED;
      // On a plain object `__proto__` would set the prototype; defined, it is a key like any other.
      // A record has no prototype, so there it is a key already.
      if (tag === 'o' && key === '__proto__')
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
      else target[key] = value;
    }
    return target as StateTree;
  };

  const decodeTree = (value: unknown): Decoded => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') return Number.isFinite(value) ? value : fail('expected a finite number');
    if (!Array.isArray(value) || typeof value[0] !== 'string') return fail('expected a tagged value');
    const tag: string = value[0];
    const size = value.length;
    if (tag === 'u' && size === 1) return undefined;
    if (tag === 'n' && size === 2 && specialNumbers.has(String(value[1])))
      return specialNumbers.get(String(value[1]))!;
    if (tag === 'a' || tag === 's') {
      const items = new Array<StateTree>(size - 1);
      for (let i = 1; i < size; i++) {
        const item = child(value[i], String(i - 1));
        if (item === FAILED) return FAILED;
        items[i - 1] = item;
      }
      return tag === 'a' ? items : new Set(items);
    }
    if ((tag === 'r' || tag === 'o') && size === 2) return decodeObject(tag, value[1]);
    if (tag === 'm' && size === 2) {
      const entries = decodePairs(value[1]);
      return entries === FAILED ? FAILED : new Map(entries);
    }
    return fail(`unknown tag ${JSON.stringify(tag)}`);
  };

  return (u: unknown): { ok: true; value: StateTree } | { ok: false; reason: string } => {
    const decoded = decodeTree(u);
    return decoded === FAILED ? { ok: false, reason: problem } : { ok: true, value: decoded };
  };
};

/**
 * The io-ts codec of a state tree. `is` accepts what `encode` can write (primitives, arrays, Maps,
 * Sets and objects whose prototype is null or Object's, with no cycles); `decode` refuses any JSON
 * that `encode` could not have written, naming where.
 */
export const StateTreeCodec = new t.Type<StateTree, JsonValue, unknown>(
  'StateTree',
  (u): u is StateTree => notATree(u, new Set()) === null,
  (u, context) => {
    const decoded = decoderOf()(u);
    return decoded.ok ? t.success(decoded.value) : t.failure(u, context, decoded.reason);
  },
  encodeTree,
);

/** Why the value cannot be written as a state tree, or null when it can. */
export const stateTreeProblem = (value: unknown): string | null => notATree(value, new Set());
