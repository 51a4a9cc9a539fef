import fc from 'fast-check';
import { isLeft } from 'fp-ts/Either';
import { checkedDivideRounded, divideRounded, Rounding } from './rounding';

const pence = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });
const divisor = fc.integer({ min: 1, max: 1_000_000 });

describe('dividing an amount with explicit rounding', () => {
  it.each<[number, number, Rounding, number]>([
    [5, 2, 'half-up', 3],
    [-5, 2, 'half-up', -3],
    [5, 2, 'half-even', 2],
    [7, 2, 'half-even', 4],
    [-5, 2, 'half-even', -2],
    [29, 10, 'down', 2],
    [-29, 10, 'down', -2],
    [21, 10, 'up', 3],
    [-21, 10, 'up', -3],
    [5, -2, 'half-up', -3],
    [24, 10, 'half-up', 2],
    [26, 10, 'half-even', 3],
    [1_000_000, 12, 'half-up', 83_333],
  ])('%i / %i rounded %s is %i', (n, d, rounding, expected) => {
    expect(divideRounded(n, d, rounding)).toBe(expected);
  });

  it('splits an annual value into twelve monthly payments', () => {
    expect(divideRounded(40_400_000, 12, 'half-up')).toBe(3_366_667);
    expect(divideRounded(40_400_000, 12, 'down')).toBe(3_366_666);
  });

  it('refuses a zero or fractional divisor and a fractional amount, and the plain form answers NaN', () => {
    expect(isLeft(checkedDivideRounded(100, 0, 'half-up'))).toBe(true);
    expect(isLeft(checkedDivideRounded(100, 1.5, 'half-up'))).toBe(true);
    expect(isLeft(checkedDivideRounded(1.5, 2, 'half-up'))).toBe(true);
    expect(isLeft(checkedDivideRounded(1, 2, 'sideways' as Rounding))).toBe(true);
    expect(divideRounded(100, 0, 'half-up')).toBeNaN();
  });

  it('is exact: a quotient that comes out whole is the same in every mode', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        divisor,
        fc.constantFrom<Rounding>('half-up', 'half-even', 'down', 'up'),
        (quotient, d, mode) => {
          expect(divideRounded(quotient * d, d, mode)).toBe(quotient);
        },
      ),
    );
  });

  it('orders the modes for positive amounts: down <= half-even, half-up <= up, at most a penny apart', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), divisor, (n, d) => {
        const down = divideRounded(n, d, 'down');
        const up = divideRounded(n, d, 'up');
        for (const half of [divideRounded(n, d, 'half-up'), divideRounded(n, d, 'half-even')]) {
          expect(down).toBeLessThanOrEqual(half);
          expect(half).toBeLessThanOrEqual(up);
        }
        expect(up - down).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('treats negative amounts as the mirror of positive ones (towards and away from zero)', () => {
    fc.assert(
      fc.property(
        pence,
        divisor,
        fc.constantFrom<Rounding>('half-up', 'half-even', 'down', 'up'),
        (n, d, mode) => {
          expect(divideRounded(-n, d, mode)).toBe(-divideRounded(n, d, mode) || 0);
        },
      ),
    );
  });

  it('stays within half a penny of the true quotient when rounding to nearest', () => {
    fc.assert(
      fc.property(pence, divisor, (n, d) => {
        const result = BigInt(divideRounded(n, d, 'half-even'));
        const error = BigInt(n) * 2n - result * 2n * BigInt(d);
        expect(error <= BigInt(d) && error >= -BigInt(d)).toBe(true);
      }),
    );
  });
});
