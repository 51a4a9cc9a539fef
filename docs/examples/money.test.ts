import { maximum, parsed, pooled, uplift } from './money';

describe("the money README's example gives what its comments say", () => {
  it("sums Central Bedfordshire's seven years after savings to £15,074,000.00", () => {
    expect(maximum).toBe('£15,074,000.00');
  });
  it('rounds a 2.5% uplift on £404,000 to £10,100, splits a pooled budget 60:40 to the penny, and reads pounds', () => {
    expect(uplift).toBe(1_010_000);
    expect(pooled).toEqual({ _tag: 'Right', right: [18_000_001, 12_000_000] });
    expect(parsed).toEqual({ _tag: 'Right', right: 123_456 });
  });
});
