import { Either, left } from 'fp-ts/Either';
import { InvalidInput, invalidInput } from '../shared/errors';
import { BasisPoints, BasisPointsCodec, Pence } from './codecs';
import { divideBigRounded, requireRounding, requireSafeInteger, Rounding, toSafePence } from './rounding';

const WHOLE = 10_000n;

/** `amount x bps / 10000` exactly (the product is taken in BigInt), rounded as told; refuses bad input. */
export const checkedApplyBasisPoints = (
  amount: Pence,
  bps: BasisPoints,
  rounding: Rounding,
): Either<InvalidInput, Pence> => {
  const a = requireSafeInteger(amount, 'the amount', ['amount']);
  if (a._tag === 'Left') return a;
  if (!BasisPointsCodec.is(bps)) {
    return left(
      invalidInput(`the rate must be whole basis points from 0 to 1000000, got ${String(bps)}`, ['bps']),
    );
  }
  const r = requireRounding(rounding);
  if (r._tag === 'Left') return r;
  return toSafePence(divideBigRounded(a.right * BigInt(bps), WHOLE, r.right), 'the result');
};

/**
 * A rate applied to an amount: `amount x bps / 10000`, rounded as told (250 bps of £1,000 is £25).
 * Inputs are trusted to be whole pence and valid basis points; outside that the answer is NaN, which
 * every pence codec refuses. Use `checkedApplyBasisPoints` to get the reason instead.
 */
export const applyBasisPoints = (amount: Pence, bps: BasisPoints, rounding: Rounding): Pence => {
  const result = checkedApplyBasisPoints(amount, bps, rounding);
  return result._tag === 'Right' ? result.right : Number.NaN;
};
