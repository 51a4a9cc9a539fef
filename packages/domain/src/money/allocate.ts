import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput, invalidInput } from '../shared/errors';
import { BasisPoints, Pence } from './codecs';
import { requireSafeInteger } from './rounding';

const WHOLE = 10_000n;

/**
 * Splits a total between parties by their shares in basis points (summing to 10000), so that the
 * parts add up to the total exactly: each part is first rounded towards zero, and the pence left
 * over go one each to the parts with the largest remainders (ties to the earlier party). A negative
 * total is split like its positive and negated, so a credit splits the same way as a charge.
 */
export const allocateByShares = (
  total: Pence,
  sharesBps: readonly BasisPoints[],
): Either<InvalidInput, Pence[]> => {
  const whole = requireSafeInteger(total, 'the total to allocate', ['total']);
  if (whole._tag === 'Left') return whole;
  if (sharesBps.length === 0) return left(invalidInput('there must be at least one share', ['sharesBps']));
  let sum = 0;
  for (const [i, share] of sharesBps.entries()) {
    if (!Number.isInteger(share) || share < 0 || share > 10_000) {
      return left(
        invalidInput(`share ${i} must be whole basis points from 0 to 10000, got ${String(share)}`, [
          'sharesBps',
          String(i),
        ]),
      );
    }
    sum += share;
  }
  if (sum !== 10_000) {
    return left(
      invalidInput(`shares must sum to 10000 basis points (100%), they sum to ${sum}`, ['sharesBps']),
    );
  }
  const negative = whole.right < 0n;
  const magnitude = negative ? -whole.right : whole.right;
  const parts = sharesBps.map((share) => {
    const product = magnitude * BigInt(share);
    return { floor: product / WHOLE, remainder: product % WHOLE };
  });
  let leftover = magnitude - parts.reduce((acc, part) => acc + part.floor, 0n);
  // Stable ordering by remainder, largest first, keeps ties with the earlier party.
  const order = parts
    .map((part, index) => ({ index, remainder: part.remainder }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  const extra = new Array<bigint>(parts.length).fill(0n);
  for (const { index } of order) {
    if (leftover === 0n) break;
    extra[index] = 1n;
    leftover -= 1n;
  }
  return right(
    parts.map((part, index) => {
      const value = Number(part.floor + (extra[index] ?? 0n));
      return negative && value !== 0 ? -value : value;
    }),
  );
};

/**
 * The sum of amounts in pence. Exact while every running total stays within a safe integer
 * (about £90 trillion), which any real council budget does.
 */
export const sumPence = (values: readonly Pence[]): Pence => values.reduce((acc, value) => acc + value, 0);
