import { Either, left, right } from 'fp-ts/Either';
import { ReadError } from '../eventstore/errors';
import { EventStore } from '../eventstore/port';
import { InvalidInput, invalidInput } from '../shared/errors';
import { TreeHead } from './merkle/checkpoint';
import { HASH_SIZE } from './merkle/hashing';
import { LeafHashes, TreeHeadBuilder } from './merkle/treeBuilder';
import { eventAtLeaf, scanLog } from './logTree';

/** Where the stored log first differs from what a checkpoint signed. */
export interface FirstDifference {
  /** 0-based place in the log (the leaf index). */
  readonly index: number;
  /** The event now stored there; null when the log now ends before it. */
  readonly event: {
    readonly eventId: string;
    readonly streamId: string;
    readonly streamVersion: number;
    readonly globalPosition: number;
  } | null;
}

/** The store compared with one signed tree head. */
export interface CheckpointComparison {
  readonly origin: string;
  readonly checkpointSize: number;
  /** Events the store holds now (as far as it could be read). */
  readonly storeSize: number;
  /** True when the store's first `checkpointSize` events give the signed root. */
  readonly consistent: boolean;
  /** Events after the checkpoint: not yet covered by a checkpoint (0 when inconsistent). */
  readonly uncovered: number;
  /** When inconsistent and it can be named: the first place that differs. */
  readonly firstDifference: FirstDifference | null;
  /** What was found, in an auditor's words. */
  readonly finding: string;
}

/**
 * Checks that a leaves file (the leaf hashes kept beside a checkpoint) is the one the checkpoint
 * signed: its first `size` leaves must give the signed root. Only then may it be trusted to name
 * the first place a store differs.
 */
export const checkLeavesFile = (bytes: Buffer, head: TreeHead): Either<InvalidInput, LeafHashes> => {
  if (bytes.length % HASH_SIZE !== 0 || bytes.length / HASH_SIZE < head.size) {
    return left(
      invalidInput(
        `the leaves file holds ${Math.floor(bytes.length / HASH_SIZE)} leaf hashes, the checkpoint covers ${head.size}`,
        ['leaves'],
      ),
    );
  }
  const leaves = LeafHashes.fromBuffer(bytes.subarray(0, head.size * HASH_SIZE));
  const builder = new TreeHeadBuilder();
  for (let i = 0; i < head.size; i++) builder.appendLeafHash(leaves.at(i));
  return builder.root().equals(head.rootHash)
    ? right(leaves)
    : left(
        invalidInput(
          "the leaves file does not give the checkpoint's root hash: it belongs to another checkpoint or was altered",
          ['leaves'],
        ),
      );
};

const firstDifferingLeaf = (stored: LeafHashes, signed: LeafHashes, size: number): number => {
  const common = Math.min(stored.length, size);
  for (let i = 0; i < common; i++) if (!stored.at(i).equals(signed.at(i))) return i;
  return common;
};

export interface CompareOptions {
  /**
   * The caller has just recomputed every event's hash from its content and found each equal to the
   * hash stored beside it (a chain check that found the store intact): the leaves may then be made
   * from the stored hashes, which proves the same thing for half the work. Leave unset otherwise.
   */
  readonly storedHashesVerified?: boolean;
}

/**
 * Compares the store with a checkpoint whose signature the caller has verified. Consistent means the
 * first `size` events of the log are, leaf for leaf, those the checkpoint signed: no event before it
 * altered in content (leaves are made from the hash each event's content gives now; a stored hash overwritten alone is the chain check's to find), removed, inserted, moved to another position or reordered. Events after
 * it are reported as not yet covered. With the signed leaves (`checkLeavesFile`), an inconsistency
 * is located at its first differing place; without them, only when the log is now shorter.
 */
export const compareWithCheckpoint = async (
  store: EventStore,
  head: TreeHead,
  signedLeaves?: LeafHashes,
  options: CompareOptions = {},
): Promise<Either<ReadError, CheckpointComparison>> => {
  const scan = await scanLog(store, {
    rootsAt: [head.size],
    keepLeaves: signedLeaves !== undefined,
    recomputeHashes: options.storedHashesVerified !== true,
  });
  if (scan._tag === 'Left') return left(scan.left);
  const { size, rootsAt, leaves, unreadable } = scan.right;
  const base = { origin: head.origin, checkpointSize: head.size, storeSize: size };
  const root = rootsAt.get(head.size);
  if (root !== undefined && root.equals(head.rootHash)) {
    const uncovered = size - head.size;
    return right({
      ...base,
      consistent: true,
      uncovered,
      firstDifference: null,
      finding:
        `the first ${head.size} events are exactly those the checkpoint of ${head.origin} signed` +
        (uncovered > 0
          ? `; ${uncovered} later event${uncovered === 1 ? ' is' : 's are'} not yet covered by a checkpoint`
          : '') +
        (unreadable === null ? '' : `; the log could not be read past event ${size}`),
    });
  }
  let index: number | null = null;
  if (signedLeaves !== undefined && leaves !== null)
    index = firstDifferingLeaf(leaves, signedLeaves, head.size);
  else if (size < head.size) index = size;
  let event: FirstDifference['event'] = null;
  if (index !== null && index < size) {
    const found = await eventAtLeaf(store, index);
    if (found._tag === 'Right' && found.right !== null) {
      const { eventId, streamId, streamVersion, globalPosition } = found.right;
      event = { eventId, streamId, streamVersion, globalPosition };
    }
  }
  const where =
    index === null
      ? 'somewhere among them (pass the leaves file kept with the checkpoint to name the first changed place)'
      : event === null
        ? `from log entry ${index} on: the log now ends after ${size} event${size === 1 ? '' : 's'}${unreadable === null ? '' : ' (the next row cannot be read)'}`
        : `first at log entry ${index}: event ${event.eventId} (stream ${event.streamId} version ${event.streamVersion}, global position ${event.globalPosition})`;
  return right({
    ...base,
    consistent: false,
    uncovered: 0,
    firstDifference: index === null ? null : { index, event },
    finding: `the first ${head.size} events no longer give the root the checkpoint of ${head.origin} signed: the log was changed ${where}`,
  });
};
