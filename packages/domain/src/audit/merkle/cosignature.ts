import * as crypto from 'node:crypto';
import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput, invalidInput } from '../../shared/errors';
import { CheckpointRefused, checkpointRefused, SignedCheckpoint } from './checkpoint';
import { KeyObject, rawPublicKey } from './keys';
import { checkKeyName, keyIdOf, parseSignedNote, SIGNATURE_TYPE, signatureLine } from './signedNote';

/**
 * Witness cosignatures (c2sp.org/tlog-cosignature, Ed25519 `cosignature/v1`): a second party that
 * checked the log grew only by appending signs "as of this time, this is the largest consistent tree
 * I have seen". The signed message is `cosignature/v1`, `time <seconds>` and the checkpoint text; the
 * signature line carries the key id, the time as 8 big-endian bytes, then the signature.
 */
const cosignedMessage = (text: string, timestamp: number): Buffer =>
  Buffer.from(`cosignature/v1\ntime ${timestamp}\n${text}`, 'utf8');

/** Adds a witness's cosignature line to a verified checkpoint. `timestamp` is POSIX seconds. */
export const cosignCheckpoint = (
  checkpoint: SignedCheckpoint,
  witnessName: string,
  witnessKey: KeyObject,
  timestamp: number,
): Either<InvalidInput, string> => {
  const named = checkKeyName(witnessName, 'witness name');
  if (named._tag === 'Left') return named;
  if (witnessKey.type !== 'private' || witnessKey.asymmetricKeyType !== 'ed25519') {
    return left(invalidInput('the witness key must be an Ed25519 private key', ['key']));
  }
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    return left(invalidInput('the cosignature time must be a whole number of seconds', ['time']));
  }
  const signature = crypto.sign(null, cosignedMessage(checkpoint.text, timestamp), witnessKey);
  const time = Buffer.alloc(8);
  time.writeBigUInt64BE(BigInt(timestamp));
  const keyId = keyIdOf(witnessName, SIGNATURE_TYPE.cosignatureV1, rawPublicKey(witnessKey));
  const note = checkpoint.note.endsWith('\n') ? checkpoint.note : `${checkpoint.note}\n`;
  return right(note + signatureLine(witnessName, keyId, Buffer.concat([time, signature])));
};

/** The time (POSIX seconds) of a witness's verified cosignature on a checkpoint. */
export const verifyCosignature = (
  checkpoint: SignedCheckpoint,
  witnessName: string,
  witnessPublicKey: KeyObject,
): Either<InvalidInput | CheckpointRefused, number> => {
  const parsed = parseSignedNote(checkpoint.note);
  if (parsed._tag === 'Left') return parsed;
  const keyId = keyIdOf(witnessName, SIGNATURE_TYPE.cosignatureV1, rawPublicKey(witnessPublicKey));
  const line = parsed.right.signatures.find((s) => s.name === witnessName && s.keyId.equals(keyId));
  if (line === undefined || line.signature.length !== 8 + 64) {
    return left(
      checkpointRefused(`the checkpoint carries no cosignature by witness ${witnessName} with the given key`),
    );
  }
  const timestamp = Number(line.signature.readBigUInt64BE(0));
  const ok = crypto.verify(
    null,
    cosignedMessage(parsed.right.text, timestamp),
    witnessPublicKey,
    line.signature.subarray(8),
  );
  return ok
    ? right(timestamp)
    : left(
        checkpointRefused(
          `the cosignature of witness ${witnessName} does not verify: the checkpoint or its time was changed`,
        ),
      );
};
