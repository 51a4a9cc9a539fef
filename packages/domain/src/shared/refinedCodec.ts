import * as t from 'io-ts';

/**
 * A codec for values that pass `is` and are stored as they are (an id, whole pence, a date): what
 * `is` accepts is exactly what decoding accepts, so a caller may test with `.is` and decode only to
 * explain a refusal. `message` replaces io-ts's default words for a refused value.
 */
export const refinedCodec = <A>(
  name: string,
  is: (u: unknown) => u is A,
  message?: string,
): t.Type<A, A, unknown> =>
  new t.Type<A, A, unknown>(
    name,
    is,
    (u, c) => (is(u) ? t.success(u) : t.failure(u, c, message)),
    t.identity,
  );
