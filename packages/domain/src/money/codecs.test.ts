import { isRight } from 'fp-ts/Either';
import { BasisPointsCodec, NonNegativePenceCodec, PenceCodec } from './codecs';

describe('money codecs', () => {
  it('accept whole pence, negative included, and nothing else', () => {
    expect(isRight(PenceCodec.decode(0))).toBe(true);
    expect(isRight(PenceCodec.decode(-2_000_000))).toBe(true);
    expect(isRight(PenceCodec.decode(Number.MAX_SAFE_INTEGER))).toBe(true);
    for (const bad of [1.5, Number.NaN, Infinity, Number.MAX_SAFE_INTEGER + 1, '100', null, undefined]) {
      expect(isRight(PenceCodec.decode(bad))).toBe(false);
    }
  });

  it('refuse negative amounts where money cannot be negative', () => {
    expect(isRight(NonNegativePenceCodec.decode(0))).toBe(true);
    expect(isRight(NonNegativePenceCodec.decode(222_400_000))).toBe(true);
    expect(isRight(NonNegativePenceCodec.decode(-1))).toBe(false);
  });

  it('accept whole basis points from 0 to 1,000,000', () => {
    for (const good of [0, 1, 250, 10_000, 1_000_000])
      expect(isRight(BasisPointsCodec.decode(good))).toBe(true);
    for (const bad of [-1, 0.5, 1_000_001, '250']) expect(isRight(BasisPointsCodec.decode(bad))).toBe(false);
  });
});
