import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput, invalidInput } from '../shared/errors';
import { isJsonObject, JsonObject, validateJson } from '../shared/json';
import { decodeWith } from '../shared/validation';
import { FoldableEvent } from '../eventstore/foldableEvent';
import { deepFreeze, isDeeplyFrozen } from '../eventstore/frozenEvents';
import { CorruptEvent, corruptEvent, UnknownEventType, unknownEventType } from '../eventstore/errors';
import { EventDefinition, EventOf } from './defineEvent';

export interface EncodedEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: JsonObject;
}

export interface EventRegistry<E extends { type: string; data: unknown }> {
  readonly types: readonly string[];
  /** Encodes a domain event at its current schema version; refuses data its codec does not accept. */
  encode(event: E): Either<InvalidInput, EncodedEvent>;
  /** Upcasts a stored event to the current version and decodes it; a wrong shape is `CorruptEvent`. */
  decode(recorded: FoldableEvent): Either<CorruptEvent | UnknownEventType, E>;
}

export const createEventRegistry = <Defs extends readonly EventDefinition[]>(
  definitions: Defs,
): EventRegistry<EventOf<Defs[number]>> => {
  type E = EventOf<Defs[number]>;
  const byType = new Map<string, EventDefinition>();
  for (const definition of definitions) {
    if (byType.has(definition.type)) throw new Error(`event type ${definition.type} is registered twice`);
    byType.set(definition.type, definition);
  }

  const encode = (event: E): Either<InvalidInput, EncodedEvent> => {
    const definition = byType.get(event.type);
    if (definition === undefined)
      return left(invalidInput(`event type ${event.type} is not registered`, ['type']));
    const checked = decodeWith(definition.codec, `event ${event.type}`, ['data'])(event.data);
    if (checked._tag === 'Left') return checked;
    const data: unknown = definition.codec.encode(checked.right);
    const json = validateJson(data, ['data']);
    if (json._tag === 'Left') return json;
    if (!isJsonObject(json.right))
      return left(invalidInput(`event ${event.type} data must be an object`, ['data']));
    return right({ type: event.type, schemaVersion: definition.schemaVersion, data: json.right });
  };

  // Decoded events of deep-frozen stored events (the in-memory store's): decoding the same unchanging
  // value again would give the same answer, so rehydrating again costs a lookup per event.
  const decodedOnce = new WeakMap<object, Either<CorruptEvent | UnknownEventType, E>>();

  const decode = (recorded: FoldableEvent): Either<CorruptEvent | UnknownEventType, E> => {
    // One lookup on the path a rehydration takes for every event: only events found frozen are kept.
    const known = decodedOnce.get(recorded);
    if (known !== undefined) return known;
    if (!isDeeplyFrozen(recorded)) return decodeFresh(recorded);
    // Frozen too, upcast data included: every fold shares it, so none may change it.
    const decoded = deepFreeze(decodeFresh(recorded));
    decodedOnce.set(recorded, decoded);
    return decoded;
  };

  const decodeFresh = (recorded: FoldableEvent): Either<CorruptEvent | UnknownEventType, E> => {
    const where = (reason: string) =>
      corruptEvent(recorded.streamId, recorded.streamVersion, recorded.eventId, reason);
    const definition = byType.get(recorded.type);
    if (
      definition === undefined ||
      recorded.schemaVersion > definition.schemaVersion ||
      recorded.schemaVersion < 1
    ) {
      return left(
        unknownEventType(
          recorded.streamId,
          recorded.streamVersion,
          recorded.eventId,
          recorded.type,
          recorded.schemaVersion,
        ),
      );
    }
    let data: unknown = recorded.data;
    for (let version = recorded.schemaVersion; version < definition.schemaVersion; version++) {
      const older = definition.olderVersions[version];
      if (older === undefined) return left(where(`no upcaster from ${recorded.type} v${version}`));
      const decoded = older.codec.decode(data);
      if (decoded._tag === 'Left') {
        const problem = decodeWith(older.codec, `${recorded.type} v${version}`)(data);
        return left(where(problem._tag === 'Left' ? problem.left.message : 'invalid data'));
      }
      data = older.upcast(decoded.right as never);
    }
    // The type guard accepts exactly what decoding accepts for the library's codecs (none transforms
    // on decode) and costs a fraction of a full decode; the decode runs only to explain a failure.
    // The definition's own type string, not the row's copy: reducers switch on it for every event, and
    // comparing with the literal in each case is then a pointer check.
    // Asked as a plain boolean: the guard of an untyped codec would narrow `data` to `any`.
    const accepted: boolean = definition.codec.is(data);
    if (accepted) return right({ type: definition.type, data } as E);
    const current: Either<InvalidInput, unknown> = decodeWith(
      definition.codec,
      `${recorded.type} v${definition.schemaVersion}`,
    )(data);
    if (current._tag === 'Left') return left(where(current.left.message));
    return right({ type: definition.type, data: current.right } as E);
  };

  return { types: [...byType.keys()], encode, decode };
};
