import { fnv1a32 } from '../shared/fnv1a';

/** Characters of a fingerprint: URL-safe base64, none of which JSON escapes. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Characters in one fingerprint: 30 bits, six to a character. */
export const FINGERPRINT_WIDTH = 5;

/** Whether a text is a run of whole fingerprints. */
export const isFingerprintRun = (text: string): boolean =>
  text.length % FINGERPRINT_WIDTH === 0 && /^[A-Za-z0-9_-]*$/.test(text);

/**
 * Thirty bits of a command id as five characters: FNV-1a over its UTF-16 code units, then a
 * finalising mix so that ids differing only at the end spread over every bit. Two ids can share a
 * fingerprint, so one only ever says where a command may stand: whoever finds a match reads the
 * events there and compares their command id.
 */
export const fingerprintOf = (commandId: string): string => {
  let h = fnv1a32(commandId);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  let print = '';
  for (let c = 0; c < FINGERPRINT_WIDTH; c++, h >>>= 6) print += ALPHABET[h & 63];
  return print;
};
