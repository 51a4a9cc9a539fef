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
