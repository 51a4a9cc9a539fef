/**
 * The simulator's own arithmetic, written independently of the library so that comparing the two is
 * a real check: integer pence, BigInt where a product could pass 2^53, halves rounded up.
 */
const halfUp = (numerator: bigint, denominator: bigint): number =>
  Number((numerator * 2n + denominator) / (denominator * 2n));

/** The open-book margin on a verified amount: `verified x bps / 10000`, halves up. */
export const marginOn = (verifiedPence: number, basisPoints: number): number =>
  halfUp(BigInt(verifiedPence) * BigInt(basisPoints), 10_000n);

/** A pro-rata share of an annual value: `annual x months / 12`, halves up. */
export const proRataPence = (annualPence: number, months: number): number =>
  halfUp(BigInt(annualPence) * BigInt(months), 12n);

/** Whole pounds to pence. */
export const pounds = (amount: number): number => amount * 100;
