import { expectRefusedInOneLine, onCouncilStore } from '../testing/cli';
import { parseJson } from '../testing/json';
import { Diffed } from '../testing/outputs';

describe('partnerships diff', () => {
  const cli = onCouncilStore();
  const diff = (partnership: string, ...args: string[]) =>
    cli(['diff', '--partnership', partnership, ...args]);

  it('given two states of knowledge, then it shows what the late reviews changed: ratings and expansion', async () => {
    const ran = await diff(
      'partnership-stockton-family-support',
      '--recorded-by',
      '2023-08-31T17:00:00Z',
      '--recorded-by',
      '2023-09-02T00:00:00Z',
      '--json',
    );
    expect(ran.code).toBe(0);
    const diffed = parseJson(Diffed, ran.stdout);
    expect(diffed.partnershipId).toBe('stockton-family-support');
    expect(diffed.after.eventsReplayed).toBeGreaterThan(diffed.before.eventsReplayed);
    expect(diffed.changes).toContainEqual({
      area: 'performance',
      item: 'module expansion',
      before: 'not allowed',
      after: 'allowed',
    });
    const ratings = diffed.changes.filter((c) => c.item.endsWith(' rating'));
    expect(ratings.length).toBeGreaterThan(0);
    for (const r of ratings) expect(r).toMatchObject({ before: '-', after: 'good' });
  });

  it('given two business dates, then it lists the changes in a table, and nothing for the same date twice', async () => {
    const cb = 'central-bedfordshire-cyp-support';
    const ran = await diff(cb, '--as-of', '2019-01-01', '--as-of', '2020-01-01');
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(
      /^Partnership central-bedfordshire-cyp-support: as of 2019-01-01 \(\d+ events\) against as of 2020-01-01 \(\d+ events\)\.\n\d+ change\(s\):/,
    );
    expect(ran.stdout).toMatch(/\nvalue +maximum value +£0\.00 +£15,074,000\.00\n/);
    const same = await diff(cb, '--as-of', '2020-01-01', '--as-of', '2020-01-01');
    expect(same.stdout).toMatch(/Nothing changed in its terms, value, performance or deadlines\.\n$/);
  });

  it.each([
    [['--as-of', '2020-01-01'], /give --as-of twice .* got 1 --as-of and 0 --recorded-by/],
    [['--as-of', '2020-01-01', '--recorded-by', '2020-01-01T00:00:00Z'], /got 1 --as-of and 1 --recorded-by/],
    [['--as-of', '2020-01-01', '--as-of', '2020-02-30'], /--as-of must be a date written YYYY-MM-DD/],
  ])('given %j, then one line says what is wrong and it exits 2', async (args, message) => {
    const ran = await diff('stockton-family-support', ...args);
    expectRefusedInOneLine(ran, message);
  });

  it('given an unknown partnership, then it exits 2 pointing to list', async () => {
    const ran = await diff('nowhere', '--as-of', '2020-01-01', '--as-of', '2021-01-01');
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/UnknownPartnership: .*'partnerships list'/);
  });
});
