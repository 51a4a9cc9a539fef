import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput, invalidInput } from './errors';
import { unstorableText } from './json';

/**
 * How big and how deep untrusted input may be. Every command, actor and event payload is checked
 * against these before anything else looks at it, so a value that would overflow the stack, fill the
 * memory or break JSON is refused as a value naming where it is.
 */
export interface InputLimits {
  /** Nesting of objects and arrays (a command's data is at depth 2). */
  readonly maxDepth: number;
  /** Characters in any one string, keys included. */
  readonly maxStringLength: number;
  /** Size of the whole value as JSON text, in UTF-16 code units (close to bytes for the text councils send). */
  readonly maxPayloadSize: number;
}

/** Generous for any partnership command or event (the largest seed event is under 10 kB). */
export const defaultInputLimits: InputLimits = {
  maxDepth: 32,
  maxStringLength: 10_000,
  maxPayloadSize: 1_000_000,
};

export const inputLimits = (overrides: Partial<InputLimits> = {}): InputLimits => ({
  ...defaultInputLimits,
  ...overrides,
});

const kindOf = (value: unknown): string => {
  if (typeof value === 'bigint') return 'a BigInt';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'number') return `the number ${String(value)}`;
  return `a ${typeof value}`;
};

/** The characters a JSON leaf adds to the size, or what is wrong with it. Objects are not leaves. */
const leafSizeOrProblem = (v: unknown, limits: InputLimits): number | string => {
  if (v === null || typeof v === 'boolean' || v === undefined) return 5;
  if (typeof v === 'string') {
    if (v.length > limits.maxStringLength)
      return `text of ${v.length} characters is longer than the limit of ${limits.maxStringLength}`;
    return unstorableText(v) ?? v.length + 2;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? 8 : `${kindOf(v)} cannot be stored as JSON`;
  return `${kindOf(v)} cannot be stored as JSON`;
};

/**
 * Checks that untrusted input is plain JSON within the limits: only null, booleans, finite numbers,
 * strings, arrays and plain objects, no cycle, no text a store cannot keep. Walks with its own stack
 * (never recursion) and reads each property once through its descriptor, so no getter runs and no
 * depth overflows. Keys whose value is undefined are allowed (JSON leaves them out), as is an
 * undefined input at the top (the codecs then say what was missing).
 */
export const checkInput = (
  value: unknown,
  limits: InputLimits = defaultInputLimits,
  basePath: readonly string[] = [],
): Either<InvalidInput, unknown> => {
  // Only objects and arrays get a frame; a leaf is checked where its parent lists it. A frame names
  // its place by its parent and key, and the path is spelt out only for a refusal: copying it for
  // every property was most of the cost of checking an event. Its ancestors are the objects on its
  // path, which is how a cycle is seen (nesting is at most maxDepth, so the walk up is short).
  type Frame = {
    readonly value: object;
    readonly parent: Frame | null;
    readonly key: string;
    readonly depth: number;
  };
  const pathOf = (frame: Frame | null, key?: string): readonly string[] => {
    const keys: string[] = key === undefined ? [] : [key];
    for (let f = frame; f !== null && f.parent !== null; f = f.parent) keys.push(f.key);
    return [...basePath, ...keys.reverse()];
  };
  const tooLarge = (frame: Frame | null, key?: string) =>
    left(
      invalidInput(
        `input larger than the limit of ${limits.maxPayloadSize} characters as JSON`,
        pathOf(frame, key),
      ),
    );
  if (typeof value !== 'object' || value === null) {
    const leaf = leafSizeOrProblem(value, limits);
    if (typeof leaf === 'string') return left(invalidInput(leaf, pathOf(null)));
    return leaf > limits.maxPayloadSize ? tooLarge(null) : right(value);
  }
  let size = 0;
  const stack: Frame[] = [{ value, parent: null, key: '', depth: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const { value: v, depth } = frame;
    if (depth >= limits.maxDepth)
      return left(invalidInput(`nesting deeper than the limit of ${limits.maxDepth} levels`, pathOf(frame)));
    const isArray = Array.isArray(v);
    const proto = Object.getPrototypeOf(v) as unknown;
    if (!isArray && proto !== Object.prototype && proto !== null) {
      const name = (proto as { constructor?: { name?: unknown } } | null)?.constructor?.name;
      return left(
        invalidInput(
          `a ${typeof name === 'string' ? name : 'class'} instance is not plain data`,
          pathOf(frame),
        ),
      );
    }
    // One descriptor per enumerable key: getOwnPropertyDescriptors, which builds them all, non-enumerable
    // ones included, in one more object, cost several times as much.
    const keys = Object.keys(v);
    // Nested objects go on the stack in reverse, so that they are checked in the order of their keys.
    const firstChild = stack.length;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const descriptor = Object.getOwnPropertyDescriptor(v, key);
      if (descriptor === undefined || !descriptor.enumerable) continue;
      if (!('value' in descriptor))
        return left(invalidInput('a property computed by a getter is not plain data', pathOf(frame, key)));
      if (key.length > limits.maxStringLength)
        return left(
          invalidInput(`a key longer than the limit of ${limits.maxStringLength}`, pathOf(frame, key)),
        );
      const keyProblem = unstorableText(key);
      if (keyProblem !== null) return left(invalidInput(`a key: ${keyProblem}`, pathOf(frame, key)));
      const inner = descriptor.value as unknown;
      if (isArray && inner === undefined)
        return left(invalidInput('undefined cannot be stored in a list', pathOf(frame, key)));
      size += key.length + 4;
      if (typeof inner === 'object' && inner !== null) {
        for (let a: Frame | null = frame; a !== null; a = a.parent)
          if (a.value === inner)
            return left(invalidInput('a value that contains itself (a cycle)', pathOf(frame, key)));
        stack.push({ value: inner, parent: frame, key, depth: depth + 1 });
      } else {
        const leaf = leafSizeOrProblem(inner, limits);
        if (typeof leaf === 'string') return left(invalidInput(leaf, pathOf(frame, key)));
        size += leaf;
      }
      if (size > limits.maxPayloadSize) return tooLarge(frame, key);
    }
    for (let i = firstChild, j = stack.length - 1; i < j; i++, j--) {
      const swap = stack[i] as Frame;
      stack[i] = stack[j] as Frame;
      stack[j] = swap;
    }
    size += 2;
    if (size > limits.maxPayloadSize) return tooLarge(frame);
  }
  return right(value);
};
