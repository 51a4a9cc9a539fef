import * as crypto from 'node:crypto';
import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput, invalidInput, LibraryError } from '../../shared/errors';
import { HASH_SIZE } from './hashing';
import { KeyObject, rawPublicKey } from './keys';
import { checkKeyName, keyIdOf, parseSignedNote, SIGNATURE_TYPE, signatureLine } from './signedNote';

/** The head of the log's Merkle tree at some size, as a checkpoint states it (c2sp.org/tlog-checkpoint). */
export interface TreeHead {
  /** Who keeps the log, as a schema-less URL (e.g. `council.example/partnerships`). */
  readonly origin: string;
  readonly size: number;
  readonly rootHash: Buffer;
}

/** A checkpoint whose log signature was verified, with the note exactly as read. */
export interface SignedCheckpoint extends TreeHead {
  readonly note: string;
  /** The note text the signatures cover. */
  readonly text: string;
}

/** A checkpoint or proof that does not verify: altered, or signed by another key. */
export interface CheckpointRefused extends LibraryError {
  readonly code: 'CheckpointRefused';
}
export const checkpointRefused = (
  message: string,
  path: readonly string[] = ['checkpoint'],
): CheckpointRefused => ({
  code: 'CheckpointRefused',
  message,
  path,
});

/** Origin, tree size and base64 root hash, one a line (the checkpoint body). */
export const checkpointText = (head: TreeHead): string =>
  `${head.origin}\n${head.size}\n${head.rootHash.toString('base64')}\n`;

/** Signs a tree head with the log's Ed25519 key; the key name is the origin, as the spec recommends. */
export const signCheckpoint = (head: TreeHead, privateKey: KeyObject): Either<InvalidInput, string> => {
  const origin = checkKeyName(head.origin, 'origin');
  if (origin._tag === 'Left') return origin;
  if (privateKey.type !== 'private' || privateKey.asymmetricKeyType !== 'ed25519') {
    return left(invalidInput('the checkpoint key must be an Ed25519 private key', ['key']));
  }
  const text = checkpointText(head);
  const signature = crypto.sign(null, Buffer.from(text, 'utf8'), privateKey);
  const keyId = keyIdOf(head.origin, SIGNATURE_TYPE.ed25519, rawPublicKey(privateKey));
  return right(`${text}\n${signatureLine(head.origin, keyId, signature)}`);
};

const SIZE = /^(0|[1-9][0-9]{0,15})$/;

/** Reads the three lines of a checkpoint body (extension lines are refused: this log writes none). */
export const parseCheckpointText = (text: string): Either<InvalidInput, TreeHead> => {
  const lines = text.slice(0, -1).split('\n');
  if (lines.length !== 3) {
    return left(
      invalidInput(
        `a checkpoint has three lines before its signatures (origin, tree size, root hash), not ${lines.length}`,
        ['checkpoint'],
      ),
    );
  }
  const [origin = '', sizeLine = '', rootLine = ''] = lines;
  const named = checkKeyName(origin, 'origin');
  if (named._tag === 'Left') return named;
  if (!SIZE.test(sizeLine) || !Number.isSafeInteger(Number(sizeLine))) {
    return left(
      invalidInput(`the tree size ${JSON.stringify(sizeLine)} is not a whole number`, ['checkpoint', 'size']),
    );
  }
  const rootHash = Buffer.from(rootLine, 'base64');
  if (rootHash.length !== HASH_SIZE || rootHash.toString('base64') !== rootLine) {
    return left(invalidInput('the root hash line is not base64 of 32 bytes', ['checkpoint', 'root']));
  }
  return right({ origin, size: Number(sizeLine), rootHash });
};

/**
 * Reads a checkpoint without checking any signature: for a log's own tools (the proof it writes
 * carries the note, and whoever reads the proof checks the signature). Never trust what this returns.
 */
export const readUnverifiedCheckpoint = (note: string): Either<InvalidInput, SignedCheckpoint> => {
  const parsed = parseSignedNote(note);
  if (parsed._tag === 'Left') return parsed;
  const head = parseCheckpointText(parsed.right.text);
  return head._tag === 'Left' ? head : right({ ...head.right, note, text: parsed.right.text });
};

/**
 * Reads a checkpoint and verifies the log's signature with `publicKey`: a signature line named after
 * the origin with this key's id must be present and verify. Other signatures (witnesses' cosignatures,
 * other keys) are ignored, as c2sp.org/signed-note requires. A changed origin, size or root, a changed
 * signature or a different key is `CheckpointRefused`; a file that is no checkpoint is `InvalidInput`.
 */
export const openCheckpoint = (
  note: string,
  publicKey: KeyObject,
): Either<InvalidInput | CheckpointRefused, SignedCheckpoint> => {
  const parsed = parseSignedNote(note);
  if (parsed._tag === 'Left') return parsed;
  const head = parseCheckpointText(parsed.right.text);
  if (head._tag === 'Left') return head;
  const { origin } = head.right;
  const keyId = keyIdOf(origin, SIGNATURE_TYPE.ed25519, rawPublicKey(publicKey));
  const ours = parsed.right.signatures.filter((s) => s.name === origin && s.keyId.equals(keyId));
  if (ours.length === 0) {
    return left(
      checkpointRefused(
        `the checkpoint for ${origin} carries no signature by the given public key (key name ${origin}, key id ${keyId.toString('hex')}): it was signed by another key, or its origin was changed`,
      ),
    );
  }
  const message = Buffer.from(parsed.right.text, 'utf8');
  for (const signature of ours) {
    if (!crypto.verify(null, message, publicKey, signature.signature)) {
      return left(
        checkpointRefused(
          `the signature of ${origin} does not verify: the checkpoint's size, root hash or signature was changed after signing`,
        ),
      );
    }
  }
  return right({ ...head.right, note, text: parsed.right.text });
};
