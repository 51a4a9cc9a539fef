import fc from 'fast-check';
import { formatPounds, formatPoundsCompact } from './format';

describe('writing amounts as pounds', () => {
  it.each([
    [0, '£0.00'],
    [5, '£0.05'],
    [123_456, '£1,234.56'],
    [-2_000_000, '-£20,000.00'],
    [1_507_400_000, '£15,074,000.00'],
    [Number.MAX_SAFE_INTEGER, '£90,071,992,547,409.91'],
  ])('%i pence is %s', (pence, text) => {
    expect(formatPounds(pence)).toBe(text);
  });

  it('says so, rather than printing nonsense, for a value that is not whole pence', () => {
    expect(formatPounds(1.5)).toBe('not an amount of pence (1.5)');
    expect(formatPoundsCompact(Number.NaN)).toBe('not an amount of pence (NaN)');
  });
});

describe('writing amounts compactly for tables', () => {
  it.each([
    [110_000_000, '£1.1m'],
    [40_400_000, '£404k'],
    [1_507_400_000, '£15.07m'],
    [222_400_000, '£2.22m'],
    [152_000_000, '£1.52m'],
    [5_500_000, '£55k'],
    [1_500_000, '£15k'],
    [1_750_000, '£17.5k'],
    [280_000_000, '£2.8m'],
    [70_000_000_000, '£700m'],
    [280_000_000_000, '£2.8bn'],
    [-2_000_000, '-£20k'],
    [95_000, '£950'],
    [1_250, '£12.50'],
    [0, '£0'],
    [99_999_999, '£1m'],
    [99_999, '£999.99'],
    [99_999_5, '£10k'],
  ])('%i pence is %s', (pence, text) => {
    expect(formatPoundsCompact(pence)).toBe(text);
  });

  it('never shows 1000 of a unit: it moves up to the next', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (pence) => {
        const text = formatPoundsCompact(pence);
        expect(text).toMatch(/^£\d+(\.\d{1,2})?(k|m|bn)?$/);
        if (/(k|m)$/.test(text)) expect(Number(text.replace(/[£kmb]/g, ''))).toBeLessThan(1000);
      }),
    );
  });
});
