import {
  ocdsReferenceProblems,
  ocdsSchemaProblems,
} from '@council-partnerships/projections/testing/ocdsSchema';
import { commandOn, onCouncilStore } from '../testing/cli';
import { parseJson } from '../testing/json';
import { OcdsPackage } from '../testing/outputs';

const exportOcds = commandOn(onCouncilStore(), 'export', 'ocds');

describe('partnerships export ocds', () => {
  it('prints one release package that validates, with an award and a contract release for each signed contract', async () => {
    const ran = await exportOcds();
    expect(ran.code).toBe(0);
    const pkg = parseJson(OcdsPackage, ran.stdout);
    expect(ocdsSchemaProblems(pkg)).toEqual([]);
    expect(ocdsReferenceProblems(pkg)).toEqual([]);
    const { releases } = pkg;
    expect(releases[0]!.ocid).toMatch(/^ocds-h6vhtk-/);
    const contracts = releases
      .filter((r) => r.tag.includes('contract'))
      .flatMap((r) => r.contracts!.map((c) => c.id));
    expect(contracts).toContain('sbc-family-time');
    expect(new Set(contracts).size).toBe(contracts.length);
  });

  it('reports each fact it cannot publish on stderr, by name', async () => {
    const ran = await exportOcds();
    expect(ran.stderr).toMatch(
      /^partnerships: not published: contract .*: supplier .* has no registration identifier/m,
    );
  });

  it('is the same bytes every time, and takes the ocid prefix, a partnership and a date', async () => {
    expect((await exportOcds()).stdout).toBe((await exportOcds()).stdout);
    const ran = await exportOcds(
      '--ocid-prefix',
      'ocds-abc123',
      '--partnership',
      'stockton-family-support',
      '--since',
      '2022-05-01',
    );
    expect(ran.code).toBe(0);
    const { releases } = parseJson(OcdsPackage, ran.stdout);
    expect(
      releases.every(
        (r) => r.ocid.startsWith('ocds-abc123-stockton-family-support') && r.date >= '2022-05-01',
      ),
    ).toBe(true);
  });

  it('refuses an unknown partnership and a malformed prefix in one line, exiting 2', async () => {
    const unknown = await exportOcds('--partnership', '__proto__');
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.stderr).toMatch(/^partnerships: UnknownPartnership: no partnership __proto__/);
    const prefix = await exportOcds('--ocid-prefix', 'OCDS');
    expect(prefix.code).toBe(2);
    expect(prefix.stderr).toMatch(/^partnerships: InvalidInput: ocid prefix "OCDS"/);
  });
});
