import * as t from 'io-ts';
import { JsonValue } from '../shared/json';
import { decodeSortedCommandPlaces } from './earlierCommandPlaces';
import { decodeFingerprintPlaces, encodeFingerprintPlaces } from './fingerprintCommandPlaces';
import { CommandPlaces } from './streamMemory';

export type { EncodedCommandPlaces } from './fingerprintCommandPlaces';

/**
 * The record of commands a snapshot keeps, for answering retries after a cold start. A long stream
 * has one entry per command, and that record was three quarters of a long partnership's snapshot
 * while its ids were written whole: a cold start reads and checks every byte of it to look up a
 * handful of commands. It keeps a fingerprint of each instead (see `fingerprintCommandPlaces`), and
 * the handler confirms a match by reading the events found there, which it reads anyway to answer
 * the retry. A snapshot of the earlier form, the ids whole in sorted lists, is still read.
 */
export const encodeCommandPlaces = encodeFingerprintPlaces;

/** The record the encoding stands for, or why it is not one. */
export const decodeCommandPlaces = (u: unknown): CommandPlaces | string =>
  typeof u === 'object' && u !== null && !Array.isArray(u)
    ? decodeFingerprintPlaces(u)
    : decodeSortedCommandPlaces(u);

/** The snapshot's record of commands as a codec; `encodeCommandPlaces` writes a record up to a version. */
export const CommandPlacesCodec = new t.Type<CommandPlaces, JsonValue, unknown>(
  'CommandPlaces',
  (u): u is CommandPlaces =>
    typeof u === 'object' && u !== null && 'candidates' in u && 'fingerprinted' in u && 'get' in u,
  (u, context) => {
    const decoded = decodeCommandPlaces(u);
    return typeof decoded === 'string' ? t.failure(u, context, decoded) : t.success(decoded);
  },
  (commands) => encodeCommandPlaces(commands, Number.MAX_SAFE_INTEGER),
);
