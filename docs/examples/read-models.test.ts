import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteEventStore } from '@council-partnerships/adapters/sqlite';
import { businessDateOf, EventStore } from '@council-partnerships/domain';
import { command } from '@council-partnerships/testing';
import {
  contractRegister,
  contractValueProjection,
  OcdsRelease,
  performanceOf,
  performanceProjection,
  readAsOf,
  rebuildProjection,
} from '@council-partnerships/projections';
import {
  centralBedfordshire,
  createStoryClock,
  runDefinition,
  stockton,
  storyEventIds,
} from '@council-partnerships/examples/scenarios';
import { grants } from './grants-paid';
import { recordedLate } from './recorded-late';
import {
  inlineValue,
  performanceKeepingMore,
  publishReleases,
  rebuiltValue,
  registerWorker,
  stocktonAsAuditorsSawIt,
} from './read-models';

/** The projections README's snippets, on a SQLite file holding the Stockton and Central Bedfordshire stories. */
describe("the projections README's read models", () => {
  let dir: string;
  let store: EventStore;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'read-models-'));
    const clock = createStoryClock();
    const sqlite = createSqliteEventStore({ filename: join(dir, 'council.sqlite'), clock: clock.now });
    await sqlite.migrate();
    store = sqlite;
    const newEventId = storyEventIds(clock);
    for (const story of [stockton, centralBedfordshire]) {
      const result = await runDefinition(story, store, { clock, newEventId });
      expect(result.run.unexpected).toEqual([]);
    }
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a read model of the lean read: events recorded on a later day than they happened, counted from the log', async () => {
    expect(recordedLate.envelope).toBe('logged');
    const log = await store.readAll({ limit: 100_000 });
    if (log._tag === 'Left') throw new Error(log.left.message);
    const late = log.right.events.filter((e) => businessDateOf(e.recordedAt) > businessDateOf(e.occurredAt));
    const folded = await rebuildProjection(store, recordedLate, { pageSize: 100 });
    if (folded._tag === 'Left') throw new Error(folded.left.message);
    expect(late.length).toBeGreaterThan(0);
    expect(folded.right.state.recordedLate).toBe(late.length);
  });

  it('a projection of your own: grants paid add up the payable pence of every verified claim', async () => {
    const folded = await rebuildProjection(store, grants);
    if (folded._tag === 'Left') throw new Error(folded.left.message);
    expect(folded.right.state.paidPence).toBeGreaterThan(0);
    expect(Number.isSafeInteger(folded.right.state.paidPence)).toBe(true);
  });

  it('keeps 60 scorecards of each contract when asked to, where the default keeps 24', () => {
    const longHistory = performanceKeepingMore();
    // A name of its own: its snapshots are not taken for the default's, nor the default's for its.
    expect(longHistory.name).toBe('performance-keeping-60');
    expect(performanceProjection.name).toBe('performance');
  });

  it("rebuilds Central Bedfordshire's value: £15,074,000 at most after the MTFP savings", async () => {
    const worth = await rebuiltValue(store);
    if (worth._tag === 'Left') throw new Error(worth.left.message);
    expect(worth.right?.maximumValuePence).toBe(15_074_000_00);
  });

  it('inline: the read model holds a command the moment it is recorded, as a rebuild would', async () => {
    const conceive = command('ConceivePartnership', {
      partnershipId: 'hartlepool-family-hubs',
      title: 'Family hubs',
      serviceArea: "Children's services",
      leadCommissioner: { commissionerId: 'hartlepool', name: 'Hartlepool Borough Council' },
      conceivedOn: '2024-05-01',
    });
    const { handled, now } = await inlineValue(store, conceive);
    expect(handled._tag).toBe('Right');
    const rebuilt = await rebuildProjection(store, contractValueProjection);
    if (rebuilt._tag === 'Left') throw new Error(rebuilt.left.message);
    expect(now).toEqual(rebuilt.right.state);
  });

  it('asynchronous: the worker folds the log, saves its snapshot, and stops when told', async () => {
    const { worker, following } = await registerWorker(store, dir);
    if (following._tag === 'Left') throw new Error(following.left.message);
    await following.right.caughtUp;
    const stopped = await following.right.stop();
    expect(stopped._tag).toBe('Right');
    expect(contractRegister(worker.state(), { today: '2024-05-01' }).map((e) => e.partnershipId)).toEqual(
      expect.arrayContaining(['stockton-family-support', 'central-bedfordshire-cyp-support']),
    );
    expect(readdirSync(join(dir, 'read-models'))).toHaveLength(1);
  });

  it('as of: a return keyed in late is in the answer for 31 January 2023 now, not as recorded by 15 February', async () => {
    const februaryView = await stocktonAsAuditorsSawIt(store);
    const nowView = await readAsOf(
      store,
      performanceProjection,
      { businessDate: '2023-01-31' },
      (state, today) => performanceOf(state, 'stockton-family-support', { today }),
    );
    if (februaryView._tag === 'Left' || nowView._tag === 'Left') throw new Error('the log could not be read');
    const familyTime = (view: typeof februaryView.right) =>
      view?.contracts.find((c) => c.contractId === 'sbc-family-time')?.scorecards.map((s) => s.periodEnd);
    expect(familyTime(nowView.right)).toEqual(['2022-09-30', '2022-12-31']);
    expect(familyTime(februaryView.right)).toEqual(['2022-09-30']);
  });

  it('OCDS: publishes every release once, then only the new ones after the position it reached', async () => {
    const published: OcdsRelease[] = [];
    const reached = await publishReleases(store, (release) => published.push(release), 0);
    expect(published.length).toBeGreaterThan(5);
    expect(published.every((r) => r.ocid.startsWith('ocds-h6vhtk-'))).toBe(true);
    const again: OcdsRelease[] = [];
    expect(await publishReleases(store, (release) => again.push(release), reached)).toBe(reached);
    expect(again).toEqual([]);
  });
});
