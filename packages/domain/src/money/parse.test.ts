import fc from 'fast-check';
import { isLeft } from 'fp-ts/Either';
import { formatPounds } from './format';
import { poundsToPence } from './parse';

describe('reading amounts of pounds', () => {
  it.each([
    ['1234.56', 123_456],
    ['£1,234.56', 123_456],
    ['15074000', 1_507_400_000],
    ['£15,074,000', 1_507_400_000],
    ['0.1', 10],
    ['0.07', 7],
    ['-£20,000.00', -2_000_000],
    ['£-20,000', -2_000_000],
    ['-0.00', 0],
    [' £404,000 ', 40_400_000],
    ['90071992547409.91', Number.MAX_SAFE_INTEGER],
  ])("'%s' is %i pence", (text, pence) => {
    expect(poundsToPence(text)).toEqual({ _tag: 'Right', right: pence });
  });

  it('takes 0.1 + 0.2 pounds exactly (no floating point)', () => {
    const a = poundsToPence('0.10');
    const b = poundsToPence('0.20');
    expect(a._tag === 'Right' && b._tag === 'Right' && a.right + b.right).toBe(30);
  });

  it.each([
    '',
    '£',
    '1.234',
    '1,23.00',
    '12,3456',
    '.5',
    '1.',
    '£1.2.3',
    'abc',
    '1e6',
    '--1',
    '-£-1',
    '£ 1',
    '1,000,00',
  ])("refuses '%s'", (text) => {
    expect(isLeft(poundsToPence(text))).toBe(true);
  });

  it('refuses an amount too large to hold exactly', () => {
    expect(isLeft(poundsToPence('90071992547409.92'))).toBe(true);
  });

  it('reads back whatever formatPounds writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (pence) => {
        expect(poundsToPence(formatPounds(pence))).toEqual({ _tag: 'Right', right: pence });
      }),
    );
  });
});
