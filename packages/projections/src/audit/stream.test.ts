import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { foldRecorded } from '../projection';
import { rebuiltState } from '../testing/rebuilt';
import { testEventId } from '@council-partnerships/testing';
import { countyDurham, recordSeeds, stockton } from '@council-partnerships/seeds';
import { auditTimelineProjection } from './projection';
import { AuditEntry } from './state';
import { streamAuditTimeline } from './stream';
import { auditSummaryProjection } from './summary';
import { activityByActor, auditTimeline } from './view';

const recorded = (async () => {
  const store = createInMemoryEventStore();
  await recordSeeds(store, [{ seed: stockton, range: { to: 'embedded' } }, countyDurham], {
    newEventId: testEventId,
  });
  return { store, state: await rebuiltState(store, auditTimelineProjection) };
})();

const streamed = async (query: Parameters<typeof streamAuditTimeline>[1], pageSize: number) => {
  const { store } = await recorded;
  const pages: AuditEntry[][] = [];
  const done = await streamAuditTimeline(store, query, (entries) => void pages.push(entries), { pageSize });
  if (done._tag === 'Left') throw new Error(done.left.message);
  expect(done.right.entries).toBe(pages.flat().length);
  return pages;
};

describe('the audit timeline read page by page', () => {
  it('hands over, page by page, exactly the entries the held timeline gives, in log order', async () => {
    const { state } = await recorded;
    for (const query of [
      {},
      { partnershipId: stockton.partnershipId },
      { backdatedOnly: true },
      { types: ['KpiReturnSubmitted', 'PerformanceReviewed'] },
    ]) {
      const pages = await streamed(query, 7);
      expect(pages.flat()).toEqual(auditTimeline(state, query));
      expect(pages.every((p) => p.length <= 7)).toBe(true);
    }
  });

  it('stops when asked', async () => {
    const pages = await streamed({}, 5);
    const { store } = await recorded;
    let calls = 0;
    const stopped = await streamAuditTimeline(store, {}, () => (++calls === 2 ? 'stop' : undefined), {
      pageSize: 5,
    });
    expect(calls).toBe(2);
    expect(stopped._tag === 'Right' && stopped.right.entries).toBe(pages[0]!.length + pages[1]!.length);
  });
});

describe('the audit summary', () => {
  it('counts what the timeline holds: per actor and role, per type, per partnership, backdated', async () => {
    const { store, state } = await recorded;
    const summary = await rebuiltState(store, auditSummaryProjection, { pageSize: 3 });
    const all = auditTimeline(state);
    expect(summary.entries).toBe(all.length);
    expect(summary.backdated).toBe(all.filter((e) => e.backdated).length);
    for (const actor of activityByActor(state)) {
      expect(summary.byActor[actor.actorId]?.entries).toBe(actor.entries);
      expect(Object.keys(summary.byActor[actor.actorId]?.roles ?? {}).sort()).toEqual(actor.roles);
    }
    for (const id of Object.keys(state.partnerships)) {
      expect(summary.byPartnership[id]?.entries).toBe(auditTimeline(state, { partnershipId: id }).length);
    }
    const types = Object.values(summary.byType).reduce((a, b) => a + b, 0);
    expect(types).toBe(all.length);
  });

  it('gives the same counts folded event by event with the pure reducer, and leaves handed-over states alone', async () => {
    const { store } = await recorded;
    const read = await store.readAll({ after: null, limit: 10_000 });
    if (read._tag === 'Left') throw new Error(read.left.message);
    const events = read.right.events;
    let pure = auditSummaryProjection.initial();
    for (const e of events) {
      const decoded = auditSummaryProjection.registry.decode(e);
      if (decoded._tag === 'Left') throw new Error(decoded.left.message);
      pure = auditSummaryProjection.apply(pure, { ...decoded.right, envelope: e });
    }
    const first = foldRecorded(auditSummaryProjection, auditSummaryProjection.initial(), events.slice(0, 10));
    if (first._tag === 'Left') throw new Error(first.left.message);
    const before = JSON.stringify(first.right.state);
    const rest = foldRecorded(auditSummaryProjection, first.right.state, events.slice(10));
    if (rest._tag === 'Left') throw new Error(rest.left.message);
    expect(JSON.stringify(first.right.state)).toBe(before);
    expect(rest.right.state).toEqual(pure);
  });
});
