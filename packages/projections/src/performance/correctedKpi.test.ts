import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { EventStore } from '@council-partnerships/domain';
import { AsOf } from '../asOf';
import { summarise } from '../audit/describe';
import { rebuildProjection } from '../rebuild';
import { appendFacts, kpiDefined, kpiDefinitionCorrected, serviceContract } from '../testing/partnershipLog';
import { manualClock } from '../testing/sampleLedger';
import { performanceProjection } from './projection';
import { performanceOf } from './view';

const P = 'corrected-kpi';
const kpi = 'seen-within-10-days';
const bands = {
  direction: 'higher-is-better' as const,
  tolerance: { greenWithinBps: 500, amberWithinBps: 1500 },
};
// Keyed as 8% for the specification's 80%.
const defined = kpiDefined(P, 'family-time', kpi, { name: 'Seen within 10 days', target: 800 });
const corrected = kpiDefinitionCorrected(P, 'family-time', kpi, {
  correctionId: 'fix-target',
  correctedOn: '2022-05-10',
  reason: 'the specification sets 80%; 8% was keyed',
  previous: { target: 800, ...bands },
  corrected: { target: 8000, ...bands },
});

/** A later correction of what the KPI measures: it was first keyed with the wrong name, unit and reporting. */
const renamed = kpiDefinitionCorrected(P, 'family-time', kpi, {
  correctionId: 'fix-name',
  correctedOn: '2022-06-01',
  reason: 'the specification measures working days, as a percentage, reported monthly',
  previous: { name: 'Seen within 10 days', unit: 'bps', frequency: 'quarterly', target: 8000, ...bands },
  corrected: {
    name: 'Seen within 10 working days',
    unit: 'percent (bps)',
    frequency: 'monthly',
    target: 8000,
    ...bands,
  },
});

const recorded = async (): Promise<EventStore> => {
  const time = manualClock('2022-04-01T09:00:00Z');
  const store = createInMemoryEventStore({ clock: time.clock });
  await appendFacts(store, [
    serviceContract(P, 'family-time', { startsOn: '2022-04-01', kpisRequired: true }),
    defined,
  ]);
  time.set('2022-05-10T09:00:00Z');
  await appendFacts(store, [corrected], { occurredAt: '2022-05-10T10:00:00.000+01:00' });
  time.set('2022-06-01T09:00:00Z');
  await appendFacts(store, [renamed], { occurredAt: '2022-06-01T10:00:00.000+01:00' });
  return store;
};

const trendsAsOf = async (store: EventStore, asOf: AsOf) => {
  const folded = await rebuildProjection(store, performanceProjection, { asOf });
  if (folded._tag === 'Left') throw new Error(folded.left.message);
  return performanceOf(folded.right.state, P)?.contracts[0]?.trends ?? [];
};
const targetAsOf = async (store: EventStore, asOf: AsOf) =>
  (await trendsAsOf(store, asOf)).map((t) => [t.kpiId, t.target]);
const measuredAsOf = async (store: EventStore, asOf: AsOf) =>
  (await trendsAsOf(store, asOf)).map((t) => [t.name, t.unit, t.frequency]);

describe('a KPI defined wrongly and corrected', () => {
  it('shows the corrected target now, and the target first keyed to an auditor asking what was known before', async () => {
    const store = await recorded();
    expect(await targetAsOf(store, {})).toEqual([['seen-within-10-days', 8000]]);
    expect(await targetAsOf(store, { recordedBy: '2022-05-01T00:00:00Z' })).toEqual([
      ['seen-within-10-days', 800],
    ]);
  });

  it('shows what the KPI measures as corrected now, and as first keyed to an auditor asking what was known before', async () => {
    const store = await recorded();
    expect(await measuredAsOf(store, {})).toEqual([
      ['Seen within 10 working days', 'percent (bps)', 'monthly'],
    ]);
    // After the target's correction but before the name's: the target corrected, the name as keyed.
    const between = { recordedBy: '2022-05-20T00:00:00Z' };
    expect(await measuredAsOf(store, between)).toEqual([['Seen within 10 days', 'bps', 'quarterly']]);
    expect(await targetAsOf(store, between)).toEqual([['seen-within-10-days', 8000]]);
  });

  it('shows a name, unit and reporting correction in the audit timeline, each with what it was', () => {
    expect(summarise(renamed)).toBe(
      'Kpi definition corrected (contract family-time, kpi seen-within-10-days): correction fix-name by cm-1: ' +
        'name Seen within 10 days corrected to Seen within 10 working days, unit bps corrected to percent (bps), ' +
        'reporting quarterly corrected to monthly; the specification measures working days, as a percentage, reported monthly',
    );
  });

  it('is shown in the audit timeline as a correction, naming what changed, who and why', () => {
    expect(summarise(corrected)).toBe(
      'Kpi definition corrected (contract family-time, kpi seen-within-10-days): correction fix-target by cm-1: ' +
        'target 800 corrected to 8000; the specification sets 80%; 8% was keyed',
    );
  });
});
