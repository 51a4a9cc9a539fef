import * as t from 'io-ts';
import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput, invalidInput } from './errors';

/** A short rendering of what was sent; never throws (a BigInt or a cycle is named, not serialised). */
const describeValue = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (typeof value === 'bigint') return 'a BigInt';
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return `a ${typeof value} that is not JSON`;
  }
  return text === undefined ? typeof value : text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** The path io-ts walked to the failing value, without the numeric keys of union branches. */
const pathOf = (error: t.ValidationError): string[] =>
  error.context
    .filter((entry, i, all) => i > 0 && !(/^\d+$/.test(entry.key) && isUnionOrIntersection(all[i - 1]?.type)))
    .map((entry) => entry.key)
    .filter((key) => key !== '');

const isUnionOrIntersection = (type: t.Decoder<unknown, unknown> | undefined): boolean =>
  type instanceof t.UnionType || type instanceof t.IntersectionType;

/**
 * The `type` values of a union of tagged shapes (commands, events). io-ts reports a tag that matches
 * no member as one error on the union itself; the useful answer is the list of accepted types.
 */
const tagsOf = (type: t.Decoder<unknown, unknown> | undefined): string[] => {
  if (!(type instanceof t.UnionType)) return [];
  const members = (type as t.UnionType<t.Mixed[]>).types;
  const tags = members.map((member) => {
    const props = member instanceof t.InterfaceType ? (member.props as Record<string, unknown>) : undefined;
    const tag = props?.['type'];
    return tag instanceof t.LiteralType ? String(tag.value) : undefined;
  });
  return tags.every((tag) => tag !== undefined) ? tags : [];
};

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
    const allowedTypes = tagsOf(first.context[first.context.length - 1]?.type);
    if (allowedTypes.length > 0) {
      const path = [...basePath, ...pathOf(first), 'type'];
      const got = describeValue((first.value as { type?: unknown } | null)?.type);
      return left(invalidInput(`${what}: type must be one of ${allowedTypes.join(', ')}, got ${got}`, path));
    }
    const path = [...basePath, ...pathOf(first)];
    const expected = first.message ?? first.context[first.context.length - 1]?.type.name ?? 'a valid value';
    return left(
      invalidInput(
        `${what}: ${path.length > 0 ? path.join('.') : 'value'} must be ${expected}, got ${describeValue(first.value)}`,
        path,
      ),
    );
  };
