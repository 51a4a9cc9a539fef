import * as crypto from 'node:crypto';
import * as t from 'io-ts';
import { Either, left, right } from 'fp-ts/Either';
import { canonicalEnvelope, hashEvent } from '../eventstore/hashChain';
import { RecordedEvent } from '../eventstore/envelope';
import { ReadError } from '../eventstore/errors';
import { EventStore } from '../eventstore/port';
import { InvalidInput, invalidInput } from '../shared/errors';
import { canonicalJson } from '../shared/json';
import { decodeWith } from '../shared/validation';
import { CheckpointRefused, checkpointRefused, openCheckpoint, SignedCheckpoint } from './merkle/checkpoint';
import { MerkleHasher } from './merkle/hashing';
import { KeyObject } from './merkle/keys';
import { inclusionProof, verifyInclusion } from './merkle/proofs';
import { leafOfEvent, scanLog } from './logTree';

/**
 * A self-contained inclusion proof: one event, the checkpoint, and the audit path between them. It
 * is checked with nothing but the log's public key (`verifyInclusionProofFile`, or the few lines of
 * `node:crypto` in the audit README). JSON, so an auditor can read the event in it.
 */
export interface InclusionProofFile {
  readonly format: 'council-partnerships/inclusion-proof';
  readonly formatVersion: 1;
  /** The signed checkpoint (c2sp.org/tlog-checkpoint note), verbatim. */
  readonly checkpoint: string;
  /** The event's 0-based place in the log: the leaf index. */
  readonly leafIndex: number;
  readonly event: {
    readonly globalPosition: number;
    /** SHA-256 of `envelope`, hex: the event's stored hash. */
    readonly hash: string;
    /** The canonical JSON of the event's envelope, exactly the text its hash covers. */
    readonly envelope: string;
  };
  /** RFC 9162 audit path from the leaf's sibling upwards, base64. */
  readonly auditPath: readonly string[];
}

const ProofCodec = t.type({
  format: t.literal('council-partnerships/inclusion-proof'),
  formatVersion: t.literal(1),
  checkpoint: t.string,
  leafIndex: t.refinement(t.Int, (n) => n >= 0, 'a whole number'),
  event: t.type({
    globalPosition: t.refinement(t.Int, (n) => n >= 0, 'a whole number'),
    hash: t.refinement(t.string, (s) => /^[0-9a-f]{64}$/.test(s), 'a SHA-256 hash in hex'),
    envelope: t.string,
  }),
  auditPath: t.array(t.refinement(t.string, (s) => /^[A-Za-z0-9+/]{43}=$/.test(s), 'a base64 SHA-256 hash')),
});

export const decodeInclusionProofFile = (input: unknown): Either<InvalidInput, InclusionProofFile> =>
  decodeWith(ProofCodec, 'inclusion proof')(input);

/**
 * Proves that `eventId` is in the log the checkpoint signed. Refuses when the event is after the
 * checkpoint (not yet covered), when its content no longer gives its hash, or when the store no
 * longer gives the checkpoint's root (the proof would not verify).
 */
export const proveInclusion = async (
  store: EventStore,
  checkpoint: SignedCheckpoint,
  eventId: string,
): Promise<Either<ReadError | InvalidInput | CheckpointRefused, InclusionProofFile>> => {
  const found = await leafOfEvent(store, eventId);
  if (found._tag === 'Left') return left(found.left);
  if (found.right === null) return left(invalidInput(`no event ${eventId} in the store`, ['event']));
  const { index, event } = found.right;
  if (index >= checkpoint.size) {
    return left(
      invalidInput(
        `event ${eventId} is entry ${index} of the log, after the checkpoint's ${checkpoint.size} events: it is not yet covered by a checkpoint; take a new one`,
        ['event'],
      ),
    );
  }
  const envelope = envelopeOf(event);
  if (sha256Hex(envelope) !== event.hash) {
    return left(
      checkpointRefused(`event ${eventId} no longer gives its stored hash: it was altered`, ['event']),
    );
  }
  const scan = await scanLog(store, { upTo: checkpoint.size, keepLeaves: true });
  if (scan._tag === 'Left') return left(scan.left);
  const leaves = scan.right.leaves!;
  if (scan.right.size < checkpoint.size || !scan.right.root.equals(checkpoint.rootHash)) {
    return left(
      checkpointRefused(
        `the store's first ${checkpoint.size} events no longer give the checkpoint's root: run 'partnerships verify --checkpoint' to find what changed`,
      ),
    );
  }
  const path = inclusionProof(leaves, index, checkpoint.size);
  return right({
    format: 'council-partnerships/inclusion-proof',
    formatVersion: 1,
    checkpoint: checkpoint.note,
    leafIndex: index,
    event: { globalPosition: event.globalPosition, hash: event.hash, envelope },
    auditPath: path.map((p) => p.toString('base64')),
  });
};

const sha256Hex = (text: string): string => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/** The text an event's hash covers (see `hashEvent`): its canonical envelope. */
const envelopeOf = (event: RecordedEvent): string => {
  const text = canonicalJson(canonicalEnvelope(event));
  // The two encodings are written separately; refuse rather than prove with one that drifted.
  return sha256Hex(text) === hashEvent(event) ? text : '';
};

/** What a verified proof establishes, for the report. */
export interface VerifiedInclusion {
  readonly checkpoint: SignedCheckpoint;
  readonly leafIndex: number;
  readonly event: {
    readonly eventId: string;
    readonly streamId: string;
    readonly streamVersion: number;
    readonly type: string;
    readonly globalPosition: number;
  };
}

/**
 * Checks a proof with no store: the log's signature on the checkpoint, the event's envelope against
 * its hash, and the audit path from its leaf to the signed root.
 */
export const verifyInclusionProofFile = (
  proof: InclusionProofFile,
  publicKey: KeyObject,
): Either<InvalidInput | CheckpointRefused, VerifiedInclusion> => {
  const opened = openCheckpoint(proof.checkpoint, publicKey);
  if (opened._tag === 'Left') return opened;
  const checkpoint = opened.right;
  if (sha256Hex(proof.event.envelope) !== proof.event.hash) {
    return left(
      checkpointRefused('the event in the proof does not give its hash: it was altered', ['event']),
    );
  }
  let envelope: { eventId?: unknown; streamId?: unknown; streamVersion?: unknown; type?: unknown };
  try {
    envelope = JSON.parse(proof.event.envelope) as typeof envelope;
  } catch {
    return left(invalidInput('the event envelope in the proof is not JSON', ['event', 'envelope']));
  }
  const hasher = new MerkleHasher();
  const leafHash = hasher.eventLeafHash(proof.event.globalPosition, proof.event.hash);
  const path = proof.auditPath.map((p) => Buffer.from(p, 'base64'));
  if (!verifyInclusion(leafHash, proof.leafIndex, checkpoint.size, path, checkpoint.rootHash)) {
    return left(
      checkpointRefused(
        `the audit path does not lead from entry ${proof.leafIndex} (global position ${proof.event.globalPosition}) to the checkpoint's root: the proof was altered`,
        ['auditPath'],
      ),
    );
  }
  return right({
    checkpoint,
    leafIndex: proof.leafIndex,
    event: {
      eventId: String(envelope.eventId),
      streamId: String(envelope.streamId),
      streamVersion: Number(envelope.streamVersion),
      type: String(envelope.type),
      globalPosition: proof.event.globalPosition,
    },
  });
};
