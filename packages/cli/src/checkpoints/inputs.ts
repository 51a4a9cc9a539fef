import { Either, left, right } from 'fp-ts/Either';
import { readFile } from 'node:fs/promises';
import {
  checkLeavesFile,
  CheckpointRefused,
  invalidInput,
  InvalidInput,
  KeyObject,
  LibraryError,
  LeafHashes,
  openCheckpoint,
  privateKeyFromPem,
  publicKeyFromPem,
  SignedCheckpoint,
} from '@council-partnerships/domain';
import { CliIo, ExitCode } from '../io';
import { fail } from '../session';

/**
 * Reading what the checkpoint commands are given (keys, checkpoints, proofs, leaves files): every
 * failure is a value naming the file and what is wrong with it.
 */
export const readText = async (
  io: CliIo,
  path: string,
  what: string,
): Promise<Either<InvalidInput, string>> => {
  try {
    return right(await (io.readFile ?? ((p: string) => readFile(p, 'utf8')))(path));
  } catch (error) {
    return left(invalidInput(`cannot read ${what} ${path}: ${(error as Error).message}`, [what]));
  }
};

const naming =
  (path: string, what: string) =>
  <A>(result: Either<InvalidInput, A>): Either<InvalidInput, A> =>
    result._tag === 'Left'
      ? left(invalidInput(`${what} ${path}: ${result.left.message}`, result.left.path))
      : result;

export const loadPrivateKey = async (io: CliIo, path: string): Promise<Either<InvalidInput, KeyObject>> => {
  const text = await readText(io, path, 'key');
  return text._tag === 'Left' ? text : naming(path, 'key')(privateKeyFromPem(text.right));
};

export const loadPublicKey = async (io: CliIo, path: string): Promise<Either<InvalidInput, KeyObject>> => {
  const text = await readText(io, path, 'public key');
  return text._tag === 'Left' ? text : naming(path, 'public key')(publicKeyFromPem(text.right));
};

/** Reads a checkpoint file and verifies the log's signature on it. */
export const loadCheckpoint = async (
  io: CliIo,
  path: string,
  publicKey: KeyObject,
): Promise<Either<InvalidInput | CheckpointRefused, SignedCheckpoint>> => {
  const text = await readText(io, path, 'checkpoint');
  if (text._tag === 'Left') return text;
  const opened = openCheckpoint(text.right, publicKey);
  if (opened._tag === 'Left') {
    return left({ ...opened.left, message: `checkpoint ${path}: ${opened.left.message}` });
  }
  return opened;
};

/** Reads the leaf hashes kept beside a checkpoint and checks they are the ones it signed. */
export const loadLeaves = async (
  path: string,
  checkpoint: SignedCheckpoint,
): Promise<Either<InvalidInput, LeafHashes>> => {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return left(invalidInput(`cannot read leaves file ${path}: ${(error as Error).message}`, ['leaves']));
  }
  return naming(path, 'leaves file')(checkLeavesFile(bytes, checkpoint));
};

/**
 * One line on stderr either way; a checkpoint or proof that does not verify is a finding (exit 1, as
 * tampering is), anything else is input the command could not use (exit 2).
 */
export const refuseOrFail = (io: CliIo, error: Pick<LibraryError, 'code' | 'message'>): ExitCode => {
  fail(io, error);
  return error.code === 'CheckpointRefused' ? ExitCode.tampered : ExitCode.failed;
};
