import fc from 'fast-check';
import { isLeft, isRight, Either } from 'fp-ts/Either';
import { allocateByShares, sumPence } from './allocate';

const right = <A>(result: Either<unknown, A>): A => {
  if (result._tag === 'Left') throw new Error(`expected a value, got ${JSON.stringify(result.left)}`);
  return result.right;
};

/** Shares in basis points that sum to 10000: cut points on 0..10000. */
const shares = fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 0, maxLength: 12 }).map((cuts) => {
  const points = [0, ...[...cuts].sort((a, b) => a - b), 10_000];
  return points.slice(1).map((point, i) => point - (points[i] ?? 0));
});

describe('allocating a total between parties by shares', () => {
  it('splits £100 three ways as 33.34 / 33.33 / 33.33, the odd penny to the first', () => {
    expect(right(allocateByShares(10_000, [3_334, 3_333, 3_333]))).toEqual([3_334, 3_333, 3_333]);
    expect(right(allocateByShares(100, [3_333, 3_333, 3_334]))).toEqual([33, 33, 34]);
    expect(right(allocateByShares(1, [5_000, 5_000]))).toEqual([1, 0]);
    expect(right(allocateByShares(2, [3_333, 3_333, 3_334]))).toEqual([1, 0, 1]);
  });

  it('splits a pooled budget between two councils 60:40', () => {
    expect(right(allocateByShares(30_000_001, [6_000, 4_000]))).toEqual([18_000_001, 12_000_000]);
  });

  it('splits a credit exactly as it splits a charge, negated', () => {
    expect(right(allocateByShares(-100, [3_333, 3_333, 3_334]))).toEqual([-33, -33, -34]);
  });

  it('gives parts that add up exactly to the total, each within a penny of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        shares,
        (total, bps) => {
          const parts = right(allocateByShares(total, bps));
          expect(parts).toHaveLength(bps.length);
          expect(parts.reduce((acc, part) => acc + BigInt(part), 0n)).toBe(BigInt(total));
          parts.forEach((part, i) => {
            const exactTimes10000 = BigInt(total) * BigInt(bps[i] ?? 0);
            const gap = BigInt(part) * 10_000n - exactTimes10000;
            expect(gap < 10_000n && gap > -10_000n).toBe(true);
          });
        },
      ),
    );
  });

  it('refuses shares that do not sum to 10000, are negative or fractional, or are missing', () => {
    const refused = allocateByShares(100, [5_000, 4_000]);
    expect(isLeft(refused)).toBe(true);
    expect(refused._tag === 'Left' && refused.left.message).toContain('sum to 9000');
    expect(isLeft(allocateByShares(100, [12_000, -2_000]))).toBe(true);
    expect(isLeft(allocateByShares(100, [5_000.5, 4_999.5]))).toBe(true);
    expect(isLeft(allocateByShares(100, []))).toBe(true);
    expect(isLeft(allocateByShares(1.5, [10_000]))).toBe(true);
    expect(isRight(allocateByShares(0, [10_000]))).toBe(true);
  });
});

describe('summing amounts', () => {
  it('adds pence, and the sum of nothing is nothing', () => {
    expect(sumPence([])).toBe(0);
    expect(sumPence([222_400_000, -2_000_000, -5_900_000])).toBe(214_500_000);
  });
});
