import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput, invalidInput } from './errors';

export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

const UNPAIRED_SURROGATE = /\p{Surrogate}/u;
// eslint-disable-next-line no-control-regex -- the range starts just above NUL, which is what it excludes
const STORABLE_AT_A_GLANCE = /^[\u0001-\ud7ff\ue000-\uffff]*$/;

/** Parses JSON text without throwing: the value, or the parser's reason the text is not JSON. */
export const parseJsonText = (text: string): Either<string, unknown> => {
  try {
    return right(JSON.parse(text) as unknown);
  } catch (error) {
    return left(error instanceof Error ? error.message : String(error));
  }
};

/**
 * Why a store could not keep this text, or null when every store can: PostgreSQL refuses a NUL
 * character and half of a surrogate pair, so no store accepts them.
 */
export const unstorableText = (text: string): string | null => {
  // Nearly all text has neither a NUL nor any surrogate: one scan without Unicode mode settles it.
  if (STORABLE_AT_A_GLANCE.test(text)) return null;
  if (text.includes('\u0000'))
    return 'text containing a NUL character (\\u0000) cannot be stored by every event store';
  return UNPAIRED_SURROGATE.test(text)
    ? 'text containing half of a surrogate pair is not valid Unicode and cannot be stored'
    : null;
};

export const isStorableText = (text: string): boolean => unstorableText(text) === null;

/**
 * Checks that a value survives a JSON round trip unchanged, so what is stored is exactly what was
 * decided: no `undefined`, functions, NaN, Infinity, bigint, Dates or class instances, and no text
 * that one of the stores could not keep (a NUL character, an unpaired surrogate).
 */
export const validateJson = (
  value: unknown,
  path: readonly string[] = [],
): Either<InvalidInput, JsonValue> => {
  if (typeof value === 'string') {
    const problem = unstorableText(value);
    return problem === null ? right(value) : left(invalidInput(problem, path));
  }
  if (value === null || typeof value === 'boolean') return right(value);
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? right(value)
      : left(invalidInput(`number ${String(value)} cannot be stored as JSON`, path));
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const checked = validateJson(value[i], [...path, String(i)]);
      if (checked._tag === 'Left') return checked;
    }
    return right(value as JsonValue[]);
  }
  if (typeof value === 'object') {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      const className = (proto as { constructor?: { name?: unknown } }).constructor?.name;
      return left(
        invalidInput(
          `a ${typeof className === 'string' ? className : 'class'} instance cannot be stored as JSON`,
          path,
        ),
      );
    }
    for (const [key, inner] of Object.entries(value)) {
      const keyProblem = unstorableText(key);
      if (keyProblem !== null) return left(invalidInput(`a key: ${keyProblem}`, [...path, key]));
      const checked = validateJson(inner, [...path, key]);
      if (checked._tag === 'Left') return checked;
    }
    return right(value as JsonObject);
  }
  return left(invalidInput(`a ${typeof value} cannot be stored as JSON`, path));
};

export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether `JSON.stringify` already writes `value` canonically: every object's own keys in strictly
 * ascending order and no value it would leave out. True of everything read back from a store that
 * wrote canonical JSON, so that verifying a log pays one native call per value instead of a key sort
 * and a string append per key.
 */
const isInCanonicalOrder = (value: JsonValue): boolean => {
  if (value === null || typeof value !== 'object') return value !== undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!isInCanonicalOrder(value[i] as JsonValue)) return false;
    return true;
  }
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (i > 0 && !((keys[i - 1] as string) < key)) return false;
    if (!isInCanonicalOrder(value[key] as JsonValue)) return false;
  }
  return true;
};

/** The general case: keys sorted at every depth, by plain loops and string appends. */
const sortedJson = (value: JsonValue): string => {
  // The map/join version cost about twice as much.
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += (i === 0 ? '' : ',') + sortedJson(value[i] as JsonValue);
    return text + ']';
  }
  const keys = Object.keys(value).sort();
  let text = '{';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const inner = value[key];
    // As JSON.stringify does: a key whose value is undefined is left out (an optional actor field).
    if (inner === undefined) continue;
    text += (text === '{' ? '' : ',') + JSON.stringify(key) + ':' + sortedJson(inner);
  }
  return text + '}';
};

/**
 * JSON with object keys sorted at every depth, so that the same value always gives the same bytes
 * (the basis of the hash chain, whatever order a database hands keys back in).
 */
export const canonicalJson = (value: JsonValue): string =>
  isInCanonicalOrder(value) ? JSON.stringify(value) : sortedJson(value);
