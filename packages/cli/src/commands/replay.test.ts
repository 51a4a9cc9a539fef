import { councilStore } from '../testing/councilStore';
import { commandOn, onCouncilStore, run } from '../testing/cli';
import { parseJson } from '../testing/json';
import { Replayed } from '../testing/outputs';

const cli = onCouncilStore();
const replay = commandOn(cli, 'replay');
const replayJson = async (...args: string[]) => {
  const ran = await replay(...args, '--json');
  expect(ran).toMatchObject({ code: 0, stderr: '' });
  return parseJson(Replayed, ran.stdout);
};
const STOCKTON = 'stockton-family-support';

describe('partnerships replay', () => {
  it('shows a partnership as everything recorded now stands: value, contracts, ratings, deadlines', async () => {
    const ran = await replay('--partnership', STOCKTON);
    expect(ran).toMatchObject({ code: 0, stderr: '' });
    expect(ran.stdout).toMatch(
      /^Partnership stockton-family-support: Stockton-on-Tees family support strategic partnership\n/,
    );
    expect(ran.stdout).toMatch(/Replayed as everything recorded now stands: 86 of 86 events\./);
    expect(ran.stdout).toMatch(/Value: £1,100,000\.00 a year running; committed £5,500,000\.00/);
    expect(ran.stdout).toMatch(
      /sbc-family-time\s+Family time \(family contact \/ supervised contact\)\s+Tees Family Partners \(illustrative\)\s+live\s+2022-07-01\s+2027-06-30\s+£500,000\.00\s+£2,500,000\.00\s+good/,
    );
    expect(ran.stdout).toMatch(
      /2027-06-30\s+expiry\s+Volunteering service for children, young people and families expires/,
    );
    expect(ran.stdout).toMatch(/Module expansion: allowed\./);
  });

  it('reproduces Central Bedfordshire: £15.07M maximum over 7 years after MTFP savings', async () => {
    const replayed = await replayJson('--partnership', 'central-bedfordshire-cyp-support');
    expect(replayed.value.maximumValuePence).toBe(15_074_000_00);
    expect(replayed.state.partnershipId).toBe('central-bedfordshire-cyp-support');
  });

  it('as of a business date, shows only what had happened by then', async () => {
    const replayed = await replayJson('--partnership', STOCKTON, '--as-of', '2021-12-31');
    expect(replayed.asOf).toEqual({ businessDate: '2021-12-31' });
    expect(replayed.eventsReplayed).toBeLessThan(replayed.eventsInStream);
    expect(replayed.lastEvent!.occurredAt < '2022-01-01').toBe(true);
    expect(replayed.register.contracts).toEqual([]);
    expect(Object.keys(replayed.state.contracts)).toEqual([]);
  });

  it('tells apart what had happened by a date from what had been recorded by then (late reviews)', async () => {
    // The year-one reviews were held on 20 July 2023 and entered on 1 September 2023.
    const happened = await replayJson('--partnership', STOCKTON, '--as-of', '2023-08-31');
    expect(happened.performance.expansion.allowed).toBe(true);
    expect(happened.performance.contracts.map((c) => c.rating)).toContain('good');

    const recorded = await replayJson('--partnership', STOCKTON, '--recorded-by', '2023-08-31T17:00:00Z');
    expect(recorded.readOn).toBe('2023-08-31');
    // Three reviews, each also recording its module embedded.
    expect(recorded.eventsReplayed).toBe(happened.eventsReplayed - 6);
    expect(recorded.performance.expansion.allowed).toBe(false);
    expect(recorded.performance.expansion.reasons.join('; ')).toMatch(/not yet embedded/);

    const afterwards = await replayJson('--partnership', STOCKTON, '--recorded-by', '2023-09-01T10:00:00Z');
    expect(afterwards.eventsReplayed).toBe(86);
  });

  it('before anything was recorded, says nothing was known', async () => {
    const ran = await replay('--partnership', STOCKTON, '--as-of', '2001-01-01');
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(
      /0 of 86 events\.\nNothing about this partnership was known at that point\.\n$/,
    );
  });

  it.each([
    [['--as-of', '31/05/2023'], /^partnerships: InvalidInput: --as-of must be a date written YYYY-MM-DD\n$/],
    [['--recorded-by', 'yesterday'], /^partnerships: InvalidInput: --recorded-by must be an ISO 8601 time/],
  ])('refuses a malformed %j in one line, exiting 2', async (flags, message) => {
    const ran = await replay('--partnership', STOCKTON, ...flags);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(message);
  });

  it('refuses an unknown partnership in one line, exiting 2', async () => {
    const ran = await replay('--partnership', 'nowhere');
    expect(ran).toMatchObject({ code: 2, stdout: '' });
    expect(ran.stderr).toMatch(/^partnerships: UnknownPartnership: no partnership nowhere is recorded/);
  });

  it('requires --partnership', async () => {
    const ran = await replay();
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(
      /^partnerships: UsageError: required option '--partnership <id>' not specified/,
    );
  });

  it('given a row whose type was changed in the table, then it names the altered event and the unknown type, shows nothing and exits 1', async () => {
    const damaged = await councilStore();
    damaged.tamperWithRow(`partnership-${STOCKTON}`, 5, (json) =>
      json.replace('"type":"', '"type":"Mangled'),
    );
    const ran = await run(['replay', '--store', 'memory:c', '--partnership', STOCKTON], { c: damaged });
    expect(ran.code).toBe(1);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toMatch(
      /^partnerships: Tampered: the history read does not verify \(1 problem in 1 stream\)/,
    );
    expect(ran.stderr).toMatch(
      /\npartnerships: altered-event: stream partnership-stockton-family-support, version 5, event \S+: /,
    );
    expect(ran.stderr).toMatch(
      /\npartnerships: UnknownEventType: the history holds 1 event of types this release does not read: Mangled\w+ \(1; first in stream partnership-stockton-family-support at version 5/,
    );
  });

  it('refuses a row the store cannot read in one line naming it, exiting 2', async () => {
    const damaged = await councilStore();
    damaged.tamperWithRow(`partnership-${STOCKTON}`, 5, (json) =>
      json.replace(/"recordedAt":"[^"]*"/, '"recordedAt":"yesterday"'),
    );
    const ran = await run(['replay', '--store', 'memory:c', '--partnership', STOCKTON], { c: damaged });
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toMatch(
      /^partnerships: CorruptEvent: event \S+ at partnership-stockton-family-support version 5 cannot be read: .*"yesterday"/,
    );
  });
});
