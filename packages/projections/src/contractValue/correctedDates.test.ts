import * as fc from 'fast-check';
import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { EventStore, PartnershipEvent, proRata } from '@council-partnerships/domain';
import { AsOf } from '../asOf';
import { lastDayOfTerm, plusDays, plusMonths } from '../dates';
import { appendFacts, serviceContract } from '../testing/partnershipLog';
import { manualClock } from '../testing/sampleLedger';
import { rebuiltState } from '../testing/rebuilt';
import { contractValueProjection } from './projection';
import { monthsFromTo } from './schedule';
import { contractValueOf } from './view';

const P = 'corrected-term';
const pounds = (n: number) => n * 100;
const ANNUAL = pounds(1_200_000);

/**
 * Keyed as three years from 1 July 2025 at £1.2m a year (£3.6m), with a one-year option worth £1.2m.
 * `initialTermValuePence` is given for a contract priced as a lump sum for its initial term.
 */
const signed = (initialTermValuePence = pounds(3_600_000)): PartnershipEvent =>
  serviceContract(P, 'family-support', {
    signedOn: '2025-06-13',
    startsOn: '2025-07-01',
    initialTerm: { years: 3, months: 0 },
    endsOn: '2028-06-30',
    maximumTermMonths: 48,
    extensionOptions: [
      { lengthMonths: 12, annualValuePence: null, valuePence: ANNUAL, noticeMonths: null, modules: [] },
    ],
    annualValuePence: ANNUAL,
    initialTermValuePence,
    maximumValuePence: initialTermValuePence + ANNUAL,
  });

interface Dates {
  readonly startsOn: string;
  readonly endsOn: string;
}

const correction = (n: number, previous: Dates, corrected: Dates): PartnershipEvent => ({
  type: 'ContractDatesCorrected',
  data: {
    partnershipId: P,
    contractId: 'family-support',
    correctionId: `fix-dates-${n}`,
    correctedOn: '2025-07-20',
    reason: 'the dates keyed are not those the contract gives',
    correctedBy: { id: 'legal-1', role: 'legal' },
    previousStartsOn: previous.startsOn,
    previousEndsOn: previous.endsOn,
    ...corrected,
  },
});

const KEYED: Dates = { startsOn: '2025-07-01', endsOn: '2028-06-30' };

/** The signing recorded on 13 June 2025, then each correction a day apart from 20 July 2025. */
const recorded = async (events: readonly PartnershipEvent[]): Promise<EventStore> => {
  const time = manualClock('2025-06-13T09:00:00Z');
  const store = createInMemoryEventStore({ clock: time.clock });
  for (const [i, event] of events.entries()) {
    if (i > 0) time.set(`${plusDays('2025-07-20', i - 1)}T09:00:00Z`);
    await appendFacts(store, [event], { occurredAt: '2025-06-13T10:00:00.000+01:00' });
  }
  return store;
};

const valueOf = async (store: EventStore, options: { asOf?: AsOf; today?: string } = {}) => {
  const state = await rebuiltState(store, contractValueProjection, { asOf: options.asOf ?? {} });
  const value = contractValueOf(state, P, { today: options.today ?? '2026-01-01' });
  if (value === null) throw new Error(`no partnership ${P}`);
  return value;
};

