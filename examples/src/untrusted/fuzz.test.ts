import { runFuzz } from './fuzz';

describe('fuzzed commands through the handler (bounded; bench/fuzz.ts runs 10,000 and more)', () => {
  it('given 400 mutated commands of every type, then nothing throws, nothing is written on refusal, no built-in changes, every refusal names a path and every read model rebuilds', async () => {
    const figures = await runFuzz(400, 20261201);
    expect(figures).toMatchObject({
      cases: 400,
      exceptions: 0,
      writesOnRefusal: 0,
      pollutedBuiltIns: 0,
      errorsWithoutPath: 0,
      readModelFailures: 0,
    });
    expect(figures.findings).toEqual([]);
  });
});
