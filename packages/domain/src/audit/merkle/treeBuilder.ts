import { bytesOf, Digest, digestOf, emptyRoot, HASH_SIZE, MerkleHasher } from './hashing';

/**
 * Computes an RFC 9162 tree head as leaves arrive, in memory proportional to log2 of the size: it
 * keeps the roots of the perfect subtrees the leaves so far decompose into (largest first), merging
 * two of equal size as soon as both exist. Folding them from the right gives MTH(D[n]) exactly,
 * because RFC 9162 splits a tree at the largest power of two below its size.
 */
export class TreeHeadBuilder {
  private readonly hasher: MerkleHasher;
  private readonly roots: Digest[] = [];
  private count = 0;

  constructor(hasher: MerkleHasher = new MerkleHasher()) {
    this.hasher = hasher;
  }

  get size(): number {
    return this.count;
  }

  /** Appends a leaf already hashed (SHA-256(0x00 || leaf)), as a digest string. */
  appendLeafDigest(leafDigest: Digest): void {
    let merged = leafDigest;
    const size = ++this.count;
    // One merge per trailing zero bit of the new size: those subtrees have just become complete.
    // Bit operations while the size fits 31 bits (the usual case, and cheaper than float division).
    if (size <= 0x7fff_ffff) {
      for (let rest = size; (rest & 1) === 0; rest >>>= 1)
        merged = this.hasher.nodeDigest(this.roots.pop()!, merged);
    } else {
      for (let rest = size; rest % 2 === 0; rest /= 2)
        merged = this.hasher.nodeDigest(this.roots.pop()!, merged);
    }
    this.roots.push(merged);
  }

  appendLeafHash(leafHash: Uint8Array): void {
    this.appendLeafDigest(digestOf(leafHash));
  }

  /** Appends one event's leaf (see `eventLeaf`) and returns its leaf hash as a digest. */
  appendEvent(globalPosition: number, hashHex: string): Digest {
    const leafDigest = this.hasher.eventLeafDigest(globalPosition, hashHex);
    this.appendLeafDigest(leafDigest);
    return leafDigest;
  }

  /** MTH of the leaves so far. */
  root(): Buffer {
    if (this.roots.length === 0) return emptyRoot();
    let root = this.roots[this.roots.length - 1]!;
    for (let i = this.roots.length - 2; i >= 0; i--) root = this.hasher.nodeDigest(this.roots[i]!, root);
    return bytesOf(root);
  }
}

/** Leaf hashes kept in one growing buffer (32 bytes each), for proofs and for finding a first difference. */
export class LeafHashes {
  private buffer: Buffer;
  private count = 0;

  constructor(capacity = 1024) {
    this.buffer = Buffer.alloc(Math.max(1, capacity) * HASH_SIZE);
  }

  static fromBuffer(bytes: Buffer): LeafHashes {
    const leaves = new LeafHashes(Math.floor(bytes.length / HASH_SIZE));
    bytes.copy(leaves.buffer, 0, 0, leaves.buffer.length);
    leaves.count = Math.floor(bytes.length / HASH_SIZE);
    return leaves;
  }

  get length(): number {
    return this.count;
  }

  push(leafHash: Uint8Array): void {
    if ((this.count + 1) * HASH_SIZE > this.buffer.length) {
      const grown = Buffer.alloc(this.buffer.length * 2);
      this.buffer.copy(grown);
      this.buffer = grown;
    }
    this.buffer.set(leafHash, this.count * HASH_SIZE);
    this.count += 1;
  }

  pushDigest(leafDigest: Digest): void {
    if ((this.count + 1) * HASH_SIZE > this.buffer.length) this.push(bytesOf(leafDigest));
    else {
      this.buffer.write(leafDigest, this.count * HASH_SIZE, HASH_SIZE, 'latin1');
      this.count += 1;
    }
  }

  /** A view of leaf `index` (not a copy). */
  at(index: number): Buffer {
    return this.buffer.subarray(index * HASH_SIZE, (index + 1) * HASH_SIZE);
  }

  /** The first `size` leaf hashes as bytes (a view). */
  bytes(size = this.count): Buffer {
    return this.buffer.subarray(0, Math.min(size, this.count) * HASH_SIZE);
  }
}

/** MTH(D[start:end]) over stored leaf hashes. */
export const subtreeRoot = (
  leaves: Pick<LeafHashes, 'at'>,
  start: number,
  end: number,
  hasher: MerkleHasher = new MerkleHasher(),
): Buffer => {
  const builder = new TreeHeadBuilder(hasher);
  for (let i = start; i < end; i++) builder.appendLeafHash(leaves.at(i));
  return builder.root();
};