describe('a contract whose dates were corrected is valued over its corrected term', () => {
  it('given a term priced from its annual value, when its end is corrected three months earlier, then its committed and whole-life values are three months smaller', async () => {
    const store = await recorded([signed(), correction(1, KEYED, { ...KEYED, endsOn: '2028-03-31' })]);
    const value = await valueOf(store);
    // 33 months at £1.2m a year: £3.3m; with the option's £1.2m, £4.5m over 45 months.
    expect(value).toMatchObject({
      initialTermValuePence: pounds(3_300_000),
      committedValuePence: pounds(3_300_000),
      maximumValuePence: pounds(4_500_000),
    });
    expect(value.contracts[0]).toMatchObject({
      endsOn: '2028-03-31',
      maximumEndsOn: '2029-03-31',
      recordedMaximumValuePence: pounds(4_500_000),
    });
    // Nothing of the last three months of 2028-29 remains committed.
    expect(value.byFinancialYear.find((y) => y.financialYear === '2028/29')).toMatchObject({
      committedPence: 0,
    });
  });

  it('given the start corrected a month later (the end moving with it), then the value is the same and counts from the corrected start', async () => {
    const corrected = { startsOn: '2025-08-01', endsOn: '2028-07-31' };
    const store = await recorded([signed(), correction(1, KEYED, corrected)]);
    const value = await valueOf(store);
    expect(value.committedValuePence).toBe(pounds(3_600_000));
    // Eight months of 2025-26 (August to March), not nine; the month moves to 2028-29.
    expect(value.byFinancialYear.find((y) => y.financialYear === '2025/26')?.committedPence).toBe(
      pounds(800_000),
    );
    expect(value.byFinancialYear.find((y) => y.financialYear === '2028/29')?.committedPence).toBe(
      pounds(400_000),
    );
    // Running only from the corrected start.
    expect((await valueOf(store, { today: '2025-07-15' })).annualValuePence).toBe(0);
    expect((await valueOf(store, { today: '2025-08-01' })).annualValuePence).toBe(ANNUAL);
  });

  it('given a term priced as a lump sum (£3m for the three years), when its end is corrected earlier, then the sum agreed is kept and spread over the corrected months', async () => {
    const store = await recorded([
      signed(pounds(3_000_000)),
      correction(1, KEYED, { ...KEYED, endsOn: '2028-03-31' }),
    ]);
    const value = await valueOf(store);
    expect(value).toMatchObject({
      initialTermValuePence: pounds(3_000_000),
      committedValuePence: pounds(3_000_000),
      maximumValuePence: pounds(4_200_000),
    });
    expect(value.contracts[0]?.maximumEndsOn).toBe('2029-03-31');
  });

  it('as recorded before the correction, shows the value then known: three years, £3.6m', async () => {
    const store = await recorded([signed(), correction(1, KEYED, { ...KEYED, endsOn: '2028-03-31' })]);
    const before = await valueOf(store, { asOf: { recordedBy: '2025-07-19T23:59:59Z' } });
    expect(before).toMatchObject({
      committedValuePence: pounds(3_600_000),
      maximumValuePence: pounds(4_800_000),
    });
    expect(before.contracts[0]?.endsOn).toBe('2028-06-30');
  });
});

/** Any correction: the start moved by whole months, and the end moved with it or given. */
const anyCorrection = fc.record({
  startShiftMonths: fc.integer({ min: -6, max: 6 }),
  // null: the end moves with the start; else the term given, in months and days past them.
  term: fc.option(
    fc.record({ months: fc.integer({ min: 6, max: 60 }), days: fc.integer({ min: 0, max: 27 }) }),
  ),
});

/** The corrections as a chain, each naming the dates the one before left. */
type CorrectionShape = typeof anyCorrection extends fc.Arbitrary<infer T> ? T : never;
const chain = (shapes: readonly CorrectionShape[]) => {
  const events: PartnershipEvent[] = [];
  let dates = KEYED;
  for (const [i, shape] of shapes.entries()) {
    const startsOn = plusMonths(dates.startsOn, shape.startShiftMonths);
    const endsOn =
      shape.term === null
        ? lastDayOfTerm(startsOn, monthsFromTo(dates.startsOn, dates.endsOn))
        : plusDays(lastDayOfTerm(startsOn, shape.term.months), shape.term.days);
    const corrected = { startsOn, endsOn };
    events.push(correction(i + 1, dates, corrected));
    dates = corrected;
  }
  return { events, dates };
};

describe('any sequence of date corrections', () => {
  it('never changes the value read as recorded before a correction was recorded', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(anyCorrection, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.nat({ max: 4 }),
        fc.integer({ min: 0, max: 2000 }),
        async (shapes, lumpSum, known, todayOffset) => {
          const contract = signed(lumpSum ? pounds(3_000_000) : pounds(3_600_000));
          const { events } = chain(shapes);
          const all = await recorded([contract, ...events]);
          const kept = Math.min(known, events.length);
          const then = await recorded([contract, ...events.slice(0, kept)]);
          // Before correction `kept + 1` was recorded (at 09:00 on its day), only the first `kept` were known.
          const recordedBy = `${plusDays('2025-07-20', kept - 1)}T12:00:00Z`;
          const today = plusDays('2025-01-01', todayOffset);
          expect(await valueOf(all, { asOf: { recordedBy }, today })).toEqual(await valueOf(then, { today }));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('leaves a term priced from its annual value worth the annual value over the corrected months', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyCorrection, { minLength: 1, maxLength: 4 }), async (shapes) => {
        const { events, dates } = chain(shapes);
        const value = await valueOf(await recorded([signed(), ...events]));
        const months = monthsFromTo(dates.startsOn, dates.endsOn);
        expect(value.committedValuePence).toBe(proRata(ANNUAL, months));
        expect(value.maximumValuePence).toBe(proRata(ANNUAL, months) + ANNUAL);
        expect(value.contracts[0]).toMatchObject({ startsOn: dates.startsOn, endsOn: dates.endsOn });
      }),
      { numRuns: 40 },
    );
  });
});
