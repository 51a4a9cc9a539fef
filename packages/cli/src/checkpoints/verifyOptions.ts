import { Command } from 'commander';
import { Either, left, right } from 'fp-ts/Either';
import {
  CheckpointComparison,
  CheckpointRefused,
  compareWithCheckpoint,
  EventStore,
  InvalidInput,
  invalidInput,
  LeafHashes,
  ReadError,
  SignedCheckpoint,
} from '@council-partnerships/domain';
import { CliIo } from '../io';
import { loadCheckpoint, loadLeaves, loadPublicKey } from './inputs';

/** What `verify` takes to compare the store with a signed checkpoint as well as its chains. */
export interface CheckpointVerifyOptions {
  readonly checkpoint?: string;
  readonly publicKey?: string;
  readonly leaves?: string;
}

export const withCheckpointOptions = (command: Command): Command =>
  command
    .option(
      '--checkpoint <file>',
      'a checkpoint signed earlier (partnerships checkpoint): also proves the log up to it is unchanged, in content and order',
    )
    .option('--public-key <file>', "the log's Ed25519 public key, PEM (needed with --checkpoint)")
    .option('--leaves <file>', 'the leaves file written with the checkpoint: names the first changed place');

export interface LoadedCheckpoint {
  readonly checkpoint: SignedCheckpoint;
  readonly leaves?: LeafHashes;
}

/** Reads and verifies the checkpoint options before the store is opened; none given is `null`. */
export const loadCheckpointOptions = async (
  io: CliIo,
  options: CheckpointVerifyOptions,
): Promise<Either<InvalidInput | CheckpointRefused, LoadedCheckpoint | null>> => {
  if (options.checkpoint === undefined) {
    return options.publicKey === undefined && options.leaves === undefined
      ? right(null)
      : left(invalidInput('--public-key and --leaves go with --checkpoint <file>', ['checkpoint']));
  }
  if (options.publicKey === undefined) {
    return left(invalidInput("--checkpoint needs --public-key <file>, the log's public key", ['public-key']));
  }
  const key = await loadPublicKey(io, options.publicKey);
  if (key._tag === 'Left') return key;
  const checkpoint = await loadCheckpoint(io, options.checkpoint, key.right);
  if (checkpoint._tag === 'Left') return checkpoint;
  if (options.leaves === undefined) return right({ checkpoint: checkpoint.right });
  const leaves = await loadLeaves(options.leaves, checkpoint.right);
  return leaves._tag === 'Left' ? leaves : right({ checkpoint: checkpoint.right, leaves: leaves.right });
};

/**
 * `chainsIntact`: the chain check of the same run recomputed every event's hash and found it stored
 * (then the tree is built from the stored hashes instead of recomputing them a second time).
 */
export const compareStoreWithCheckpoint = (
  store: EventStore,
  loaded: LoadedCheckpoint,
  chainsIntact: boolean,
): Promise<Either<ReadError, CheckpointComparison>> =>
  compareWithCheckpoint(store, loaded.checkpoint, loaded.leaves, { storedHashesVerified: chainsIntact });

/** The checkpoint paragraph of the verify report. */
export const renderCheckpointComparison = (comparison: CheckpointComparison): string =>
  comparison.consistent
    ? `Checkpoint: consistent; ${comparison.finding}.\n`
    : `Checkpoint: INCONSISTENT; ${comparison.finding}.\n`;
