import { councilStore } from '../testing/councilStore';
import { run } from '../testing/cli';
import { parseJson } from '../testing/json';
import { Listing, Replayed, Timeline } from '../testing/outputs';

describe('partnerships list', () => {
  it('lists every partnership with the id other commands take, its title, councils, phase and extent', async () => {
    const ran = await run(['list', '--store', 'memory:c', '--json'], { c: await councilStore() });
    expect(ran.code).toBe(0);
    const listed = parseJson(Listing, ran.stdout);
    expect(listed.map((p) => p.partnershipId)).toEqual([
      'central-bedfordshire-cyp-support',
      'stockton-family-support',
    ]);
    const stockton = listed[1]!;
    expect(stockton).toMatchObject({
      streamId: 'partnership-stockton-family-support',
      phase: 'live',
      firstBusinessDate: '2021-07-26',
    });
    expect(stockton.councils.length).toBeGreaterThan(0);
    expect(stockton.contracts).toBeGreaterThan(0);
    expect(stockton.events).toBeGreaterThan(stockton.contracts);
    expect(stockton.lastBusinessDate > stockton.firstBusinessDate).toBe(true);
  });

  it('draws a table with one line per partnership', async () => {
    const ran = await run(['list', '--store', 'memory:c'], { c: await councilStore() });
    expect(ran.code).toBe(0);
    const lines = ran.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+title\s+councils\s+phase\s+contracts\s+events\s+first\s+last$/);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/^stockton-family-support\s/);
  });

  it('given an empty store, then it says there are none', async () => {
    const { createInMemoryEventStore } = await import('@council-partnerships/adapters');
    const ran = await run(['list', '--store', 'memory:e'], { e: createInMemoryEventStore() });
    expect(ran.code).toBe(0);
    expect(ran.stdout).toBe('No partnerships recorded.\n');
  });
});

describe('every command takes the partnership ids list and timeline show', () => {
  it.each([['stockton-family-support'], ['partnership-stockton-family-support']])(
    'replay and timeline accept %s',
    async (id) => {
      const stores = { c: await councilStore() };
      const replayed = await run(['replay', '--store', 'memory:c', '--partnership', id, '--json'], stores);
      expect(replayed.code).toBe(0);
      expect(parseJson(Replayed, replayed.stdout).partnershipId).toBe('stockton-family-support');
      const timeline = await run(['timeline', '--store', 'memory:c', '--partnership', id, '--json'], stores);
      expect(timeline.code).toBe(0);
      expect(parseJson(Timeline, timeline.stdout)[0]?.streamId).toBe('partnership-stockton-family-support');
    },
  );

  it('given an id no partnership has, then one line points to list and it exits 2', async () => {
    const ran = await run(['replay', '--store', 'memory:c', '--partnership', 'partnership-nowhere'], {
      c: await councilStore(),
    });
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(
      /^partnerships: UnknownPartnership: no partnership partnership-nowhere .*'partnerships list'\n$/,
    );
  });
});
