import * as t from 'io-ts';
import { JsonValue, refinedCodec } from '@council-partnerships/domain';

const isInteger = (u: unknown): u is number => typeof u === 'number' && Number.isSafeInteger(u);

/**
 * A whole number (pence, counts) in a stored read-model state. Unbranded, unlike `t.Int`, so that
 * reducers can do arithmetic without casting every sum.
 */
export const IntegerCodec = refinedCodec('Integer', isInteger);

/** Accepts a codec whose encoded form is JSON, as a projection's `stateCodec` must be. */
export const jsonStateCodec = <A, O extends JsonValue>(
  codec: t.Type<A, O, unknown>,
): t.Type<A, JsonValue, unknown> => codec;

export const nullableCodec = <C extends t.Mixed>(codec: C) => t.union([codec, t.null]);

/*
 * The vocabulary of the read models' stored states. Values are checked when the events carrying them
 * are decoded, so a stored state only needs their JSON type back.
 */
export const Text = t.string;
/** A business date (YYYY-MM-DD). */
export const IsoDate = t.string;
export const Pence = IntegerCodec;
/** 1 for the partnership agreement, 2 for a service contract (a module). */
export const TierCodec = t.union([t.literal(1), t.literal(2)]);
/** How a contract ended and when; null while it runs. */
export const EndedCodec = nullableCodec(
  t.type({ on: IsoDate, how: t.union([t.literal('expired'), t.literal('terminated')]) }),
);
/** A market engagement event as scheduled, and the day it was held once it was. */
export const EngagementEventStateCodec = t.type({
  engagementEventId: Text,
  title: Text,
  date: IsoDate,
  heldOn: nullableCodec(IsoDate),
});

/**
 * One partnership as a per-partnership read model keeps it: its id and title, then the model's own
 * facts.
 */
export const partnershipStateCodec = <P extends t.Props>(props: P) =>
  t.type({ partnershipId: Text, title: Text, ...props });
