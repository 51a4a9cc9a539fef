import * as fc from 'fast-check';
import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { EventStore, PartnershipEvent } from '@council-partnerships/domain';
import { appendFacts, serviceContract } from '../testing/partnershipLog';
import { rebuildProjection } from '../rebuild';
import { AsOf } from '../asOf';
import { summarise } from '../audit/describe';
import { contractValueOf } from '../contractValue/view';
import { registerProjection } from './projection';
import { contractRegister } from './view';

const P = 'corrected-dates';
const officer = { id: 'officer-fin', role: 'legal-officer' };
// Keyed as five years from 1 September 2019; the contract says 1 September 2020.
const lot = serviceContract(P, 'lot-1', {
  title: 'Locality 1',
  signedOn: '2019-06-03',
  startsOn: '2019-09-01',
  endsOn: '2024-08-31',
  maximumTermMonths: 60,
  annualValuePence: 30_400_000,
  initialTermValuePence: 152_000_000,
  maximumValuePence: 152_000_000,
});
const live: PartnershipEvent = {
  type: 'ServiceWentLive',
  data: {
    partnershipId: P,
    contractId: 'lot-1',
    liveOn: '2020-09-01',
    kpiCount: 0,
    nextKpiAssessmentDueBy: null,
  },
};
const correction: PartnershipEvent = {
  type: 'ContractDatesCorrected',
  data: {
    partnershipId: P,
    contractId: 'lot-1',
    correctionId: 'fix-lot-1-dates',
    correctedOn: '2024-10-01',
    reason: 'the start was keyed a year early; the contract says 1 September 2020',
    correctedBy: officer,
    previousStartsOn: '2019-09-01',
    previousEndsOn: '2024-08-31',
    startsOn: '2020-09-01',
    endsOn: '2025-08-31',
  },
};

/** The signing and go-live recorded on 1 October 2020; the correction on 1 October 2024. */
const recorded = async (events: readonly PartnershipEvent[]): Promise<EventStore> => {
  let now = new Date('2020-10-01T09:00:00Z');
  const store = createInMemoryEventStore({ clock: () => now });
  await appendFacts(
    store,
    events.filter((e) => e !== correction),
  );
  if (events.includes(correction)) {
    now = new Date('2024-10-01T09:00:00Z');
    await appendFacts(store, [correction], { occurredAt: '2024-10-01T10:00:00.000+01:00' });
  }
  return store;
};

const registerAsOf = async (store: EventStore, asOf: AsOf, today: string) => {
  const folded = await rebuildProjection(store, registerProjection, { asOf });
  if (folded._tag === 'Left') throw new Error(folded.left.message);
  const [entry] = contractRegister(folded.right.state, { today });
  if (entry === undefined) throw new Error('no register entry');
  return { entry, value: contractValueOf(folded.right.state.value, P, { today }) };
};

describe('a contract whose dates were entered wrongly and corrected', () => {
  it('given the start corrected a year later, when read in June 2025, then it is live to its corrected end', async () => {
    const store = await recorded([lot, live, correction]);
    const { entry, value } = await registerAsOf(store, {}, '2025-06-01');
    expect(entry.contracts[0]).toMatchObject({ phase: 'live', startsOn: '2020-09-01', endsOn: '2025-08-31' });
    expect(entry.deadlines.filter((d) => d.overdue)).toEqual([]);
    expect(value?.annualValuePence).toBe(30_400_000);
  });

  it('given the correction, when read after the corrected end, then it has ended (expiry not recorded) and the record is overdue', async () => {
    const store = await recorded([lot, live, correction]);
    const { entry } = await registerAsOf(store, {}, '2026-01-01');
    expect(entry.contracts[0]?.phase).toBe('ended-expiry-not-recorded');
    expect(entry.deadlines).toMatchObject([{ kind: 'expiry', dueOn: '2025-08-31', overdue: true }]);
  });

  it('as recorded before the correction, shows what was known then: ended on the date first entered', async () => {
    const store = await recorded([lot, live, correction]);
    const { entry } = await registerAsOf(store, { recordedBy: '2024-09-30T23:59:59Z' }, '2025-06-01');
    expect(entry.contracts[0]).toMatchObject({ phase: 'ended-expiry-not-recorded', endsOn: '2024-08-31' });
    expect(entry.deadlines).toMatchObject([{ kind: 'expiry', dueOn: '2024-08-31', overdue: true }]);
  });

  it('is shown in the audit timeline as a correction: the dates before and after, who and why', () => {
    expect(summarise(correction)).toBe(
      'Contract dates corrected (contract lot-1): correction fix-lot-1-dates by officer-fin: ' +
        '2019-09-01 to 2024-08-31 corrected to 2020-09-01 to 2025-08-31; ' +
        'the start was keyed a year early; the contract says 1 September 2020',
    );
  });

  it('never changes what was known before it was recorded, read on any day', async () => {
    const withCorrection = await recorded([lot, live, correction]);
    const without = await recorded([lot, live]);
    const anyDay = fc.integer({ min: 0, max: 9 * 366 }).map((days) => {
      const date = new Date(Date.UTC(2019, 0, 1 + days));
      return date.toISOString().slice(0, 10);
    });
    const anyRecordedBy = fc
      .integer({ min: 0, max: 4 * 365 - 1 })
      .map((days) => new Date(Date.UTC(2020, 9, 1 + days, 12)).toISOString());
    await fc.assert(
      fc.asyncProperty(anyDay, anyRecordedBy, async (today, recordedBy) => {
        // Before 1 October 2024, nothing of the correction was known.
        const known = await registerAsOf(withCorrection, { recordedBy }, today);
        const before = await registerAsOf(without, { recordedBy }, today);
        expect(known).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });
});
