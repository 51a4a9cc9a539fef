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
  let size = 0;
  const onPath = new Set<object>();
  // A frame names its place by its parent and key; the path is spelt out only for a refusal, since
  // copying it for every property was most of the cost of checking an event.
  type Frame = { value: unknown; parent: Frame | null; key: string; depth: number; leave?: object };
  const pathOf = (frame: Frame | null, key?: string): readonly string[] => {
    const keys: string[] = key === undefined ? [] : [key];
    for (let f = frame; f !== null && f.parent !== null; f = f.parent) keys.push(f.key);
    return [...basePath, ...keys.reverse()];
  };
  const stack: Frame[] = [{ value, parent: null, key: '', depth: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame.leave !== undefined) {
      onPath.delete(frame.leave);
      continue;
    }
    const { value: v, depth } = frame;
    if (v === null || typeof v === 'boolean' || v === undefined) {
      size += 5;
    } else if (typeof v === 'string') {
      if (v.length > limits.maxStringLength)
        return left(
          invalidInput(
            `text of ${v.length} characters is longer than the limit of ${limits.maxStringLength}`,
            pathOf(frame),
          ),
        );
      const problem = unstorableText(v);
      if (problem !== null) return left(invalidInput(problem, pathOf(frame)));
      size += v.length + 2;
    } else if (typeof v === 'number') {
      if (!Number.isFinite(v))
        return left(invalidInput(`${kindOf(v)} cannot be stored as JSON`, pathOf(frame)));
      size += 8;
    } else if (typeof v === 'object') {
      if (depth >= limits.maxDepth)
        return left(
          invalidInput(`nesting deeper than the limit of ${limits.maxDepth} levels`, pathOf(frame)),
        );
      if (onPath.has(v)) return left(invalidInput('a value that contains itself (a cycle)', pathOf(frame)));
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
      onPath.add(v);
      stack.push({ value: undefined, parent: null, key: '', depth, leave: v });
      const descriptors = Object.getOwnPropertyDescriptors(v);
      const keys = Object.keys(descriptors);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        if (isArray && key === 'length') continue;
        const descriptor = descriptors[key] as PropertyDescriptor;
        if (!descriptor.enumerable) continue;
        if (!('value' in descriptor))
          return left(invalidInput('a property computed by a getter is not plain data', pathOf(frame, key)));
        if (key.length > limits.maxStringLength)
          return left(
            invalidInput(`a key longer than the limit of ${limits.maxStringLength}`, pathOf(frame, key)),
          );
        const keyProblem = unstorableText(key);
        if (keyProblem !== null) return left(invalidInput(`a key: ${keyProblem}`, pathOf(frame, key)));
        if (isArray && descriptor.value === undefined)
          return left(invalidInput('undefined cannot be stored in a list', pathOf(frame, key)));
        size += key.length + 4;
        stack.push({ value: descriptor.value, parent: frame, key, depth: depth + 1 });
      }
      size += 2;
    } else {
      return left(invalidInput(`${kindOf(v)} cannot be stored as JSON`, pathOf(frame)));
    }
    if (size > limits.maxPayloadSize)
      return left(
        invalidInput(
          `input larger than the limit of ${limits.maxPayloadSize} characters as JSON`,
          pathOf(frame),
        ),
      );
  }
  return right(value);
};
