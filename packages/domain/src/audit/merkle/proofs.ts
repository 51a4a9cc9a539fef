import { HASH_SIZE, MerkleHasher } from './hashing';
import { LeafHashes, subtreeRoot } from './treeBuilder';

/** The largest power of two strictly less than n (n > 1): where RFC 9162 splits a tree. */
const splitPoint = (n: number): number => {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
};

type Leaves = Pick<LeafHashes, 'at'>;

/**
 * The audit path of leaf `index` in the tree of the first `size` leaves: PATH(m, D[n]) of RFC 9162
 * 2.1.3.1, listed from the leaf's sibling upwards.
 */
export const inclusionProof = (leaves: Leaves, index: number, size: number): Buffer[] => {
  const hasher = new MerkleHasher();
  const path = (m: number, start: number, n: number): Buffer[] => {
    if (n <= 1) return [];
    const k = splitPoint(n);
    return m < k
      ? [...path(m, start, k), subtreeRoot(leaves, start + k, start + n, hasher)]
      : [...path(m - k, start + k, n - k), subtreeRoot(leaves, start, start + k, hasher)];
  };
  return path(index, 0, size);
};

/**
 * The consistency proof from the tree of the first `first` leaves to the tree of the first `second`:
 * PROOF(m, D[n]) = SUBPROOF(m, D[n], true) of RFC 9162 2.1.4.1. Empty when first is 0 or equal to second.
 */
export const consistencyProof = (leaves: Leaves, first: number, second: number): Buffer[] => {
  if (first <= 0 || first >= second) return [];
  const hasher = new MerkleHasher();
  const subproof = (m: number, start: number, n: number, whole: boolean): Buffer[] => {
    if (m === n) return whole ? [] : [subtreeRoot(leaves, start, start + n, hasher)];
    const k = splitPoint(n);
    return m <= k
      ? [...subproof(m, start, k, whole), subtreeRoot(leaves, start + k, start + n, hasher)]
      : [...subproof(m - k, start + k, n - k, false), subtreeRoot(leaves, start, start + k, hasher)];
  };
  return subproof(first, 0, second, true);
};

const isHash = (value: Uint8Array): boolean => value.length === HASH_SIZE;

const isPowerOfTwo = (n: number): boolean => {
  let k = 1;
  while (k < n) k *= 2;
  return k === n;
};

/** The RFC's node indices: `fn` the node proved, `sn` the last node of its level. */
type Walk = { readonly fn: number; readonly sn: number };

/** Both indices shifted right one bit: one level up the tree. */
const up = ({ fn, sn }: Walk): Walk => ({ fn: Math.floor(fn / 2), sn: Math.floor(sn / 2) });

/**
 * One step of the RFC's bit walk over a proof: whether the proof's next hash is the left sibling (the
 * node is a right child, or the last of its level), and where the walk goes next. A last node that is
 * a left child has no sibling on its level: it climbs until it is a right child or the root.
 */
const step = (walk: Walk): { readonly siblingOnLeft: boolean; readonly next: Walk } => {
  if (walk.fn % 2 === 1 || walk.fn === walk.sn) {
    let climbed = walk;
    while (climbed.fn % 2 === 0 && climbed.fn !== 0) climbed = up(climbed);
    return { siblingOnLeft: true, next: up(climbed) };
  }
  return { siblingOnLeft: false, next: up(walk) };
};

/**
 * RFC 9162 2.1.3.2: whether `path` proves that the leaf hashed as `leafHash` sits at `index` in the
 * tree of `size` leaves whose root is `root`. Written from the RFC's bit-walking algorithm, not from
 * the generator above, so the tests compare two independent readings of the specification.
 */
export const verifyInclusion = (
  leafHash: Uint8Array,
  index: number,
  size: number,
  path: readonly Uint8Array[],
  root: Uint8Array,
): boolean => {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  if (!isHash(leafHash) || !isHash(root) || !path.every(isHash)) return false;
  const hasher = new MerkleHasher();
  let walk: Walk = { fn: index, sn: size - 1 };
  let r: Buffer = Buffer.from(leafHash);
  for (const p of path) {
    if (walk.sn === 0) return false;
    const { siblingOnLeft, next } = step(walk);
    r = siblingOnLeft ? hasher.nodeHash(p, r) : hasher.nodeHash(r, p);
    walk = next;
  }
  return walk.sn === 0 && r.equals(root);
};

/**
 * RFC 9162 2.1.4.2: whether `proof` shows that the tree of `first` leaves with root `firstRoot` is a
 * prefix of the tree of `second` leaves with root `secondRoot`. Sizes equal: the roots must be equal
 * and the proof empty. First size 0: the empty tree is a prefix of every tree.
 */
export const verifyConsistency = (
  first: number,
  second: number,
  proof: readonly Uint8Array[],
  firstRoot: Uint8Array,
  secondRoot: Uint8Array,
): boolean => {
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(second) || first < 0 || first > second)
    return false;
  if (!isHash(firstRoot) || !isHash(secondRoot) || !proof.every(isHash)) return false;
  if (first === second) return proof.length === 0 && Buffer.from(firstRoot).equals(secondRoot);
  if (first === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const hasher = new MerkleHasher();
  // When `first` is a power of two its whole tree is a node of the second tree: the proof starts there.
  const path = isPowerOfTwo(first) ? [firstRoot, ...proof] : [...proof];
  let walk: Walk = { fn: first - 1, sn: second - 1 };
  while (walk.fn % 2 === 1) walk = up(walk);
  let fr: Buffer = Buffer.from(path[0]!);
  let sr: Buffer = Buffer.from(path[0]!);
  for (const c of path.slice(1)) {
    if (walk.sn === 0) return false;
    const { siblingOnLeft, next } = step(walk);
    if (siblingOnLeft) {
      fr = hasher.nodeHash(c, fr);
      sr = hasher.nodeHash(c, sr);
    } else {
      sr = hasher.nodeHash(sr, c);
    }
    walk = next;
  }
  return fr.equals(firstRoot) && sr.equals(secondRoot) && walk.sn === 0;
};
