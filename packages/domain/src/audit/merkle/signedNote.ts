import * as crypto from 'node:crypto';
import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput, invalidInput } from '../../shared/errors';

/**
 * C2SP signed notes (c2sp.org/signed-note): a text ending in a newline, a blank line, then one or
 * more lines `— <key name> <base64(4-byte key id || signature)>`. Only the parsing and layout live
 * here; what is signed and how is in `checkpoint.ts` and `cosignature.ts`.
 */
export interface NoteSignature {
  readonly name: string;
  readonly keyId: Buffer;
  /** The signature bytes after the key id. */
  readonly signature: Buffer;
}

export interface SignedNote {
  /** The note text, including its final newline (what the log's signature covers). */
  readonly text: string;
  readonly signatures: readonly NoteSignature[];
}

/** Signature types of c2sp.org/signed-note: Ed25519 note signatures and timestamped Ed25519 cosignatures. */
export const SIGNATURE_TYPE = { ed25519: 0x01, cosignatureV1: 0x04 } as const;

const EM_DASH = '\u2014';
/** In a JavaScript string (UTF-16), a surrogate matched alone by the u flag is half a pair: not Unicode. */
const UNPAIRED_SURROGATE = /\p{Surrogate}/u;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** The spec's limit is "at least 16"; a note with far more is not one of ours. */
const MAX_SIGNATURES = 64;

/**
 * Key names (and our origins) must be non-empty with no Unicode space and no plus sign; we also
 * refuse control characters, unpaired surrogates and names over 255 characters, so that a name
 * always prints on one line and encodes to UTF-8 unambiguously.
 */
export const checkKeyName = (name: string, what = 'key name'): Either<InvalidInput, string> => {
  if (name.length === 0) return left(invalidInput(`the ${what} is empty`, [what]));
  if (name.length > 255) return left(invalidInput(`the ${what} is longer than 255 characters`, [what]));
  if (/[\s+]/u.test(name) || /[\p{Cc}\p{Cf}]/u.test(name)) {
    return left(
      invalidInput(
        `the ${what} ${JSON.stringify(name)} contains a space, a plus sign or a control character (c2sp.org/signed-note forbids them); use a schema-less URL such as council.example/partnerships`,
        [what],
      ),
    );
  }
  if (UNPAIRED_SURROGATE.test(name)) return left(invalidInput(`the ${what} is not valid Unicode`, [what]));
  return right(name);
};

/** SHA-256(name || 0x0A || signature type || public key)[:4] (c2sp.org/signed-note key id). */
export const keyIdOf = (name: string, signatureType: number, publicKey: Uint8Array): Buffer =>
  crypto
    .createHash('sha256')
    .update(Buffer.concat([Buffer.from(name, 'utf8'), Buffer.from([0x0a, signatureType]), publicKey]))
    .digest()
    .subarray(0, 4);

export const signatureLine = (name: string, keyId: Uint8Array, signature: Uint8Array): string =>
  `${EM_DASH} ${name} ${Buffer.concat([keyId, signature]).toString('base64')}\n`;

const refused = (message: string): Either<InvalidInput, never> => left(invalidInput(message, ['note']));

/** Splits a signed note into its text and signature lines, refusing anything the format does not allow. */
export const parseSignedNote = (note: string): Either<InvalidInput, SignedNote> => {
  if (UNPAIRED_SURROGATE.test(note)) return refused('the note is not valid Unicode');
  if (/[^\P{Cc}\n]/u.test(note)) {
    return refused('the note contains a control character other than newline (c2sp.org/signed-note)');
  }
  if (!note.endsWith('\n')) return refused('the note does not end with a newline');
  const split = note.lastIndexOf('\n\n');
  if (split < 0) return refused('the note has no blank line before its signatures');
  const text = note.slice(0, split + 1);
  const lines = note.slice(split + 2, -1).split('\n');
  if (lines.length > MAX_SIGNATURES) return refused(`the note has more than ${MAX_SIGNATURES} signatures`);
  const signatures: NoteSignature[] = [];
  for (const line of lines) {
    const match = /^\u2014 (\S+) (\S+)$/u.exec(line);
    if (match === null)
      return refused(`the line ${JSON.stringify(line.slice(0, 80))} is not a signature line`);
    const [, name = '', encoded = ''] = match;
    const named = checkKeyName(name);
    if (named._tag === 'Left') return named;
    const bytes = Buffer.from(encoded, 'base64');
    if (!BASE64.test(encoded) || bytes.toString('base64') !== encoded || bytes.length < 5) {
      return refused(`the signature of ${name} is not base64 of a key id and a signature`);
    }
    signatures.push({ name, keyId: bytes.subarray(0, 4), signature: bytes.subarray(4) });
  }
  return right({ text, signatures });
};
