import * as t from 'io-ts';
import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput, invalidInput } from './errors';

const describeValue = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text === undefined ? typeof value : text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** The path io-ts walked to the failing value, without the numeric keys of union branches. */
const pathOf = (error: t.ValidationError): string[] =>
  error.context
    .slice(1)
    .filter((entry, i, all) => !(i > 0 && /^\d+$/.test(entry.key) && isUnionOrIntersection(all[i - 1]?.type)))
    .map((entry) => entry.key)
    .filter((key) => key !== '');

const isUnionOrIntersection = (type: t.Decoder<unknown, unknown> | undefined): boolean =>
  type instanceof t.UnionType || type instanceof t.IntersectionType;

/**
 * Decodes untrusted input with an io-ts codec and reports the first problem as an `InvalidInput`
 * naming the field (`path`) and what was expected there.
 */
export const decodeWith =
  <A, O>(codec: t.Type<A, O, unknown>, what: string, basePath: readonly string[] = []) =>
  (input: unknown): Either<InvalidInput, A> => {
    const result = codec.decode(input);
    if (result._tag === 'Right') return right(result.right);
    const first = result.left[0];
    if (first === undefined) return left(invalidInput(`${what} is invalid`, basePath));
    const path = [...basePath, ...pathOf(first)];
    const expected = first.message ?? first.context[first.context.length - 1]?.type.name ?? 'a valid value';
    return left(
      invalidInput(
        `${what}: ${path.length > 0 ? path.join('.') : 'value'} must be ${expected}, got ${describeValue(first.value)}`,
        path,
      ),
    );
  };
