import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { EventStore } from '@council-partnerships/domain';
import { Projection } from '../projection';
import { rebuildProjection } from '../rebuild';
import { contractValueProjection } from '../contractValue/projection';
import { contractValueOf, PartnershipValue } from '../contractValue/view';
import { performanceProjection } from '../performance/projection';
import { performanceOf } from '../performance/view';
import { registerProjection } from '../register/projection';
import { contractRegister } from '../register/view';
import { send } from '../testing/handler';
import * as stories from '../testing/stories';

const pounds = (amount: number) => amount * 100;

const fold = async <S, E extends { type: string; data: unknown }>(
  store: EventStore,
  projection: Projection<S, E>,
) => {
  const folded = await rebuildProjection(store, projection);
  if (folded._tag === 'Left') throw new Error(folded.left.message);
  return folded.right.state;
};

const valueOf = async (
  store: EventStore,
  partnershipId: string,
  today?: string,
): Promise<PartnershipValue> => {
  const value = contractValueOf(
    await fold(store, contractValueProjection),
    partnershipId,
    today ? { today } : {},
  );
  if (value === null) throw new Error(`no partnership ${partnershipId}`);
  return value;
};

describe('Stockton-on-Tees: £1.1m a year, £5.5m over the minimum 5 years, £2.8m a year after full expansion', () => {
  it('reads the modules signed under the partnership agreement', async () => {
    const store = createInMemoryEventStore();
    await send(store, stories.stocktonToLive);
    const value = await valueOf(store, stories.STOCKTON);
    expect(value.annualValuePence).toBe(pounds(1_100_000));
    expect(value.initialTermValuePence).toBe(pounds(5_500_000));
    expect(value.contracts.filter((c) => c.tier === 2).map((c) => c.annualValuePence)).toEqual([
      pounds(500_000),
      pounds(400_000),
      pounds(200_000),
    ]);
    expect(value.expansion).toMatchObject({
      potentialAnnualValuePence: pounds(2_800_000),
      headroomPence: pounds(1_700_000),
    });
    const performance = performanceOf(await fold(store, performanceProjection), stories.STOCKTON);
    expect(performance?.expansion.allowed).toBe(false);
  });

  it('reaches £2.8m a year once the modules are embedded and the expansion is contracted', async () => {
    const store = createInMemoryEventStore();
    await send(store, [...stories.stocktonToLive, ...stories.stocktonEmbedded]);
    const performance = performanceOf(await fold(store, performanceProjection), stories.STOCKTON);
    expect(performance).toMatchObject({
      embeddedModuleIds: stories.stocktonModules.map((m) => m.contractId).sort(),
      expansion: { allowed: true, reasons: [] },
    });
    await send(store, stories.stocktonExpansion);
    const value = await valueOf(store, stories.STOCKTON, '2023-07-01');
    expect(value.annualValuePence).toBe(pounds(2_800_000));
    expect(value.expansion).toMatchObject({
      headroomPence: 0,
      expansions: [
        { expansionId: 'stockton-expansion-1', status: 'contracted', annualValuePence: pounds(1_700_000) },
      ],
    });
  });
});

describe('Central Bedfordshire: £2,224,000 a year; at most £15,074,000 over 7 years after MTFP savings', () => {
  it('adds up the seven lots and takes the savings off every contract year', async () => {
    const store = createInMemoryEventStore();
    await send(store, stories.centralBedfordshire);
    const value = await valueOf(store, stories.CENTRAL_BEDFORDSHIRE);
    expect(value.annualValuePence).toBe(pounds(2_224_000));
    expect(value.maximumValueBeforeSavingsPence).toBe(pounds(2_224_000 * 7));
    expect(value.maximumValuePence).toBe(pounds(2_224_000 * 7 - (20_000 * 7 + 59_000 * 6)));
    expect(value.maximumValuePence).toBe(pounds(15_074_000));
    expect(value.lots).toHaveLength(7);
    expect(value.lots.reduce((sum, lot) => sum + lot.annualBudgetPence, 0)).toBe(pounds(2_224_000));
    expect(value.lots.find((lot) => lot.lotId === 'youth-service')).toMatchObject({
      annualBudgetPence: pounds(404_000),
      contractedAnnualValuePence: pounds(404_000),
      awardedTo: 'Provider for Youth Service (all areas)',
    });
    expect(value.byFinancialYear.reduce((sum, y) => sum + y.maximumPence, 0)).toBe(pounds(15_074_000));
    expect(value.byFinancialYear[0]?.financialYear).toBe('2019/20');
  });
});

describe('Leicestershire: an advertised maximum of £700,000,000', () => {
  it('keeps the advertised value apart from the no-cost collaboration agreement', async () => {
    const store = createInMemoryEventStore();
    await send(store, stories.leicestershire);
    const value = await valueOf(store, stories.LEICESTERSHIRE);
    expect(value.advertisedMaximumValuePence).toBe(pounds(700_000_000));
    expect(value.annualValuePence).toBe(0);
    expect(value.expansion.potentialAnnualValuePence).toBe(pounds(70_000_000));
    const [entry] = contractRegister(await fold(store, registerProjection), { today: '2019-01-15' });
    expect(entry).toMatchObject({ phase: 'contracted', advertisedMaximumValuePence: pounds(700_000_000) });
    expect(entry?.deadlines[0]).toMatchObject({ kind: 'termination-notice-deadline', dueOn: '2019-06-01' });
  });
});

describe('County Durham: £15,000 + £17,000 + £25,000', () => {
  it('adds each extension to the value, in the financial year it pays for', async () => {
    const store = createInMemoryEventStore();
    await send(store, stories.durham);
    const value = await valueOf(store, stories.DURHAM);
    expect(value.committedValuePence).toBe(pounds(15_000 + 17_000 + 25_000));
    expect(value.byFinancialYear.map((y) => [y.financialYear, y.committedPence])).toEqual([
      ['2011/12', pounds(15_000 + 17_000)],
      ['2012/13', pounds(25_000)],
    ]);
    expect(value.contracts[0]).toMatchObject({ endsOn: '2013-03-31', annualValuePence: pounds(25_000) });
  });
});
