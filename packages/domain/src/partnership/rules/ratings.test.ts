import { ragFor } from './ratings';

const higher = {
  target: 9000,
  direction: 'higher-is-better' as const,
  tolerance: { greenWithinBps: 0, amberWithinBps: 500 },
};
const lower = {
  target: 20,
  direction: 'lower-is-better' as const,
  tolerance: { greenWithinBps: 1000, amberWithinBps: 2500 },
};

describe('RAG against target and tolerance', () => {
  it('is green at or beyond target', () => {
    expect(ragFor(higher, 9000)).toBe('green');
    expect(ragFor(higher, 9900)).toBe('green');
    expect(ragFor(lower, 12)).toBe('green');
  });

  it('is amber within the amber band and red beyond, a shortfall never rounded down', () => {
    expect(ragFor(higher, 8550)).toBe('amber'); // 5.00% short
    expect(ragFor(higher, 8549)).toBe('red'); // 5.01% short
    expect(ragFor(lower, 22)).toBe('green'); // 10% over
    expect(ragFor(lower, 25)).toBe('amber'); // 25% over
    expect(ragFor(lower, 26)).toBe('red');
  });

  it('treats any shortfall against a zero target as red', () => {
    expect(ragFor({ ...lower, target: 0 }, 0)).toBe('green');
    expect(ragFor({ ...lower, target: 0 }, 1)).toBe('red');
  });
});
