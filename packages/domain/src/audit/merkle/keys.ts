import * as crypto from 'node:crypto';
import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput, invalidInput } from '../../shared/errors';

/**
 * Ed25519 keys as `node:crypto` reads them from PEM (PKCS#8 private keys, SPKI public keys, as
 * `openssl genpkey -algorithm ed25519` writes them). Nothing here implements any cryptography.
 */
export type KeyObject = crypto.KeyObject;

const ed25519Only = (key: crypto.KeyObject, what: string): Either<InvalidInput, crypto.KeyObject> =>
  key.asymmetricKeyType === 'ed25519'
    ? right(key)
    : left(
        invalidInput(
          `the ${what} is a ${key.asymmetricKeyType ?? 'symmetric'} key; checkpoints are signed with Ed25519 (openssl genpkey -algorithm ed25519)`,
          [what],
        ),
      );

export const privateKeyFromPem = (pem: string): Either<InvalidInput, crypto.KeyObject> => {
  try {
    return ed25519Only(crypto.createPrivateKey(pem), 'private key');
  } catch (error) {
    return left(invalidInput(`not a PEM private key (${(error as Error).message})`, ['private key']));
  }
};

/** A public key in PEM; a private key is accepted too (its public half is used). */
export const publicKeyFromPem = (pem: string): Either<InvalidInput, crypto.KeyObject> => {
  try {
    return ed25519Only(crypto.createPublicKey(pem), 'public key');
  } catch (error) {
    return left(invalidInput(`not a PEM public key (${(error as Error).message})`, ['public key']));
  }
};

/** The 32-byte Ed25519 public key (RFC 8032 encoding) of a public or private key. */
export const rawPublicKey = (key: crypto.KeyObject): Buffer => {
  const publicKey = key.type === 'private' ? crypto.createPublicKey(key) : key;
  const jwk = publicKey.export({ format: 'jwk' });
  return Buffer.from(String(jwk.x), 'base64url');
};

export const publicKeyPem = (key: crypto.KeyObject): string =>
  (key.type === 'private' ? crypto.createPublicKey(key) : key)
    .export({ format: 'pem', type: 'spki' })
    .toString();
