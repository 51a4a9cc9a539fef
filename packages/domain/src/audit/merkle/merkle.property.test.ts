import * as crypto from 'node:crypto';
import fc from 'fast-check';
import { emptyRoot, eventLeaf, MerkleHasher } from './hashing';
import { consistencyProof, inclusionProof, verifyConsistency, verifyInclusion } from './proofs';
import { LeafHashes, TreeHeadBuilder } from './treeBuilder';

/** The definition of RFC 9162 2.1.1, word for word: the reference the fast code is held to. */
const sha = (...parts: Uint8Array[]) => crypto.createHash('sha256').update(Buffer.concat(parts)).digest();
const mth = (leaves: readonly Buffer[]): Buffer => {
  if (leaves.length === 0) return sha();
  if (leaves.length === 1) return sha(Buffer.from([0]), leaves[0]!);
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return sha(Buffer.from([1]), mth(leaves.slice(0, k)), mth(leaves.slice(k)));
};

const leafData = fc.array(
  fc.uint8Array({ minLength: 0, maxLength: 12 }).map((bytes) => Buffer.from(bytes)),
  {
    minLength: 0,
    maxLength: 70,
  },
);

const nonEmptyLog = leafData.filter((l) => l.length > 0);

/** Any non-empty log, with one of its leaves picked. */
const logAndLeaf = fc
  .tuple(nonEmptyLog, fc.nat())
  .map(([leaves, pick]) => ({ leaves, index: pick % leaves.length }));

/** Any non-empty log with two sizes of it: the second at least 1, the first from 0 up to the second. */
const logAndTwoSizes = fc.tuple(nonEmptyLog, fc.nat(), fc.nat()).map(([leaves, a, b]) => {
  const second = 1 + (a % leaves.length);
  return { leaves, first: b % (second + 1), second };
});

const hashedLeaves = (leaves: readonly Buffer[]): LeafHashes => {
  const hasher = new MerkleHasher();
  const hashes = new LeafHashes(1);
  for (const leaf of leaves) hashes.push(hasher.leafHash(leaf));
  return hashes;
};

const flip = (hash: Buffer, bit: number): Buffer => {
  const changed = Buffer.from(hash);
  changed[Math.floor(bit / 8) % changed.length]! ^= 1 << (bit % 8);
  return changed;
};

describe('the Merkle tree over the log (RFC 9162)', () => {
  it('given any leaves, when built one at a time, then the head is the recursive MTH of the RFC', () => {
    fc.assert(
      fc.property(leafData, (leaves) => {
        const builder = new TreeHeadBuilder();
        for (const leaf of leaves) {
          builder.appendLeafHash(new MerkleHasher().leafHash(leaf));
        }
        expect(builder.size).toBe(leaves.length);
        expect(builder.root().equals(mth(leaves))).toBe(true);
      }),
    );
  });

  it('given no leaves, then the head is SHA-256 of nothing', () => {
    expect(emptyRoot().toString('hex')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('given an event, then its leaf is its position in 8 big-endian bytes and its hash in 32', () => {
    const hash = 'ab'.repeat(32);
    const leaf = eventLeaf(2 ** 40 + 7, hash);
    expect(leaf.toString('hex')).toBe(`0000010000000007${hash}`);
    const viaHasher = new MerkleHasher().eventLeafHash(2 ** 40 + 7, hash);
    expect(viaHasher.equals(sha(Buffer.from([0]), leaf))).toBe(true);
  });

  it('given one hasher reused over any positions in any order, then each leaf hash is that of its own leaf bytes', () => {
    // The hasher keeps the high half of the last position in its input buffer; a position below or
    // above 2^32 after any other must still be written whole.
    const position = fc.oneof(fc.nat(), fc.integer({ min: 2 ** 32 - 2, max: Number.MAX_SAFE_INTEGER }));
    const hashHex = fc
      .uint8Array({ minLength: 32, maxLength: 32 })
      .map((b) => Buffer.from(b).toString('hex'));
    fc.assert(
      fc.property(fc.array(fc.tuple(position, hashHex), { minLength: 1, maxLength: 20 }), (events) => {
        const hasher = new MerkleHasher();
        for (const [at, hash] of events) {
          expect(hasher.eventLeafHash(at, hash).equals(sha(Buffer.from([0]), eventLeaf(at, hash)))).toBe(
            true,
          );
        }
      }),
    );
  });

  it('given any tree and leaf, then the audit path verifies against the recursive head, and fails for any other leaf, index or root', () => {
    fc.assert(
      fc.property(logAndLeaf, fc.nat(), ({ leaves, index }, bit) => {
        const hashes = hashedLeaves(leaves);
        const root = mth(leaves);
        const path = inclusionProof(hashes, index, leaves.length);
        expect(verifyInclusion(hashes.at(index), index, leaves.length, path, root)).toBe(true);
        expect(verifyInclusion(flip(hashes.at(index), bit), index, leaves.length, path, root)).toBe(false);
        expect(verifyInclusion(hashes.at(index), index, leaves.length, path, flip(root, bit))).toBe(false);
        if (path.length > 0) {
          const altered = path.map((p, i) => (i === bit % path.length ? flip(p, bit) : p));
          expect(verifyInclusion(hashes.at(index), index, leaves.length, altered, root)).toBe(false);
          expect(verifyInclusion(hashes.at(index), index, leaves.length, path.slice(1), root)).toBe(false);
        }
        const other = (index + 1 + (bit % leaves.length)) % leaves.length;
        if (other !== index && !hashes.at(other).equals(hashes.at(index))) {
          expect(verifyInclusion(hashes.at(other), index, leaves.length, path, root)).toBe(false);
        }
      }),
    );
  });

  it('given any two sizes of one log, then the consistency proof verifies against both recursive heads, and fails when either head or the proof is changed', () => {
    fc.assert(
      fc.property(logAndTwoSizes, fc.nat(), ({ leaves, first, second }, bit) => {
        const hashes = hashedLeaves(leaves);
        const firstRoot = mth(leaves.slice(0, first));
        const secondRoot = mth(leaves.slice(0, second));
        const proof = consistencyProof(hashes, first, second);
        expect(verifyConsistency(first, second, proof, firstRoot, secondRoot)).toBe(true);
        if (first > 0) {
          expect(verifyConsistency(first, second, proof, flip(firstRoot, bit), secondRoot)).toBe(false);
          expect(verifyConsistency(first, second, proof, firstRoot, flip(secondRoot, bit))).toBe(false);
        }
        if (proof.length > 0) {
          const altered = proof.map((p, i) => (i === bit % proof.length ? flip(p, bit) : p));
          expect(verifyConsistency(first, second, altered, firstRoot, secondRoot)).toBe(false);
        }
      }),
    );
  });

  it('given a log whose early leaves were changed, then no proof makes the old head consistent with the new', () => {
    fc.assert(
      fc.property(
        leafData.filter((l) => l.length > 1),
        fc.nat(),
        (leaves, pick) => {
          const first = 1 + (pick % (leaves.length - 1));
          const rewritten = [...leaves];
          rewritten[pick % first] = Buffer.concat([leaves[pick % first]!, Buffer.from('!')]);
          const proof = consistencyProof(hashedLeaves(rewritten), first, leaves.length);
          expect(
            verifyConsistency(first, leaves.length, proof, mth(leaves.slice(0, first)), mth(rewritten)),
          ).toBe(false);
        },
      ),
    );
  });
});
