import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { EventStore, PartnershipCommand } from '@council-partnerships/domain';
import { actors, command } from '@council-partnerships/testing';
import { createAsyncProjection } from '../async';
import { auditTimelineProjection } from '../audit/projection';
import { activityByActor, auditTimeline } from '../audit/view';
import { createJsonFileCheckpointStore } from '../checkpoint/jsonFile';
import { contractValueProjection } from '../contractValue/projection';
import { contractValueOf } from '../contractValue/view';
import { createInlineProjection } from '../inline';
import { performanceProjection } from '../performance/projection';
import { performanceOf } from '../performance/view';
import { Projection } from '../projection';
import { rebuildProjection } from '../rebuild';
import { registerProjection } from '../register/projection';
import { send } from '../testing/handler';
import { manualClock } from '../testing/sampleLedger';
import * as stories from '../testing/stories';
import { AsOf } from '../asOf';

const allStories = [
  ...stories.stocktonToLive,
  ...stories.centralBedfordshire,
  ...stories.stocktonEmbedded,
  ...stories.leicestershire,
  ...stories.durham,
  ...stories.stocktonExpansion,
];

const rebuilt = async <S, E extends { type: string; data: unknown }>(
  store: EventStore,
  projection: Projection<S, E>,
  asOf: AsOf = {},
) => {
  const folded = await rebuildProjection(store, projection, { asOf, pageSize: 17 });
  if (folded._tag === 'Left') throw new Error(folded.left.message);
  return folded.right.state;
};

describe('the read models over the whole lifecycle', () => {
  it('rebuilt from zero equal the live projections kept inline with every command', async () => {
    const store = createInMemoryEventStore();
    const live = {
      value: createInlineProjection(contractValueProjection),
      performance: createInlineProjection(performanceProjection),
      register: createInlineProjection(registerProjection),
      audit: createInlineProjection(auditTimelineProjection),
    };
    await send(store, allStories, (events) => {
      for (const projection of Object.values(live)) {
        const folded = projection.projectAppended(events);
        if (folded._tag === 'Left') throw new Error(folded.left.message);
      }
    });
    expect(await rebuilt(store, contractValueProjection)).toEqual(live.value.state());
    expect(await rebuilt(store, performanceProjection)).toEqual(live.performance.state());
    expect(await rebuilt(store, registerProjection)).toEqual(live.register.state());
    expect(await rebuilt(store, auditTimelineProjection)).toEqual(live.audit.state());
    expect(Object.keys(live.value.state().partnerships).sort()).toEqual(
      [stories.CENTRAL_BEDFORDSHIRE, stories.DURHAM, stories.LEICESTERSHIRE, stories.STOCKTON].sort(),
    );
  });

  it('resume asynchronously from the stored checkpoint after a restart, counting nothing twice', async () => {
    const store = createInMemoryEventStore();
    const checkpoints = createJsonFileCheckpointStore({
      directory: mkdtempSync(path.join(tmpdir(), 'read-models-')),
    });
    const worker = () =>
      createAsyncProjection({ store, projection: contractValueProjection, checkpoints, pageSize: 25 });

    await send(store, [...stories.stocktonToLive, ...stories.centralBedfordshire]);
    const first = await worker().catchUp();
    expect(first._tag).toBe('Right');

    await send(store, [...stories.stocktonEmbedded, ...stories.stocktonExpansion, ...stories.durham]);
    const restarted = worker();
    expect(await restarted.load()).toMatchObject({ right: { restored: true } });
    const resumed = await restarted.catchUp();
    if (resumed._tag === 'Left') throw new Error(resumed.left.message);
    expect(resumed.right.state).toEqual(await rebuilt(store, contractValueProjection));
    expect(
      contractValueOf(resumed.right.state, stories.STOCKTON, { today: '2023-07-01' })?.annualValuePence,
    ).toBe(280_000_000);
    expect(contractValueOf(resumed.right.state, stories.DURHAM)?.committedValuePence).toBe(5_700_000);
  });
});

