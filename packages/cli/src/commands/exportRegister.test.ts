import { INVITATION_CSV_COLUMNS, REGISTER_CSV_COLUMNS } from '@council-partnerships/projections';
import { councilStore } from '../testing/councilStore';
import { commandOn, onCouncilStore, run } from '../testing/cli';
import { parseJson } from '../testing/json';
import { Register } from '../testing/outputs';

const cli = onCouncilStore();
const exportRegister = commandOn(cli, 'export', 'register');

describe('partnerships export register', () => {
  it('writes the register as CSV by default: a Transparency Code header, then one row per signed contract', async () => {
    const ran = await exportRegister();
    expect(ran.code).toBe(0);
    // What the Code asks for and the log does not hold is named, not silently left blank.
    expect(ran.stderr).toMatch(
      /^partnerships: not published: contract sbc-family-time \(Tees Family Partners \(illustrative\)\): supplier registration number, review date/m,
    );
    const lines = ran.stdout.split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe(REGISTER_CSV_COLUMNS.join(','));
    const familyTime = lines.find((l) => l.startsWith('sbc-family-time,'));
    expect(familyTime).toMatch(/,2022-07-01,2027-06-30,.*,2500000\.00,500000\.00,/);
    expect(lines.filter((l) => l.startsWith('sbc-'))).toHaveLength(4);
  });

  it('writes JSON with --format json, read on the as-of date', async () => {
    const ran = await exportRegister('--format', 'json', '--as-of', '2022-07-31');
    expect(ran.code).toBe(0);
    const register = parseJson(Register, ran.stdout);
    expect(register.readOn).toBe('2022-07-31');
    const stockton = register.partnerships.find((p) => p.partnershipId === 'stockton-family-support');
    expect(stockton).toMatchObject({ phase: 'live', annualValuePence: 1_100_000_00 });
  });

  it('as recorded by an instant before any contract was signed, lists the pipeline only when asked', async () => {
    const early = await exportRegister('--recorded-by', '2021-12-01T00:00:00Z');
    expect(early.stdout.split('\r\n').filter((l) => l !== '')).toHaveLength(1);
    const pipeline = await exportRegister('--recorded-by', '2021-12-01T00:00:00Z', '--include-pipeline');
    expect(pipeline.stdout).toMatch(/\r\nstockton-family-support,/);
  });

  it('publishes a quarter: contracts over £5,000 in force in it, and the invitations to tender opened in it', async () => {
    const q = await exportRegister('--quarter', '2019-Q3');
    expect(q.code).toBe(0);
    const rows = q.stdout.split('\r\n').filter((l) => l !== '');
    expect(rows.slice(1).every((l) => l.startsWith('cbc-'))).toBe(true);
    expect(rows.length).toBeGreaterThan(1);
    const itt = await exportRegister('--quarter', '2021-Q4', '--invitations');
    expect(itt.stdout.split('\r\n')[0]).toBe(INVITATION_CSV_COLUMNS.join(','));
    expect(itt.stdout).toMatch(/\r\n[a-z0-9-]+,.*,Stockton/i);
    const bad = await exportRegister('--quarter', '2026-Q5');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^partnerships: InvalidInput: quarter "2026-Q5" must be written YYYY-Qn/);
  });

  it('takes supplier facts from a file, says they came from it, and refuses a field it does not know', async () => {
    const files: Record<string, string> = {
      'ok.json': JSON.stringify({ 'provider-a': { charityNumber: '1000001', sme: true, vcse: true } }),
      'typo.json': JSON.stringify({ 'provider-a': { charityNo: '1' } }),
    };
    const readFile = (path: string) => Promise.resolve(files[path] ?? '');
    const ran = await cli(['export', 'register', '--suppliers', 'ok.json'], { readFile });
    const row = ran.stdout.split('\r\n').find((l) => l.startsWith('sbc-family-time,'));
    expect(row).toContain(',1000001,Yes,Yes,supplier file,');
    const typo = await cli(['export', 'register', '--suppliers', 'typo.json'], { readFile });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/unknown field charityNo/);
  });

  it('refuses an unknown format in one line, exiting 2', async () => {
    const ran = await exportRegister('--format', 'xlsx');
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(
      /^partnerships: UsageError: option '--format <format>' argument 'xlsx' is invalid\. Allowed choices are csv, json\./,
    );
  });

  it('refuses a corrupt row in one line, exiting 2', async () => {
    const damaged = await councilStore();
    damaged.tamperWithRow('partnership-stockton-family-support', 1, (json) =>
      json.replace('"partnershipId":"stockton-family-support"', '"partnershipId":7'),
    );
    const ran = await run(['export', 'register', '--store', 'memory:c'], { c: damaged });
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(
      /^partnerships: CorruptEvent: event .* at partnership-stockton-family-support version 1 cannot be read/,
    );
  });
});
