import { InMemoryEventStore } from '@council-partnerships/adapters';
import { REGISTER_CSV_COLUMNS } from '@council-partnerships/projections';
import { councilStore } from '../testing/councilStore';
import { run } from '../testing/cli';

let store: InMemoryEventStore;
beforeAll(async () => {
  store = await councilStore();
});

const exportRegister = (...args: string[]) =>
  run(['export', 'register', '--store', 'memory:c', ...args], { c: store });

describe('partnerships export register', () => {
  it('writes the register as CSV by default: a Transparency Code header, then one row per signed contract', async () => {
    const ran = await exportRegister();
    expect(ran).toMatchObject({ code: 0, stderr: '' });
    const lines = ran.stdout.split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe(REGISTER_CSV_COLUMNS.join(','));
    const familyTime = lines.find((l) => l.startsWith('stockton-family-time,'));
    expect(familyTime).toMatch(/,2022-04-01,2027-03-31,.*,2500000\.00,500000\.00,/);
    expect(lines.filter((l) => l.startsWith('stockton-'))).toHaveLength(4);
  });

  it('writes JSON with --format json, read on the as-of date', async () => {
    const ran = await exportRegister('--format', 'json', '--as-of', '2022-06-30');
    expect(ran.code).toBe(0);
    const register = JSON.parse(ran.stdout);
    expect(register.readOn).toBe('2022-06-30');
    const stockton = register.partnerships.find(
      (p: { partnershipId: string }) => p.partnershipId === 'stockton-family-support',
    );
    expect(stockton).toMatchObject({ phase: 'live', annualValuePence: 1_100_000_00 });
  });

  it('as recorded by an instant before any contract was signed, lists the pipeline only when asked', async () => {
    const early = await exportRegister('--recorded-by', '2021-12-01T00:00:00Z');
    expect(early.stdout.split('\r\n').filter((l) => l !== '')).toHaveLength(1);
    const pipeline = await exportRegister('--recorded-by', '2021-12-01T00:00:00Z', '--include-pipeline');
    expect(pipeline.stdout).toMatch(/\r\nstockton-family-support,/);
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