describe('a late KPI return, bitemporally', () => {
  const FT = 'stockton-family-time';
  const P = stories.STOCKTON;
  const kpi: PartnershipCommand = command(
    'DefineKpi',
    {
      partnershipId: P,
      contractId: FT,
      kpiId: 'seen-within-10-days',
      name: 'Families seen within 10 working days',
      unit: 'basis points of referrals',
      target: 9000,
      direction: 'higher-is-better',
      tolerance: { greenWithinBps: 500, amberWithinBps: 1500 },
      frequency: 'quarterly',
      definedOn: '2022-04-01',
    },
    actors.contractManager,
  );
  const quarter = (
    returnId: string,
    periodStart: string,
    periodEnd: string,
    submittedOn: string,
    actual: number,
  ) =>
    command(
      'SubmitPerformanceReturn',
      {
        partnershipId: P,
        contractId: FT,
        returnId,
        periodStart,
        periodEnd,
        submittedOn,
        measures: [{ kpiId: 'seen-within-10-days', actual }],
      },
      actors.partner,
    );

  const history = async () => {
    const time = manualClock('2022-02-01T12:00:00Z');
    const store = createInMemoryEventStore({ clock: time.clock });
    await send(store, [...stories.stocktonToLive, kpi]);
    time.set('2022-07-08T12:00:00Z');
    await send(store, [quarter('q1', '2022-04-01', '2022-06-30', '2022-07-08', 8200)]);
    time.set('2022-10-07T12:00:00Z');
    await send(store, [quarter('q2', '2022-07-01', '2022-09-30', '2022-10-07', 9100)]);
    // Submitted on time in January, but keyed into the system only in May.
    time.set('2023-05-10T12:00:00Z');
    await send(store, [quarter('q3', '2022-10-01', '2022-12-31', '2023-01-12', 8000)]);
    return store;
  };

  const scorecards = async (store: EventStore, asOf: AsOf) =>
    performanceOf(await rebuilt(store, performanceProjection, asOf), P)
      ?.contracts.find((c) => c.contractId === FT)
      ?.scorecards.map((s) => [s.periodEnd, s.overallRag]);

  it('changes what was true at the end of January, but not what an auditor saw in April', async () => {
    const store = await history();
    expect(await scorecards(store, { businessDate: '2023-01-31' })).toEqual([
      ['2022-06-30', 'amber'],
      ['2022-09-30', 'green'],
      ['2022-12-31', 'amber'],
    ]);
    expect(
      await scorecards(store, { businessDate: '2023-01-31', recordedBy: '2023-04-30T23:59:59+01:00' }),
    ).toEqual([
      ['2022-06-30', 'amber'],
      ['2022-09-30', 'green'],
    ]);
    expect(await scorecards(store, { businessDate: '2022-12-31' })).toEqual([
      ['2022-06-30', 'amber'],
      ['2022-09-30', 'green'],
    ]);
  });

  it('shows the auditor who recorded it, in what role, when it happened and when it was recorded', async () => {
    const store = await history();
    const audit = await rebuilt(store, auditTimelineProjection);
    const late = auditTimeline(audit, {
      partnershipId: P,
      types: ['PerformanceReturnSubmitted'],
      backdatedOnly: true,
    });
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({
      type: 'PerformanceReturnSubmitted',
      actor: { id: 'partner-ivy', role: 'partner' },
      businessDate: '2023-01-12',
      recordedAt: '2023-05-10T12:00:00.000Z',
      summary: 'Performance return submitted (contract stockton-family-time, return q3)',
    });
    expect(late[0]?.commandId).toMatch(/^cmd-SubmitPerformanceReturn-/);
    expect(late[0]?.correlationId).toBe(late[0]?.commandId);
    const everyone = activityByActor(audit, { partnershipId: P });
    expect(everyone.find((a) => a.actorId === 'cabinet-gus')).toMatchObject({
      roles: ['executive'],
      entries: 2,
    });
    const inBusinessOrder = auditTimeline(audit, { partnershipId: P, order: 'occurred' }).map((e) => e.type);
    expect(inBusinessOrder.slice(-2)).toEqual(['PerformanceReturnSubmitted', 'PerformanceReturnSubmitted']);
  });
});
