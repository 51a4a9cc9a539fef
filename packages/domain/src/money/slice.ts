import { Pence } from './codecs';

/**
 * The `part`-th of `parts` equal slices of `total`, in whole pence: slice k is
 * floor(total x k / parts) - floor(total x (k-1) / parts), so the slices always add up to the total
 * exactly and no penny is created or lost (£100 over 12 months: 833, 833, 834, ...).
 */
export const sliceExactly = (total: Pence, part: number, parts: number): Pence => {
  const upTo = (k: number) => Number((BigInt(total) * BigInt(k)) / BigInt(parts));
  return upTo(part) - upTo(part - 1);
};
