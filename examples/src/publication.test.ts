import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { EventStore } from '@council-partnerships/domain';
import { ocdsProjection, ocdsReleasePackage, rebuildProjection } from '@council-partnerships/projections';
import {
  ocdsReferenceProblems,
  ocdsSchemaProblems,
} from '@council-partnerships/projections/testing/ocdsSchema';
import { scenarios } from './scenarios';
import { runSimulation } from './simulator/harness';
import { mulberry32 } from './simulator/prng';
import { MEDIUM, randomShape, SMALL } from './simulator/shape';
import { runDefinition } from './support/scenario';

type Release = {
  id: string;
  tag: string[];
  contracts?: { id: string; awardID: string }[];
  awards?: { id: string }[];
};

const publish = async (store: EventStore) => {
  const folded = await rebuildProjection(store, ocdsProjection);
  if (folded._tag === 'Left') throw new Error(folded.left.message);
  const made = ocdsReleasePackage(folded.right.state, {
    ocidPrefix: 'ocds-h6vhtk',
    publisher: { name: 'Council' },
  });
  if (made._tag === 'Left') throw new Error(made.left.message);
  const signed = Object.values(folded.right.state.partnerships).flatMap((p) =>
    p.contracts.map((c) => c.contractId),
  );
  return { pkg: made.right.package, missing: made.right.missing, signed };
};

/** Every contract signed has a contract release, and the award it names was published in an award release. */
const coverage = (pkg: Record<string, unknown>, signed: readonly string[]): string[] => {
  const releases = pkg['releases'] as Release[];
  const awarded = new Set(
    releases.filter((r) => r.tag.includes('award')).flatMap((r) => r.awards!.map((a) => a.id)),
  );
  const problems: string[] = [];
  for (const contractId of signed) {
    const release = releases.find(
      (r) => r.tag.includes('contract') && r.contracts?.some((c) => c.id === contractId),
    );
    if (release === undefined) problems.push(`${contractId}: no contract release`);
    const awardId = release?.contracts?.find((c) => c.id === contractId)?.awardID;
    if (awardId === undefined || !awarded.has(awardId)) problems.push(`${contractId}: no award release`);
  }
  return problems;
};

describe('what the seeds and the simulator publish', () => {
  it('the five seeds: every release validates (OCDS 1.1.5 and UK extension), with an award and a contract release per signed contract', async () => {
    const store = createInMemoryEventStore();
    for (const scenario of scenarios) await runDefinition(scenario, store);
    const { pkg, missing, signed } = await publish(store);
    expect(ocdsSchemaProblems(pkg)).toEqual([]);
    expect(ocdsReferenceProblems(pkg)).toEqual([]);
    expect(coverage(pkg, signed)).toEqual([]);
    expect(signed.length).toBeGreaterThan(10);
    // Barnardo's registrations are recorded; Cornforth Partnership's are not, and that is said.
    expect(missing.some((m) => /Barnardo's .* has no registration/.test(m))).toBe(false);
    expect(missing.some((m) => /Cornforth Partnership .* has no registration identifier/.test(m))).toBe(true);
    await store.close();
  });

  it.each([
    ['small', 3, SMALL],
    ['small', 11, SMALL],
    ['medium', 5, MEDIUM],
  ] as const)('a %s simulated partnership (seed %i): every release validates', async (_, seed, limits) => {
    const run = await runSimulation(seed, randomShape(mulberry32(seed), limits));
    const { pkg, signed } = await publish(run.store);
    expect(ocdsSchemaProblems(pkg)).toEqual([]);
    expect(ocdsReferenceProblems(pkg)).toEqual([]);
    expect(coverage(pkg, signed)).toEqual([]);
    await run.store.close();
  });
});
