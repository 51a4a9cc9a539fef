import { runSimulation } from './harness';
import { checkInvariants } from './invariants';
import { mulberry32 } from './prng';
import { LARGEST, MEDIUM, randomShape, SMALL } from './shape';
import { PROBE_REFUSALS } from './simulate';

const SEEDS = Array.from({ length: 100 }, (_, i) => i + 1);

describe('the simulator', () => {
  it('keeps every invariant over 100 seeds of small partnerships (monthly returns and claims, reviews, extensions, expansion, termination)', async () => {
    const failures: string[] = [];
    const seen = { expansions: 0, extensions: 0, terminations: 0, probes: 0, claims: 0, pa2023: 0 };
    for (const seed of SEEDS) {
      const shape = randomShape(mulberry32(seed), SMALL);
      const run = await runSimulation(seed, shape);
      const violations = await checkInvariants(run);
      for (const v of violations) failures.push(`seed ${seed}: ${v.invariant}: ${v.detail}`);
      seen.expansions += run.report.expansionsApproved;
      seen.extensions += Object.values(run.report.contracts).reduce((n, c) => n + c.extensionsExercised, 0);
      seen.terminations += run.report.terminations;
      seen.probes += run.report.expectedRefusals.length;
      seen.claims += run.report.claims.length;
      seen.pa2023 += shape.startYear >= 2026 ? 1 : 0;
      await run.store.close();
    }
    expect(failures).toEqual([]);
    // The seeds reach every part of the lifecycle, so the invariants were tested on all of it.
    for (const [what, count] of Object.entries(seen)) expect([what, count > 0]).toEqual([what, true]);
  });

  it('refuses the probes with the expected typed errors and writes nothing for them', async () => {
    const shape = { ...randomShape(mulberry32(7), SMALL), probes: true, extensionsTaken: 0 };
    const run = await runSimulation(7, shape);
    expect(run.report.unexpected).toEqual([]);
    expect(run.report.expectedRefusals.length).toBeGreaterThan(0);
    for (const r of run.report.expectedRefusals) expect(PROBE_REFUSALS).toContain(r.code);
    expect(run.report.commandsRecorded + run.report.expectedRefusals.length).toBe(run.report.commandsSent);
  });

  it('writes the same log for the same seed: same events, same times, same hashes', async () => {
    for (const seed of [3, 42]) {
      const shape = randomShape(mulberry32(seed), SMALL);
      const [a, b] = [await runSimulation(seed, shape), await runSimulation(seed, shape)];
      const log = async (run: typeof a) => {
        const page = await run.store.readAll({ limit: 100_000 });
        return page._tag === 'Right' ? page.right.events : [];
      };
      const [first, second] = [await log(a), await log(b)];
      expect(first.length).toBeGreaterThan(0);
      expect(second).toEqual(first);
    }
  });

  it("writes the same log whether or not the handler keeps the stream's state (memory changes speed, not results)", async () => {
    const shape = randomShape(mulberry32(5), SMALL);
    const cached = await runSimulation(5, shape);
    const plain = await runSimulation(5, shape, { kind: 'memory' }, { cacheStreams: false });
    const all = async (run: typeof cached) => {
      const page = await run.store.readAll({ limit: 100_000 });
      return page._tag === 'Right' ? page.right.events : [];
    };
    expect(await all(plain)).toEqual(await all(cached));
  });

  it('keeps every invariant over a few longer partnerships (up to 3 years, 3 modules, 2 expansions)', async () => {
    for (const seed of [1001, 1002, 1003]) {
      const run = await runSimulation(seed, randomShape(mulberry32(seed), MEDIUM));
      expect(await checkInvariants(run)).toEqual([]);
    }
  });

  it('refuses a shape out of bounds, naming the field', async () => {
    await expect(runSimulation(1, { ...LARGEST, years: 11 })).rejects.toThrow(
      'years is a whole number from 1 to 10',
    );
  });
});
