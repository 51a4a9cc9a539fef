import fc from 'fast-check';
import { IdCodec } from './codecs';

/** Characters at an id's ends: visible ASCII, the space, and the other spaces JavaScript trims. */
const end = fc.constantFrom(
  'a',
  '7',
  '-',
  '~',
  '!',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u2003',
  '\u3000',
  '\ufeff',
  'é',
  '',
);

describe('an id', () => {
  it('is a non-empty text with no space of any kind at either end', () => {
    fc.assert(
      fc.property(end, fc.string(), end, (first, middle, last) => {
        const text = `${first}${middle}${last}`;
        expect(IdCodec.is(text)).toBe(text.length > 0 && text.trim() === text);
      }),
      { numRuns: 5_000 },
    );
  });

  it('refuses one starting or ending with a non-breaking or ideographic space', () => {
    expect(IdCodec.is('contract-1')).toBe(true);
    expect(IdCodec.is('\u00a0contract-1')).toBe(false);
    expect(IdCodec.is('contract-1\u3000')).toBe(false);
    expect(IdCodec.is('')).toBe(false);
    expect(IdCodec.is(7)).toBe(false);
  });
});
