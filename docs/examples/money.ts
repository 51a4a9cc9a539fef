import {
  allocateByShares,
  applyBasisPoints,
  formatPounds,
  poundsToPence,
  sumPence,
} from '@council-partnerships/domain';

const envelope = 222_400_000; // £2,224,000 a year, less £20,000 savings a year and £59,000 from year two
const yearly = [1, 2, 3, 4, 5, 6, 7].map((year) => envelope - 2_000_000 - (year >= 2 ? 5_900_000 : 0));
// '£15,074,000.00': Central Bedfordshire's maximum commitment
export const maximum = formatPounds(sumPence(yearly));
// a 2.5% uplift on £404k: 1_010_000 (£10,100)
export const uplift = applyBasisPoints(40_400_000, 250, 'half-up');
// right([18_000_001, 12_000_000]): a 60:40 pooled budget, the odd penny to the first party
export const pooled = allocateByShares(30_000_001, [6_000, 4_000]);
// right(123_456)
export const parsed = poundsToPence('£1,234.56');
