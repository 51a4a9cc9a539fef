import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput, invalidInput } from '../shared/errors';
import { Pence } from './codecs';

/**
 * How a division that does not come out whole is settled:
 * - `half-up`: to the nearest penny, halves away from zero (2.5 -> 3, -2.5 -> -3);
 * - `half-even`: to the nearest penny, halves to the even neighbour (2.5 -> 2, 3.5 -> 4): no drift over many sums;
 * - `down`: towards zero, dropping the fraction (2.9 -> 2, -2.9 -> -2);
 * - `up`: away from zero, any fraction makes a whole penny (2.1 -> 3, -2.1 -> -3).
 */
export type Rounding = 'half-up' | 'half-even' | 'down' | 'up';

export const ROUNDINGS: readonly Rounding[] = ['half-up', 'half-even', 'down', 'up'];

const abs = (n: bigint): bigint => (n < 0n ? -n : n);

/** Exact integer division with the rounding made explicit; `denominator` must not be zero. */
export const divideBigRounded = (numerator: bigint, denominator: bigint, rounding: Rounding): bigint => {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  const awayFromZero = numerator < 0n === denominator < 0n ? quotient + 1n : quotient - 1n;
  const twiceRemainder = 2n * abs(remainder);
  const divisor = abs(denominator);
  switch (rounding) {
    case 'down':
      return quotient;
    case 'up':
      return awayFromZero;
    case 'half-up':
      return twiceRemainder >= divisor ? awayFromZero : quotient;
    case 'half-even':
      if (twiceRemainder > divisor) return awayFromZero;
      if (twiceRemainder < divisor) return quotient;
      return quotient % 2n === 0n ? quotient : awayFromZero;
  }
};

const isRounding = (value: unknown): value is Rounding => ROUNDINGS.includes(value as Rounding);

/** Refuses anything that is not a safe integer, so BigInt conversion below cannot throw. */
export const requireSafeInteger = (
  value: unknown,
  what: string,
  path: readonly string[],
): Either<InvalidInput, bigint> =>
  typeof value === 'number' && Number.isSafeInteger(value)
    ? right(BigInt(value))
    : left(invalidInput(`${what} must be a whole number (a safe integer), got ${String(value)}`, path));

export const requireRounding = (value: unknown): Either<InvalidInput, Rounding> =>
  isRounding(value)
    ? right(value)
    : left(
        invalidInput(`rounding must be one of ${ROUNDINGS.join(', ')}, got ${String(value)}`, ['rounding']),
      );

/** Converts back to pence, refusing a result that a JavaScript number cannot hold exactly. */
export const toSafePence = (value: bigint, what: string): Either<InvalidInput, Pence> =>
  value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
    ? right(Number(value))
    : left(invalidInput(`${what} is too large to hold exactly in pence (${value.toString()})`, []));

/**
 * `numerator / denominator` in whole pence, rounded as told; a refusal for a zero or fractional
 * denominator, a fractional numerator or an out-of-range result.
 */
export const checkedDivideRounded = (
  numerator: Pence,
  denominator: number,
  rounding: Rounding,
): Either<InvalidInput, Pence> => {
  const n = requireSafeInteger(numerator, 'the amount to divide', ['numerator']);
  if (n._tag === 'Left') return n;
  const d = requireSafeInteger(denominator, 'the divisor', ['denominator']);
  if (d._tag === 'Left') return d;
  if (d.right === 0n) return left(invalidInput('cannot divide an amount by zero', ['denominator']));
  const r = requireRounding(rounding);
  if (r._tag === 'Left') return r;
  return toSafePence(divideBigRounded(n.right, d.right, r.right), 'the quotient');
};

/**
 * `numerator / denominator` in whole pence, rounded as told (e.g. an annual value over 12 months).
 * Inputs are trusted to be whole pence and a non-zero whole divisor; outside that the answer is NaN,
 * which every pence codec refuses. Use `checkedDivideRounded` to get the reason instead.
 */
export const divideRounded = (numerator: Pence, denominator: number, rounding: Rounding): Pence => {
  const result = checkedDivideRounded(numerator, denominator, rounding);
  return result._tag === 'Right' ? result.right : Number.NaN;
};
