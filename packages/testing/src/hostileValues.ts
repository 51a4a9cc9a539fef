import fc from 'fast-check';
import { defaultInputLimits } from '@council-partnerships/domain';

/** Ids an attacker would choose: members of Object.prototype. */
export const prototypeNames = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'] as const;

const nested = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { inner: value };
  return value;
};

const cyclic = (): unknown => {
  const value: Record<string, unknown> = { name: 'loop' };
  value['self'] = value;
  return value;
};

const withThrowingGetter = (): unknown =>
  Object.defineProperty({}, 'secret', {
    enumerable: true,
    get: () => {
      throw new Error('a getter that throws');
    },
  });

/** Values no store, codec or JSON encoder should ever be handed, each built fresh. */
export const hostileValues: readonly (readonly [string, () => unknown])[] = [
  ['a BigInt', () => 10n ** 30n],
  ['a function', () => () => 'called'],
  ['a symbol', () => Symbol('s')],
  ['a cycle', cyclic],
  ['nesting 5,000 deep', () => nested(5_000)],
  ['nesting just beyond the depth limit', () => nested(defaultInputLimits.maxDepth + 1)],
  ['NaN', () => Number.NaN],
  ['Infinity', () => Number.POSITIVE_INFINITY],
  ['-Infinity', () => Number.NEGATIVE_INFINITY],
  ['text beyond the length limit', () => 'x'.repeat(defaultInputLimits.maxStringLength + 1)],
  ['a 2 MB payload of short strings', () => Array.from({ length: 250_000 }, () => 'abcdef')],
  ['a Date', () => new Date(0)],
  ['a Map', () => new Map([['a', 1]])],
  ['a getter that throws', withThrowingGetter],
  ['an own __proto__ key', () => JSON.parse('{"__proto__": {"polluted": true}}') as unknown],
  ['a NUL character', () => 'a\u0000b'],
  ['half a surrogate pair', () => '\ud800'],
];

/** Any of the hostile values. */
export const hostileValue = (): fc.Arbitrary<unknown> =>
  fc.constantFrom(...hostileValues).map(([, make]) => make());

/** Any JSON-ish value, hostile ones and prototype names mixed in. */
export const anyValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 2, arbitrary: hostileValue() },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(...prototypeNames) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, null, 0, -1, 2 ** 53, '', ' ') },
  );

/** A property's value read from its descriptor, so that no getter runs while taking the snapshot. */
const ownValue = (target: object, key: PropertyKey): unknown =>
  Object.getOwnPropertyDescriptor(target, key)?.value as unknown;

/** The built-ins a polluted process would show changed, for comparing before and after. */
export const builtInsSnapshot = (): unknown[] => {
  const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
  return [
    ...prototypes.flatMap((proto) => Reflect.ownKeys(proto).map((key) => [key, ownValue(proto, key)])),
    ...Reflect.ownKeys(Object).map((key) => [key, (Object as unknown as Record<PropertyKey, unknown>)[key]]),
    Object.getPrototypeOf({}),
    Object.getPrototypeOf([]),
  ];
};
