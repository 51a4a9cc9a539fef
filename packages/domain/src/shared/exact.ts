import * as t from 'io-ts';

type Shape = { readonly keys: ReadonlySet<string>; readonly props: ReadonlyMap<string, t.Mixed> } | null;

/** The fields an object-shaped codec names (t.type, t.partial, their intersections); null otherwise. */
const shapeOfCodec = (codec: t.Mixed): Shape => {
  if (codec instanceof t.InterfaceType || codec instanceof t.PartialType || codec instanceof t.ExactType) {
    const inner = codec instanceof t.ExactType ? (codec.type as t.Mixed) : codec;
    if (inner instanceof t.InterfaceType || inner instanceof t.PartialType) {
      const props = new Map(Object.entries(inner.props as Record<string, t.Mixed>));
      return { keys: new Set(props.keys()), props };
    }
    return shapeOf(inner);
  }
  if (codec instanceof t.IntersectionType) {
    const keys = new Set<string>();
    const props = new Map<string, t.Mixed>();
    for (const member of codec.types as t.Mixed[]) {
      const shape = shapeOf(member);
      if (shape === null) return null;
      for (const key of shape.keys) keys.add(key);
      for (const [key, prop] of shape.props) if (!props.has(key)) props.set(key, prop);
    }
    return { keys, props };
  }
  if (codec instanceof t.RefinementType || codec instanceof t.ReadonlyType)
    return shapeOf(codec.type as t.Mixed);
  return null;
};

// A codec never changes, so neither does its shape: worked out once, not once per value checked.
const shapes = new WeakMap<t.Mixed, Shape>();
const shapeOf = (codec: t.Mixed): Shape => {
  let shape = shapes.get(codec);
  if (shape === undefined) {
    shape = shapeOfCodec(codec);
    shapes.set(codec, shape);
  }
  return shape;
};

/**
 * The keys from `value` down to the first field the codec does not name, innermost first (the caller
 * reverses them); null when there is none. The path is spelt out only for a field found.
 */
const unknownFieldBelow = (codec: t.Mixed, value: unknown): string[] | null => {
  if (codec instanceof t.UnionType) {
    // Of the members that accept the value, the one that names all its fields, if any does.
    let first: string[] | null = null;
    for (const member of codec.types as t.Mixed[]) {
      if (!member.is(value)) continue;
      const found = unknownFieldBelow(member, value);
      if (found === null) return null;
      first ??= found;
    }
    return first;
  }
  if (codec instanceof t.ArrayType || codec instanceof t.ReadonlyArrayType) {
    if (!Array.isArray(value)) return null;
    for (let i = 0; i < value.length; i++) {
      const found = unknownFieldBelow(codec.type as t.Mixed, value[i]);
      if (found !== null) return (found.push(String(i)), found);
    }
    return null;
  }
  const shape = shapeOf(codec);
  if (shape === null) {
    if (codec instanceof t.RefinementType || codec instanceof t.ReadonlyType)
      return unknownFieldBelow(codec.type as t.Mixed, value);
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  for (const key of Object.keys(value)) {
    if (!shape.keys.has(key)) return [key];
  }
  for (const [key, prop] of shape.props) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    const found = unknownFieldBelow(prop, (value as Record<string, unknown>)[key]);
    if (found !== null) return (found.push(key), found);
  }
  return null;
};

/**
 * The path of the first field the codec does not name, in a value it has already accepted; null when
 * there is none. io-ts lets unknown fields through, and a field nobody checked would be stored,
 * hashed and shown in every envelope: this is what makes a codec exact.
 */
export const unknownFieldOf = (
  codec: t.Mixed,
  value: unknown,
  path: readonly string[] = [],
): string[] | null => {
  const found = unknownFieldBelow(codec, value);
  return found === null ? null : [...path, ...found.reverse()];
};

/**
 * The codec, refusing any field it does not name, at any depth. The refusal's path is the field and
 * its message says it is not part of the command, so the sender can remove it.
 */
export const exactCodec = <A, O>(codec: t.Type<A, O, unknown>, name = codec.name): t.Type<A, O, unknown> =>
  new t.Type<A, O, unknown>(
    name,
    (u): u is A => codec.is(u) && unknownFieldOf(codec, u) === null,
    (u, context) => {
      // The inner codec stands in the context where this one is, so errors read as if it were unwrapped.
      const last = context[context.length - 1];
      const inner: t.Context =
        last === undefined ? context : [...context.slice(0, -1), { ...last, type: codec }];
      const decoded = codec.validate(u, inner);
      if (decoded._tag === 'Left') return decoded;
      const extra = unknownFieldOf(codec, u);
      if (extra === null) return decoded;
      const field = extra[extra.length - 1] as string;
      let c: t.Context = context;
      // An empty key is named as "" so that the path still says where the field is.
      for (const key of extra) c = t.appendContext(c, key === '' ? '""' : key, t.never, undefined);
      return t.failure(undefined, c, `left out (${JSON.stringify(field)} is not a field it accepts)`);
    },
    codec.encode,
  );
