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

/** Sets an own property whatever its name: `__proto__` is a key like any other here. */
const put = (target: Record<string, unknown>, key: string, value: unknown): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
};

type Decoded = { ok: true; value: StateTree } | { ok: false; reason: string };
/**
 * Where the decoder stands, as a stack it pushes and pops as it walks (a state can hold a hundred
 * thousand values; a path copied for each would cost more than the decoding). Copied only on failure.
 */
type Path = string[];
const fail = (reason: string, at: Path): Decoded => ({
  ok: false,
  reason: `${reason} at ${at.length === 0 ? 'the top' : at.join('.')}`,
});
const within = (at: Path, key: string, decode: () => Decoded): Decoded => {
  at.push(key);
  const decoded = decode();
  at.pop();
  return decoded;
};

const decodePairs = (pairs: unknown, at: Path): Decoded | [StateTree, StateTree][] => {
  if (!Array.isArray(pairs)) return fail('expected a list of entries', at);
  const out: [StateTree, StateTree][] = [];
  for (let i = 0; i < pairs.length; i++) {
    const pair: unknown = pairs[i];
    if (!Array.isArray(pair) || pair.length !== 2)
      return within(at, String(i), () => fail('expected an entry [key, value]', at));
    const key = within(at, `${i}.key`, () => decodeTree(pair[0], at));
    if (!key.ok) return key;
    const value = within(at, `${i}.value`, () => decodeTree(pair[1], at));
    if (!value.ok) return value;
    out.push([key.value, value.value]);
  }
  return out;
};

const decodeItems = (items: unknown[], at: Path): Decoded | StateTree[] => {
  const out: StateTree[] = [];
  for (let i = 0; i < items.length; i++) {
    const decoded = within(at, String(i), () => decodeTree(items[i], at));
    if (!decoded.ok) return decoded;
    out.push(decoded.value);
  }
  return out;
};

const decodeObject = (tag: 'r' | 'o', pairs: unknown, at: Path): Decoded => {
  const entries = decodePairs(pairs, at);
  if (!Array.isArray(entries)) return entries;
  const target = (tag === 'r' ? Object.create(null) : {}) as Record<string, unknown>;
  for (const [key, value] of entries) {
    if (typeof key !== 'string') return fail('expected text keys', at);
    if (Object.hasOwn(target, key)) return fail(`key ${JSON.stringify(key)} appears twice`, at);
    put(target, key, value);
  }
  return { ok: true, value: target as StateTree };
};

const decodeTree = (value: unknown, at: Path): Decoded => {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return { ok: true, value };
  if (typeof value === 'number')
    return Number.isFinite(value) ? { ok: true, value } : fail('expected a finite number', at);
  if (!Array.isArray(value) || typeof value[0] !== 'string') return fail('expected a tagged value', at);
  const tag: string = value[0];
  const size = value.length;
  if (tag === 'u' && size === 1) return { ok: true, value: undefined };
  if (tag === 'n' && size === 2 && specialNumbers.has(String(value[1])))
    return { ok: true, value: specialNumbers.get(String(value[1]))! };
  if (tag === 'a' || tag === 's') {
    const items = decodeItems(value.slice(1), at);
    if (!Array.isArray(items)) return items;
    return { ok: true, value: tag === 'a' ? items : new Set(items) };
  }
  if ((tag === 'r' || tag === 'o') && size === 2) return decodeObject(tag, value[1], at);
  if (tag === 'm' && size === 2) {
    const entries = decodePairs(value[1], at);
    return Array.isArray(entries) ? { ok: true, value: new Map(entries) } : entries;
  }
  return fail(`unknown tag ${JSON.stringify(tag)}`, at);
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
    const decoded = decodeTree(u, []);
    return decoded.ok ? t.success(decoded.value) : t.failure(u, context, decoded.reason);
  },
  encodeTree,
);

/** Why the value cannot be written as a state tree, or null when it can. */
export const stateTreeProblem = (value: unknown): string | null => notATree(value, new Set());
