import fc from 'fast-check';
import { isLeft } from 'fp-ts/Either';
import { applyBasisPoints, checkedApplyBasisPoints } from './basisPoints';
import { Rounding } from './rounding';

const modes = fc.constantFrom<Rounding>('half-up', 'half-even', 'down', 'up');
const amount = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });

describe('applying a rate in basis points', () => {
  it('takes 250 bps of £1,000 as £25 and a 2.5% uplift of £404k as £10,100', () => {
    expect(applyBasisPoints(100_000, 250, 'half-up')).toBe(2_500);
    expect(applyBasisPoints(40_400_000, 250, 'half-up')).toBe(1_010_000);
  });

  it('rounds the fraction of a penny as told', () => {
    // 1.5% of 99p is 1.485p
    expect(applyBasisPoints(99, 150, 'half-up')).toBe(1);
    expect(applyBasisPoints(99, 150, 'up')).toBe(2);
    expect(applyBasisPoints(99, 150, 'down')).toBe(1);
    // 50% of 5p is 2.5p
    expect(applyBasisPoints(5, 5_000, 'half-up')).toBe(3);
    expect(applyBasisPoints(5, 5_000, 'half-even')).toBe(2);
    expect(applyBasisPoints(-5, 5_000, 'half-up')).toBe(-3);
  });

  it('is exact where a floating-point product would not be', () => {
    // 9,007,199,254,740,991 x 3 overflows a double's exact range; the answer still comes out exact.
    expect(applyBasisPoints(Number.MAX_SAFE_INTEGER, 3, 'down')).toBe(2_702_159_776_422);
    expect(applyBasisPoints(Number.MAX_SAFE_INTEGER, 9_999, 'down')).toBe(9_006_298_534_815_516);
  });

  it('leaves any amount unchanged at 10000 bps (100%), and makes nothing of it at 0 bps', () => {
    fc.assert(
      fc.property(amount, modes, (a, mode) => {
        expect(applyBasisPoints(a, 10_000, mode)).toBe(a);
        expect(applyBasisPoints(a, 0, mode)).toBe(0);
      }),
    );
  });

  it('orders the modes for positive amounts: down <= half-up, half-even <= up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 10_000 }),
        (a, bps) => {
          const down = applyBasisPoints(a, bps, 'down');
          const up = applyBasisPoints(a, bps, 'up');
          expect(down).toBeLessThanOrEqual(applyBasisPoints(a, bps, 'half-up'));
          expect(down).toBeLessThanOrEqual(applyBasisPoints(a, bps, 'half-even'));
          expect(applyBasisPoints(a, bps, 'half-up')).toBeLessThanOrEqual(up);
          expect(applyBasisPoints(a, bps, 'half-even')).toBeLessThanOrEqual(up);
        },
      ),
    );
  });

  it('refuses rates outside 0..1,000,000 bps, fractional amounts and results too large to hold', () => {
    expect(isLeft(checkedApplyBasisPoints(100, -1, 'half-up'))).toBe(true);
    expect(isLeft(checkedApplyBasisPoints(100, 1_000_001, 'half-up'))).toBe(true);
    expect(isLeft(checkedApplyBasisPoints(100, 2.5, 'half-up'))).toBe(true);
    expect(isLeft(checkedApplyBasisPoints(0.5, 100, 'half-up'))).toBe(true);
    expect(isLeft(checkedApplyBasisPoints(Number.MAX_SAFE_INTEGER, 20_000, 'half-up'))).toBe(true);
    expect(applyBasisPoints(Number.MAX_SAFE_INTEGER, 20_000, 'half-up')).toBeNaN();
  });
});
