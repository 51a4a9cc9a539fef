import { sampleEvent } from '@council-partnerships/testing';
import { councilStore, lateReviewsRecordedAt } from '../testing/councilStore';
import { councilStores, expectRefusedInOneLine, run, storeWith } from '../testing/cli';
import { parseJson } from '../testing/json';
import { Timeline } from '../testing/outputs';

const timeline = async (args: readonly string[], stores: Parameters<typeof run>[1]) => {
  const ran = await run(['timeline', '--store', 'memory:c', '--json', ...args], stores);
  expect(ran.stderr).toBe('');
  expect(ran.code).toBe(0);
  return parseJson(Timeline, ran.stdout);
};

const STOCKTON = 'stockton-family-support';

describe('partnerships timeline filters', () => {
  const stores = councilStores();
  const runTimeline = (...args: string[]) => run(['timeline', '--store', 'memory:c', ...args], stores);

  it('--type keeps only those event types (repeated or comma-separated)', async () => {
    const entries = await timeline(
      ['--type', 'PerformanceReviewed,ServiceWentLive', '--type', 'PartnershipConceived'],
      stores,
    );
    expect(new Set(entries.map((e) => e.type))).toEqual(
      new Set(['PerformanceReviewed', 'ServiceWentLive', 'PartnershipConceived']),
    );
  });

  it('--from and --to keep events that happened within those business dates, inclusive', async () => {
    const entries = await timeline(['--from', '2022-07-01', '--to', '2022-07-01'], stores);
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(e.occurredAt.slice(0, 10)).toBe('2022-07-01');
  });

  it('--backdated keeps events recorded on a later day than they happened, and --recorded-from/--recorded-to bound the recording', async () => {
    const late = await timeline(['--backdated', '--partnership', STOCKTON], stores);
    expect(late.length).toBeGreaterThan(0);
    for (const e of late) {
      expect(e.backdated).toBe(true);
      expect(e.recordedAt.slice(0, 10) > e.occurredAt.slice(0, 10)).toBe(true);
    }
    // The year-one reviews, entered together on 1 September 2023 (a millisecond apart).
    const until = new Date(Date.parse(lateReviewsRecordedAt) + 1000).toISOString();
    const recorded = await timeline(
      [
        '--partnership',
        'stockton-family-support',
        '--recorded-from',
        lateReviewsRecordedAt,
        '--recorded-to',
        until,
      ],
      stores,
    );
    expect(recorded.length).toBeGreaterThan(0);
    const entered = (e: { recordedAt: string }) =>
      e.recordedAt >= lateReviewsRecordedAt && e.recordedAt <= until;
    for (const e of recorded) expect(entered(e)).toBe(true);
    const lateOnes = late.filter(entered);
    expect(recorded.map((e) => e.streamVersion)).toEqual(lateOnes.map((e) => e.streamVersion));
  });

  it('--actor, --role and --contract narrow to who recorded it and what it is about', async () => {
    const all = await timeline([], stores);
    const someone = all.find((e) => e.type === 'PerformanceReviewed')!.actor;
    const byActor = await timeline(['--actor', someone.id], stores);
    expect(byActor.length).toBeGreaterThan(0);
    expect(byActor.every((e) => e.actor.id === someone.id)).toBe(true);
    const byRole = await timeline(['--role', someone.role], stores);
    expect(byRole.every((e) => e.actor.role === someone.role)).toBe(true);
    const live = all.filter((e) => e.type === 'ServiceWentLive');
    const contracted = await timeline(['--contract', 'sbc-family-time', '--type', 'ServiceWentLive'], stores);
    expect(contracted).toHaveLength(1);
    expect(live.length).toBeGreaterThan(1);
  });

  it('--corrections keeps only events that name an event they correct', async () => {
    const store = await storeWith({
      'partnership-stockton': [
        sampleEvent({ type: 'PerformanceReturnSubmitted' }),
        sampleEvent({ type: 'PerformanceReturnSubmitted', data: { correctsEventId: 'e-1', note: 'typo' } }),
        sampleEvent({ type: 'ExpenditureClaimed', data: { corrects: 'e-2' } }),
      ],
    });
    const entries = await timeline(['--corrections'], { c: store });
    expect(entries.map((e) => e.type)).toEqual(['PerformanceReturnSubmitted', 'ExpenditureClaimed']);
    expect(entries.every((e) => e.correction)).toBe(true);
    expect(await timeline(['--corrections'], stores)).toEqual([]);
  });

  it('given a correction of a type this release does not read, then it is named and left out only with --skip-unknown', async () => {
    const store = await storeWith({
      'partnership-stockton': [
        sampleEvent({ type: 'PerformanceReturnSubmitted' }),
        sampleEvent({ type: 'PerformanceReturnWithdrawn', data: { correctsEventId: 'e-1' } }),
      ],
    });
    const refused = await run(['timeline', '--store', 'memory:c', '--corrections'], { c: store });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(
      /^partnerships: UnknownEventType: the history holds 1 event of types this release does not read: PerformanceReturnWithdrawn \(1; first in stream partnership-stockton at version 2, event /,
    );
    const skipped = await run(['timeline', '--store', 'memory:c', '--json', '--skip-unknown'], { c: store });
    expect(skipped.code).toBe(0);
    expect(parseJson(Timeline, skipped.stdout).map((e) => e.type)).toEqual(['PerformanceReturnSubmitted']);
    expect(skipped.stderr).toMatch(/^partnerships: warning: left out 1 event of types/);
  });

  it('--format csv writes RFC 4180 rows with a header, one per event', async () => {
    const ran = await runTimeline(
      '--format',
      'csv',
      '--partnership',
      STOCKTON,
      '--type',
      'PartnershipConceived',
    );
    expect(ran.code).toBe(0);
    const rows = ran.stdout.split('\r\n');
    expect(rows[0]).toBe(
      'global position,recorded at,occurred at,stream,version,event,actor id,actor name,role,organisation,what,backdated,correction,event id,command id,correlation id,causation id',
    );
    expect(rows[1]).toMatch(/^1,[^,]+,[^,]+,partnership-stockton-family-support,1,PartnershipConceived,/);
    expect(rows[2]).toBe('');
  });

  it.each([
    [['--from', '2022-13-01'], /--from must be a business date written YYYY-MM-DD/],
    [['--to', 'tomorrow'], /--to must be a business date written YYYY-MM-DD/],
    [['--from', '2023-01-02', '--to', '2023-01-01'], /--from 2023-01-02 is after --to 2023-01-01/],
    [['--recorded-from', 'soon'], /--recorded-from must be a date written YYYY-MM-DD or an ISO 8601 time/],
    [['--format', 'xml'], /UsageError: option '--format <format>' argument 'xml' is invalid/],
    [['--colour'], /UsageError: unknown option '--colour'/],
  ])('given %j, then one line says what is wrong and it exits 2', async (args, message) => {
    const ran = await runTimeline(...args);
    expectRefusedInOneLine(ran, message);
  });
});

describe('partnerships timeline on a narrow terminal', () => {
  it('fits every line to the terminal, and --wide draws it all', async () => {
    const stores = { c: await councilStore() };
    const narrow = await run(['timeline', '--store', 'memory:c'], stores, { env: { COLUMNS: '100' } });
    expect(narrow.code).toBe(0);
    const lines = narrow.stdout.trimEnd().split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(lines[2]).toMatch(/…/);
    const wide = await run(['timeline', '--store', 'memory:c', '--wide'], stores, {
      env: { COLUMNS: '100' },
    });
    expect(Math.max(...wide.stdout.split('\n').map((l) => l.length))).toBeGreaterThan(100);
    expect(wide.stdout).not.toMatch(/…/);
  });
});
