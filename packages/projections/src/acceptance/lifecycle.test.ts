import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { EventStore } from '@council-partnerships/domain';
import { testEventId } from '@council-partnerships/testing';
import {
  centralBedfordshire,
  countyDurham,
  countyDurhamStated,
  createStoryClock,
  recordSeeds,
  seeds,
  stockton,
  stocktonStated,
  stocktonTold,
} from '@council-partnerships/seeds';
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
import { rebuiltState } from '../testing/rebuilt';
import { registerProjection } from '../register/projection';
import { AsOf } from '../asOf';

/** Rebuilt in small pages, so every read model is folded across page boundaries too. */
const rebuilt = <S, E extends { type: string; data: unknown }>(
  store: EventStore,
  projection: Projection<S, E>,
  asOf: AsOf = {},
) => rebuiltState(store, projection, { asOf, pageSize: 17 });

describe('the read models over the whole lifecycle', () => {
  it('rebuilt from zero equal the live projections kept inline with every command', async () => {
    const store = createInMemoryEventStore();
    const live = {
      value: createInlineProjection(contractValueProjection),
      performance: createInlineProjection(performanceProjection),
      register: createInlineProjection(registerProjection),
      audit: createInlineProjection(auditTimelineProjection),
    };
    await recordSeeds(store, seeds, {
      newEventId: testEventId,
      onRecorded: (events) => {
        for (const projection of Object.values(live)) {
          const folded = projection.projectAppended(events);
          if (folded._tag === 'Left') throw new Error(folded.left.message);
        }
      },
    });
    expect(await rebuilt(store, contractValueProjection)).toEqual(live.value.state());
    expect(await rebuilt(store, performanceProjection)).toEqual(live.performance.state());
    expect(await rebuilt(store, registerProjection)).toEqual(live.register.state());
    expect(await rebuilt(store, auditTimelineProjection)).toEqual(live.audit.state());
    expect(Object.keys(live.value.state().partnerships).sort()).toEqual(
      seeds.map((seed) => seed.partnershipId).sort(),
    );
  });

  it('resume asynchronously from the stored checkpoint after a restart, counting nothing twice', async () => {
    const store = createInMemoryEventStore();
    const checkpoints = createJsonFileCheckpointStore({
      directory: mkdtempSync(path.join(tmpdir(), 'read-models-')),
    });
    const worker = () =>
      createAsyncProjection({ store, projection: contractValueProjection, checkpoints, pageSize: 25 });

    const options = { newEventId: testEventId };
    await recordSeeds(store, [{ seed: stockton, range: { to: 'embedded' } }, centralBedfordshire], options);
    const first = await worker().catchUp();
    expect(first._tag).toBe('Right');

    await recordSeeds(store, [{ seed: stockton, range: { from: 'embedded' } }, countyDurham], options);
    const restarted = worker();
    expect(await restarted.load()).toMatchObject({ right: { restored: true } });
    const resumed = await restarted.catchUp();
    if (resumed._tag === 'Left') throw new Error(resumed.left.message);
    expect(resumed.right.state).toEqual(await rebuilt(store, contractValueProjection));
    const today = { today: stocktonTold.expansionsStart };
    expect(contractValueOf(resumed.right.state, stockton.partnershipId, today)?.annualValuePence).toBe(
      stocktonStated.potentialAnnualValuePence.value,
    );
    const durham = countyDurhamStated;
    expect(contractValueOf(resumed.right.state, countyDurham.partnershipId)?.committedValuePence).toBe(
      durham.firstContractInitialPence.value + durham.extensionPence.value + durham.secondContractPence.value,
    );
  });
});

/**
 * Stockton's family time return for October to December 2022 was submitted on 10 January 2023 but
 * typed in only on 20 February 2023: the story clock records each step when the seed says it was.
 */
describe('a late KPI return, bitemporally', () => {
  const P = stockton.partnershipId;
  const FT = 'sbc-family-time';

  const history = (async () => {
    const clock = createStoryClock();
    const store = createInMemoryEventStore({ clock: clock.now });
    await recordSeeds(store, [{ seed: stockton, range: { to: 'embedded' } }], {
      newEventId: testEventId,
      clock,
    });
    return store;
  })();

  const scorecards = async (asOf: AsOf) =>
    performanceOf(await rebuilt(await history, performanceProjection, asOf), P)
      ?.contracts.find((c) => c.contractId === FT)
      ?.scorecards.map((s) => s.periodEnd);

  it('changes what was true at the end of January, but not what an auditor saw before 20 February', async () => {
    expect(await scorecards({ businessDate: '2023-01-31' })).toEqual(['2022-09-30', '2022-12-31']);
    expect(await scorecards({ businessDate: '2023-01-31', recordedBy: '2023-02-19T23:59:59Z' })).toEqual([
      '2022-09-30',
    ]);
    expect(await scorecards({ businessDate: '2022-12-31' })).toEqual(['2022-09-30']);
  });

  it('shows the auditor who recorded it, in what role, when it happened and when it was recorded', async () => {
    const audit = await rebuilt(await history, auditTimelineProjection);
    const late = auditTimeline(audit, {
      partnershipId: P,
      types: ['PerformanceReturnSubmitted'],
      backdatedOnly: true,
    });
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({
      type: 'PerformanceReturnSubmitted',
      actor: { id: 'stockton-partner-manager', role: 'partner' },
      businessDate: '2023-01-10',
      summary: `Performance return submitted (contract ${FT}, return ${FT}-return-2022-10-01)`,
    });
    // Typed in at 10:00 on 20 February (GMT), the story clock a millisecond on for each append.
    expect(late[0]?.recordedAt).toMatch(/^2023-02-20T10:00:00\.\d{3}Z$/);
    expect(late[0]?.commandId).toMatch(/\/SubmitPerformanceReturn$/);
    expect(late[0]?.correlationId).toBe(late[0]?.commandId);
    const everyone = activityByActor(audit, { partnershipId: P });
    expect(everyone.find((a) => a.actorId === 'stockton-democratic-services')).toMatchObject({
      roles: ['democratic-services'],
      entries: 2,
    });
    const dates = (order: 'occurred' | 'recorded') =>
      auditTimeline(audit, { partnershipId: P, order }).map((e) => e.businessDate);
    expect(dates('occurred')).toEqual([...dates('occurred')].sort());
    expect(dates('recorded')).not.toEqual([...dates('recorded')].sort());
  });
});
