import { onCouncilStore } from '../testing/cli';
import { parseJson } from '../testing/json';
import { Register, Replayed } from '../testing/outputs';

const STOCKTON = 'stockton-family-support';
const council = onCouncilStore();
const cli = (...args: string[]) => council(args);

// The test clock reads 31 March 2025; Stockton's modules run to 30 June 2027 and no expiry is recorded.
describe('reads on a date: dates end things, and a date still to come says so', () => {
  it('replay as of a future date says it reads ahead, and shows the contracts ended beside nothing running', async () => {
    const ran = await cli('replay', '--partnership', STOCKTON, '--as-of', '2030-01-01');
    expect(ran).toMatchObject({ code: 0, stderr: '' });
    expect(ran.stdout).toMatch(
      /Read ahead: 2030-01-01 is after today \(2025-03-31\): phases, values and deadlines are what the dates will make them/,
    );
    expect(ran.stdout).toMatch(/Phase on 2030-01-01: ended-expiry-not-recorded\./);
    expect(ran.stdout).toMatch(/Value: £0\.00 a year running/);
    expect(ran.stdout).toMatch(/sbc-family-time\s.*\sended-expiry-not-recorded\s/);
    expect(ran.stdout).toMatch(
      /2027-06-30\s+expiry\s+OVERDUE\s+Volunteering service for children, young people and families ended on 2027-06-30: record its expiry/,
    );
    expect(ran.stdout).not.toMatch(/\slive\s/);
  });

  it('replay as of a past date does not say it reads ahead', async () => {
    const ran = await cli('replay', '--partnership', STOCKTON, '--as-of', '2024-01-01', '--json');
    expect(parseJson(Replayed, ran.stdout).readAhead).toBeUndefined();
  });

  it('export register as of a future date says so on stderr and in the JSON, and lists no contract live past its end', async () => {
    const ran = await cli('export', 'register', '--format', 'json', '--as-of', '2030-01-01');
    expect(ran.code).toBe(0);
    expect(ran.stderr).toMatch(/^partnerships: read ahead: 2030-01-01 is after today \(2025-03-31\)/);
    const register = parseJson(Register, ran.stdout);
    expect(register.readAhead).toMatchObject({ clockDate: '2025-03-31' });
    const contracts = register.partnerships.flatMap((p) => p.contracts);
    expect(contracts.length).toBeGreaterThan(0);
    for (const c of contracts) if (c.endsOn < '2030-01-01') expect(c.phase).not.toBe('live');
  });
});
