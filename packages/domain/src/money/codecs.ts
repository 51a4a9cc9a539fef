import { refinedCodec } from '../shared/refinedCodec';

/** A sum of money in whole pence. May be negative (a saving, a credit, a clawback). */
export type Pence = number;

/** A rate in basis points: 10000 bps is 100%. */
export type BasisPoints = number;

/** The largest rate a codec accepts: 1,000,000 bps is 100 times the amount. */
export const MAX_BASIS_POINTS = 1_000_000;

/** Whole pence: a safe integer, positive, zero or negative. */
export const PenceCodec = refinedCodec(
  'Pence (a whole number of pence)',
  (u): u is Pence => typeof u === 'number' && Number.isSafeInteger(u),
);

/** Whole pence that cannot be negative: a price, a contract value, an envelope. */
export const NonNegativePenceCodec = refinedCodec(
  'NonNegativePence (a whole number of pence, zero or more)',
  (u): u is Pence => PenceCodec.is(u) && u >= 0,
);

const isBasisPoints = (u: unknown): u is BasisPoints =>
  typeof u === 'number' && Number.isInteger(u) && u >= 0 && u <= MAX_BASIS_POINTS;

/** A rate in whole basis points from 0 to 1,000,000 (0% to 10,000%). */
export const BasisPointsCodec = refinedCodec('BasisPoints (a whole number from 0 to 1000000)', isBasisPoints);
