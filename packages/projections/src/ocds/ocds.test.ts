import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { EventStore } from '@council-partnerships/domain';
import { rebuiltState } from '../testing/rebuilt';
import { testEventId } from '@council-partnerships/testing';
import { ocdsReferenceProblems, ocdsSchemaProblems } from '../testing/ocdsSchema';
import { leicestershire, recordSeeds, seeds, stockton } from '@council-partnerships/seeds';
import { ocdsProjection } from './projection';
import { OcdsState } from './state';
import { ocdsReleasePackage, ocdsReleases } from './view';
import { poundsFromPence } from './values';

const publisher = { name: 'Example Council' };
const ocidPrefix = 'ocds-h6vhtk';

const foldOcds = async (store: EventStore): Promise<OcdsState> => {
  return rebuiltState(store, ocdsProjection);
};

const packageOf = (state: OcdsState, options: { partnershipId?: string; since?: string } = {}) => {
  const made = ocdsReleasePackage(state, { ocidPrefix, publisher, ...options });
  if (made._tag === 'Left') throw new Error(made.left.message);
  return made.right;
};

describe('OCDS releases from the partnership log', () => {
  let state: OcdsState;
  beforeAll(async () => {
    const store = createInMemoryEventStore();
    await recordSeeds(store, seeds, { newEventId: testEventId });
    state = await foldOcds(store);
  });

  it('makes a package every release of which validates against OCDS 1.1.5 and the UK extension', () => {
    const made = packageOf(state);
    expect(ocdsSchemaProblems(made.package)).toEqual([]);
    expect(ocdsReferenceProblems(made.package)).toEqual([]);
  });

  it("checks UK-extension fields against the extension's patch: a VCSE status that is not a boolean fails", () => {
    const made = packageOf(state, { partnershipId: leicestershire.partnershipId });
    const pkg = JSON.parse(JSON.stringify(made.package)) as {
      releases: { parties: { details?: unknown }[] }[];
    };
    pkg.releases[0]!.parties[0]!.details = { vcse: 'yes' };
    expect(ocdsSchemaProblems(pkg).map((p) => p.against)).toEqual(['UK extension']);
  });

  it('publishes an award and a contract release for every signed contract', () => {
    const releases = packageOf(state).package['releases'] as {
      tag: string[];
      awards?: { id: string }[];
      contracts?: { id: string; awardID: string }[];
    }[];
    const contractReleases = releases.filter((r) => r.tag.includes('contract'));
    const signed = Object.values(state.partnerships).flatMap((p) => p.contracts.map((c) => c.contractId));
    expect(contractReleases.flatMap((r) => r.contracts!.map((c) => c.id)).sort()).toEqual([...signed].sort());
    const awarded = new Set(
      releases.filter((r) => r.tag.includes('award')).flatMap((r) => r.awards!.map((a) => a.id)),
    );
    for (const r of contractReleases) for (const c of r.contracts!) expect(awarded).toContain(c.awardID);
  });

  it('gives the same bytes for the same log, and reads one partnership from a date', () => {
    expect(JSON.stringify(packageOf(state).package)).toBe(JSON.stringify(packageOf(state).package));
    const later = packageOf(state, { partnershipId: stockton.partnershipId, since: '2022-05-01' });
    const releases = later.package['releases'] as { ocid: string; date: string }[];
    expect(releases.length).toBeGreaterThan(0);
    for (const r of releases) {
      expect(r.ocid.startsWith(`${ocidPrefix}-${stockton.partnershipId}`)).toBe(true);
      expect(r.date >= '2022-05-01').toBe(true);
      expect(r.date).toMatch(/[+-]\d{2}:\d{2}$/);
    }
  });

  it('names every fact it cannot publish: a supplier with no registration, a notice with no reference', () => {
    const { missing } = packageOf(state);
    expect(missing.some((m) => /supplier .* has no registration identifier/.test(m))).toBe(true);
    expect(missing.some((m) => /no UK7 notice reference recorded|no UK6 notice reference/.test(m))).toBe(
      true,
    );
  });

  it('gives an embedder only the releases after its checkpoint', () => {
    const all = ocdsReleases(state, { ocidPrefix });
    if (all._tag === 'Left') throw new Error(all.left.message);
    const middle = all.right.releases.length >> 1;
    const checkpoint = Number(
      Object.values(state.partnerships)
        .flatMap((p) => p.releases)
        .map((r) => r.position)
        .sort((a, b) => a - b)[middle],
    );
    const rest = ocdsReleases(state, { ocidPrefix, afterPosition: checkpoint });
    if (rest._tag === 'Left') throw new Error(rest.left.message);
    expect(rest.right.releases.length).toBeLessThan(all.right.releases.length);
    expect(all.right.releases.slice(-rest.right.releases.length)).toEqual(rest.right.releases);
    expect(rest.right.lastPosition).toBe(all.right.lastPosition);
  });

  it('refuses an ocid prefix that is not registered-shaped, and an empty selection', () => {
    expect(ocdsReleasePackage(state, { ocidPrefix: 'council', publisher })).toMatchObject({
      left: { code: 'InvalidInput', path: ['ocidPrefix'] },
    });
    expect(ocdsReleasePackage(state, { ocidPrefix, publisher, since: '2099-01-01' })).toMatchObject({
      left: { code: 'InvalidInput' },
    });
  });
});

describe('amounts in pounds', () => {
  it('are the recorded pence exactly, as decimals', () => {
    expect(poundsFromPence(1_507_400_000)).toBe(15_074_000);
    expect(String(poundsFromPence(10_373_751))).toBe('103737.51');
    expect(String(poundsFromPence(5))).toBe('0.05');
    expect(String(poundsFromPence(-120))).toBe('-1.2');
  });
});
