import * as t from 'io-ts';
import { decodeWith, describeError } from '@council-partnerships/domain';

/**
 * Parses what a command printed as JSON and decodes the part a test reads, so that a specification
 * reads typed fields; output of another shape fails the test naming the field that differs.
 */
export const parseJson = <A>(codec: t.Type<A, unknown>, text: string): A => {
  const decoded = decodeWith(codec, 'the JSON printed')(JSON.parse(text));
  if (decoded._tag === 'Left') throw new Error(describeError(decoded.left));
  return decoded.right;
};
