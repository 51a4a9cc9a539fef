import * as t from 'io-ts';
import { JsonObject } from '../shared/json';
import { pick } from '../shared/pick';
import { StoredTimestampCodec } from '../shared/timestamp';

/** Who asked for something to happen, and in what capacity (the role a council policy grants rights to). */
export const ActorCodec = t.intersection([
  t.type({ id: t.string, role: t.string }),
  t.partial({ name: t.string, organisation: t.string }),
]);
export type Actor = t.TypeOf<typeof ActorCodec>;

/** An event as handed to a store: the decision and its provenance, before the store places it. */
export interface NewEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: JsonObject;
  /** Business time: when the thing happened in the world (ISO 8601, with offset). */
  readonly occurredAt: string;
  readonly actor: Actor;
  /** The command that produced this event; retrying that command must not write again. */
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string | null;
}

/** An event as a store holds it: placed in its stream and the global log, stamped and chained. */
export interface RecordedEvent extends NewEvent {
  readonly streamId: string;
  /** 1 for the first event of a stream; contiguous. */
  readonly streamVersion: number;
  /** Position in the global log as assigned by the store; increases in commit order within one store. */
  readonly globalPosition: number;
  /** System time: when the store recorded it (ISO 8601, UTC). */
  readonly recordedAt: string;
  /** The hash of the previous event of the same stream, or null for the first. */
  readonly previousHash: string | null;
  /** SHA-256 over the canonical encoding of this envelope, its data and `previousHash`. */
  readonly hash: string;
}

/**
 * Row-level codec: what any adapter must be able to read back, checked before anything is trusted.
 * Both times must name an instant: a read model would otherwise date events by text like 'yesterday'.
 */
/**
 * The codec of each field of a recorded event. The lean envelopes a store may read instead
 * (`LoggedEvent`, `FoldableEvent`) pick theirs from here, so a field is checked alike in all three.
 */
export const recordedEventFields = {
  eventId: t.string,
  type: t.string,
  schemaVersion: t.Int,
  data: t.UnknownRecord as unknown as t.Type<JsonObject, JsonObject, unknown>,
  occurredAt: StoredTimestampCodec,
  actor: ActorCodec,
  commandId: t.string,
  correlationId: t.string,
  causationId: t.union([t.string, t.null]),
  streamId: t.string,
  streamVersion: t.Int,
  globalPosition: t.number,
  recordedAt: StoredTimestampCodec,
  previousHash: t.union([t.string, t.null]),
  hash: t.string,
};

export const RecordedEventCodec: t.Type<RecordedEvent, RecordedEvent, unknown> = t.readonly(
  t.type(recordedEventFields),
) as unknown as t.Type<RecordedEvent, RecordedEvent, unknown>;

/**
 * The codec of a lean envelope: the named fields of a recorded event, each with its codec from
 * `recordedEventFields`, in the order named.
 */
export const envelopeCodecOf = <E extends Partial<RecordedEvent>>(
  fields: readonly (keyof E & keyof typeof recordedEventFields)[],
): t.Type<E, E, unknown> =>
  t.readonly(t.type(pick(recordedEventFields, fields))) as unknown as t.Type<E, E, unknown>;

/**
 * What an append expects the stream to be at: an exact version (0 = empty), `no_stream`, `stream_exists`
 * or `any`. Exact versions are what make retries safe.
 */
export type ExpectedVersion = number | 'no_stream' | 'stream_exists' | 'any';

export const ExpectedVersionCodec = t.union([
  t.Int,
  t.literal('no_stream'),
  t.literal('stream_exists'),
  t.literal('any'),
]);

/** Opaque, adapter-defined position in the global log. Only the adapter that issued it can interpret it. */
export type Checkpoint = string;
