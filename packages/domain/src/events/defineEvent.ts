import * as t from 'io-ts';

/** One older schema version of an event: how to read it, and how to lift it one version up. */
export interface OlderVersion {
  readonly codec: t.Mixed;
  /** Pure: takes data valid for this version, returns data for the next version. */
  readonly upcast: (data: never) => unknown;
}

/**
 * A typed event definition: its name, its current schema version and codec, and every older version
 * with its upcaster. Events stored today stay readable in ten years because each older version is
 * lifted, one step at a time, to the current one on read.
 *
 * Event codecs describe JSON as stored: their decode must not transform (no Date or number parsing),
 * so that the codec's type guard and its decode accept the same data; reads rely on the guard.
 */
export interface EventDefinition<Type extends string = string, Codec extends t.Mixed = t.Mixed> {
  readonly type: Type;
  readonly schemaVersion: number;
  readonly codec: Codec;
  readonly olderVersions: Readonly<Record<number, OlderVersion>>;
}

/** The domain event a definition describes: `{ type, data }`. */
export type EventOf<D> =
  D extends EventDefinition<infer Type, infer Codec>
    ? { readonly type: Type; readonly data: t.TypeOf<Codec> }
    : never;

export const defineEvent = <Type extends string, Codec extends t.Mixed>(
  type: Type,
  codec: Codec,
  options: { schemaVersion?: number; olderVersions?: Record<number, OlderVersion> } = {},
): EventDefinition<Type, Codec> => {
  const schemaVersion = options.schemaVersion ?? 1;
  const olderVersions = options.olderVersions ?? {};
  for (let v = 1; v < schemaVersion; v++) {
    if (olderVersions[v] === undefined) {
      throw new Error(`event ${type} v${schemaVersion} needs an upcaster from v${v}`);
    }
  }
  return { type, schemaVersion, codec, olderVersions };
};

/** Declares how to read an older version and lift it: keeps the upcaster's input typed by its codec. */
export const olderVersion = <C extends t.Mixed>(
  codec: C,
  upcast: (data: t.TypeOf<C>) => unknown,
): OlderVersion => ({
  codec,
  upcast,
});
