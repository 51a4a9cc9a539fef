/** One field of a command's or event's data, as its codec describes it. */
export interface Field {
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
}

/** An io-ts codec as far as its description goes: its name, and its kind and parts. */
export type AnyCodec = { readonly name: string; readonly _tag?: string } & Record<string, unknown>;

/** The codec's shape in words: a literal list, an array of something, or the codec's own name. */
const typeName = (codec: AnyCodec): string => {
  switch (codec._tag ?? '') {
    case 'KeyofType':
      return Object.keys(codec['keys'] as object)
        .map((k) => `'${k}'`)
        .join(' \\| ');
    case 'LiteralType':
      return JSON.stringify(codec['value']);
    case 'ArrayType':
    case 'ReadonlyArrayType':
      return `array of ${typeName(codec['type'] as AnyCodec)}`;
    case 'ReadonlyType':
    case 'ExactType':
      return typeName(codec['type'] as AnyCodec);
    case 'UnionType':
      return [...new Set((codec['types'] as AnyCodec[]).map(typeName))].join(' or ');
    case 'InterfaceType':
    case 'PartialType':
    case 'IntersectionType':
      return 'object';
    // Not an io-ts codec we know the parts of: its name says what it is.
    case undefined:
    default:
      return codec.name;
  }
};

/** Every field a codec accepts, nested objects flattened to dotted paths (array items as `[]`). */
export const fieldsOf = (codec: AnyCodec, prefix = '', required = true): Field[] => {
  switch (codec._tag ?? '') {
    case 'InterfaceType':
    case 'PartialType': {
      const props = codec['props'] as Record<string, AnyCodec>;
      const optional = codec._tag === 'PartialType';
      return Object.entries(props).flatMap(([key, prop]) => {
        const path = prefix === '' ? key : `${prefix}.${key}`;
        const own: Field = { path, type: typeName(prop), required: required && !optional };
        const inner = nested(prop);
        // A nested field is required within its parent: an optional object still needs its own fields.
        return inner === null ? [own] : [own, ...fieldsOf(inner.codec, path + inner.suffix, true)];
      });
    }
    case 'IntersectionType':
      return (codec['types'] as AnyCodec[]).flatMap((part) => fieldsOf(part, prefix, required));
    // Objects of several shapes: every field of each, required only where every shape requires it.
    case 'UnionType': {
      const shapes = (codec['types'] as AnyCodec[]).map((shape) => fieldsOf(shape, prefix, required));
      const fields = new Map<string, Field>();
      for (const field of shapes.flat()) {
        const everywhere = shapes.every((shape) => shape.some((f) => f.path === field.path && f.required));
        fields.set(field.path, { ...field, required: everywhere });
      }
      return [...fields.values()];
    }
    case 'ReadonlyType':
    case 'ExactType':
      return fieldsOf(codec['type'] as AnyCodec, prefix, required);
    // A leaf (string, number, literal, refinement...): no fields of its own.
    case undefined:
    default:
      return [];
  }
};

/** The object inside a field, if it has one: directly, in an array, or in `X or null`. */
const nested = (codec: AnyCodec): { codec: AnyCodec; suffix: string } | null => {
  if (['InterfaceType', 'PartialType', 'IntersectionType'].includes(codec._tag ?? ''))
    return { codec, suffix: '' };
  if (codec._tag === 'ArrayType' || codec._tag === 'ReadonlyArrayType') {
    const inner = nested(codec['type'] as AnyCodec);
    return inner === null ? null : { codec: inner.codec, suffix: '[]' + inner.suffix };
  }
  if (codec._tag === 'ReadonlyType' || codec._tag === 'ExactType') return nested(codec['type'] as AnyCodec);
  if (codec._tag === 'UnionType') {
    const objects = (codec['types'] as AnyCodec[]).map(nested).filter((n) => n !== null);
    if (objects.length === 1) return objects[0]!;
    // Several plain objects (no arrays among them): their fields, as one union of shapes.
    return objects.length > 1 && objects.every((o) => o.suffix === '')
      ? { codec: { ...codec, types: objects.map((o) => o.codec) }, suffix: '' }
      : null;
  }
  return null;
};
