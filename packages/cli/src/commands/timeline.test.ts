import { sampleEvent } from '@council-partnerships/testing';
import { run, storeWith } from '../testing/cli';
import { parseJson } from '../testing/json';
import { Timeline } from '../testing/outputs';

const council = () =>
  storeWith({
    'partnership-stockton': [
      sampleEvent({
        type: 'PartnershipConceived',
        occurredAt: '2021-06-01T09:00:00.000+01:00',
        actor: { id: 'jb', role: 'commissioning-officer', name: 'J. Bloggs' },
      }),
      sampleEvent({ type: 'MarketEngagementEventHeld', occurredAt: '2021-08-17T10:00:00.000+01:00' }),
    ],
    'partnership-durham': [
      sampleEvent({ type: 'PartnershipConceived', occurredAt: '2011-10-01T09:00:00.000+01:00' }),
    ],
  });

describe('partnerships timeline', () => {
  it('lists every event in the order it was recorded, with business and system time and the actor', async () => {
    const ran = await run(['timeline', '--store', 'memory:c'], { c: await council() });
    expect(ran.code).toBe(0);
    const lines = ran.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^recorded at\s+occurred at\s+stream\s+version\s+event\s+actor\s+what$/);
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(
      /^2024-04-01T08:00:00.000Z {2}2021-06-01T09:00:00.000\+01:00 {2}partnership-stockton\s+1 {2}PartnershipConceived\s+J\. Bloggs \(commissioning-officer\)/,
    );
    expect(lines[4]).toMatch(/partnership-durham\s+1 {2}PartnershipConceived/);
  });

  it('given stdout is a pipe, then no cell is cut: the actor and what happened are whole', async () => {
    const actor = {
      id: 'officer-ada',
      role: 'commissioning-officer',
      name: 'Ada Lovelace',
      organisation: "Stockton-on-Tees Borough Council, Children's Services",
    };
    const store = await storeWith({
      'partnership-stockton': [sampleEvent({ type: 'PartnershipConceived', actor })],
    });
    const ran = await run(['timeline', '--store', 'memory:c'], { c: store });
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(
      "Ada Lovelace (commissioning-officer, Stockton-on-Tees Borough Council, Children's Services)",
    );
    expect(ran.stdout).not.toContain('…');
  });

  it('given a terminal width (COLUMNS), then the actor is cut to fit, with an ellipsis', async () => {
    const actor = { id: 'officer-ada', role: 'commissioning-officer', organisation: 'Stockton-on-Tees' };
    const store = await storeWith({
      'partnership-stockton': [sampleEvent({ type: 'PartnershipConceived', actor })],
    });
    const ran = await run(['timeline', '--store', 'memory:c'], { c: store }, { env: { COLUMNS: '120' } });
    expect(ran.code).toBe(0);
    for (const line of ran.stdout.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(120);
    expect(ran.stdout).toMatch(/ {2}offic\S*…/);
  });

  it('lists one partnership with --partnership, as JSON with --json', async () => {
    const ran = await run(['timeline', '--store', 'memory:c', '--partnership', 'stockton', '--json'], {
      c: await council(),
    });
    expect(ran.code).toBe(0);
    const entries = parseJson(Timeline, ran.stdout);
    expect(entries.map((e) => [e.type, e.streamVersion])).toEqual([
      ['PartnershipConceived', 1],
      ['MarketEngagementEventHeld', 2],
    ]);
    expect(entries[1]).toMatchObject({
      streamId: 'partnership-stockton',
      occurredAt: '2021-08-17T10:00:00.000+01:00',
      recordedAt: '2024-04-01T08:00:00.000Z',
    });
  });

  it('given an unknown partnership, then one line says so and it exits 2', async () => {
    const ran = await run(['timeline', '--store', 'memory:c', '--partnership', 'nowhere'], {
      c: await council(),
    });
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(
      /^partnerships: UnknownPartnership: no partnership nowhere is recorded in this store/,
    );
  });

  it('given a corrupt row, then one line names it and it exits 2', async () => {
    const store = await council();
    store.tamperWithRow('partnership-durham', 1, () => '{"not":"an event"}');
    const ran = await run(['timeline', '--store', 'memory:c'], { c: store });
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(
      /^partnerships: CorruptEvent: event .* at partnership-durham version 1 cannot be read/,
    );
  });
});

describe('partnerships timeline of partnership events', () => {
  it('says what each partnership event was, in words', async () => {
    const { councilStore } = await import('../testing/councilStore');
    const ran = await run(
      ['timeline', '--store', 'memory:c', '--partnership', 'stockton-family-support', '--json'],
      {
        c: await councilStore(),
      },
    );
    expect(ran.code).toBe(0);
    const [first] = parseJson(Timeline, ran.stdout);
    expect(first).toMatchObject({ type: 'PartnershipConceived', streamVersion: 1 });
    expect(first?.summary).toMatch(/\S/);
    expect(first?.summary).not.toMatch(/unreadable/);
  });
});
