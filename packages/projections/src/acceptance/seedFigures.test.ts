import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { EventStore } from '@council-partnerships/domain';
import { testEventId } from '@council-partnerships/testing';
import {
  centralBedfordshire,
  centralBedfordshireStated,
  centralBedfordshireTold,
  countyDurham,
  countyDurhamStated,
  countyDurhamTold,
  leicestershire,
  leicestershireStated,
  recordSeed,
  RecordOptions,
  Seed,
  stockton,
  stocktonStated,
  stocktonTold,
} from '@council-partnerships/seeds';
import { rebuiltState } from '../testing/rebuilt';
import { contractValueProjection } from '../contractValue/projection';
import { contractValueOf, PartnershipValue } from '../contractValue/view';
import { performanceProjection } from '../performance/projection';
import { performanceOf } from '../performance/view';
import { registerProjection } from '../register/projection';
import { contractRegister } from '../register/view';

const valueOf = async (store: EventStore, seed: Seed, today?: string): Promise<PartnershipValue> => {
  const value = contractValueOf(
    await rebuiltState(store, contractValueProjection),
    seed.partnershipId,
    today ? { today } : {},
  );
  if (value === null) throw new Error(`no partnership ${seed.partnershipId}`);
  return value;
};

const recorded = async (seed: Seed, options: RecordOptions = {}): Promise<EventStore> => {
  const store = createInMemoryEventStore();
  await recordSeed(store, seed, { newEventId: testEventId, ...options });
  return store;
};

describe('Stockton-on-Tees: £1.1m a year, £5.5m over the minimum 5 years, £2.8m a year after full expansion', () => {
  it('reads the modules signed under the partnership agreement', async () => {
    const store = await recorded(stockton, { range: { to: 'live' } });
    const value = await valueOf(store, stockton);
    expect(value.annualValuePence).toBe(stocktonStated.annualValuePence.value);
    expect(value.initialTermValuePence).toBe(stocktonStated.valueOverMinimumTermPence.value);
    const modules = value.contracts.filter((c) => c.tier === 2);
    expect(Object.fromEntries(modules.map((c) => [c.contractId, c.annualValuePence]))).toEqual(
      Object.fromEntries(stocktonTold.modules.map((m) => [m.id, m.annual])),
    );
    expect(value.expansion).toMatchObject({
      potentialAnnualValuePence: stocktonStated.potentialAnnualValuePence.value,
      headroomPence: stocktonStated.potentialAnnualValuePence.value - stocktonStated.annualValuePence.value,
    });
    const performance = performanceOf(
      await rebuiltState(store, performanceProjection),
      stockton.partnershipId,
    );
    expect(performance?.expansion.allowed).toBe(false);
  });

  it('reaches £2.8m a year once the modules are embedded and the expansion is contracted', async () => {
    const store = await recorded(stockton, { range: { to: 'embedded' } });
    const performance = performanceOf(
      await rebuiltState(store, performanceProjection),
      stockton.partnershipId,
    );
    expect(performance).toMatchObject({
      embeddedModuleIds: stocktonTold.modules.map((m) => m.id).sort(),
      expansion: { allowed: true, reasons: [] },
    });
    await recordSeed(store, stockton, { range: { from: 'embedded' }, newEventId: testEventId });
    const value = await valueOf(store, stockton, stocktonTold.expansionsStart);
    expect(value.annualValuePence).toBe(stocktonStated.potentialAnnualValuePence.value);
    expect(value.expansion.headroomPence).toBe(0);
    expect(value.expansion.expansions.map((e) => e.status)).toEqual(['contracted', 'contracted']);
  });
});

describe('Central Bedfordshire: £2,224,000 a year; at most £15,074,000 over 7 years after MTFP savings', () => {
  const stated = centralBedfordshireStated;

  it('adds up the seven lots and takes the savings off every contract year', async () => {
    const value = await valueOf(await recorded(centralBedfordshire), centralBedfordshire);
    expect(value.annualValuePence).toBe(stated.annualEnvelopePence.value);
    expect(value.maximumValueBeforeSavingsPence).toBe(stated.annualEnvelopePence.value * 7);
    const [first, further] = stated.mtfpSavingsPence.value;
    expect(value.maximumValuePence).toBe(stated.annualEnvelopePence.value * 7 - (first * 7 + further * 6));
    expect(value.maximumValuePence).toBe(stated.maximumCommitmentAfterSavingsPence.value);
    expect(value.lots).toHaveLength(stated.lots.value);
    expect(value.lots.reduce((sum, lot) => sum + lot.annualBudgetPence, 0)).toBe(
      stated.annualEnvelopePence.value,
    );
    expect(value.lots.find((lot) => lot.lotId === centralBedfordshireTold.youthLotId)).toMatchObject({
      annualBudgetPence: stated.youthAnnualPence.value,
      contractedAnnualValuePence: stated.youthAnnualPence.value,
    });
    expect(value.byFinancialYear.reduce((sum, y) => sum + y.maximumPence, 0)).toBe(
      stated.maximumCommitmentAfterSavingsPence.value,
    );
    expect(value.byFinancialYear[0]?.financialYear).toBe('2019/20');
  });
});

describe('Leicestershire: an advertised maximum of £700,000,000', () => {
  it('keeps the advertised value apart from the no-cost collaboration agreement', async () => {
    const store = await recorded(leicestershire, { range: { to: 'agreed' } });
    const value = await valueOf(store, leicestershire);
    expect(value.advertisedMaximumValuePence).toBe(leicestershireStated.advertisedMaximumValuePence.value);
    expect(value.annualValuePence).toBe(0);
    expect(value.expansion.potentialAnnualValuePence).toBe(
      leicestershireStated.advertisedAnnualValuePence.value,
    );
    const [entry] = contractRegister(await rebuiltState(store, registerProjection), { today: '2019-01-15' });
    expect(entry).toMatchObject({
      phase: 'contracted',
      advertisedMaximumValuePence: leicestershireStated.advertisedMaximumValuePence.value,
    });
    // Six months' notice (illustrative) before the first anniversary of 1 December 2018.
    expect(entry?.deadlines[0]).toMatchObject({ kind: 'termination-notice-deadline', dueOn: '2019-06-01' });
  });
});

describe('County Durham: £15,000 + £17,000 + £25,000', () => {
  const stated = countyDurhamStated;

  it('adds the extension to the value, in the financial year it pays for', async () => {
    const value = await valueOf(await recorded(countyDurham), countyDurham);
    const money = [stated.firstContractInitialPence, stated.extensionPence, stated.secondContractPence];
    expect(value.committedValuePence).toBe(money.reduce((sum, m) => sum + m.value, 0));
    expect(value.byFinancialYear.map((y) => [y.financialYear, y.committedPence])).toEqual([
      ['2011/12', stated.firstContractInitialPence.value + stated.extensionPence.value],
      ['2012/13', stated.secondContractPence.value],
    ]);
    expect(value.contracts.find((c) => c.contractId === countyDurhamTold.firstContractId)).toMatchObject({
      endsOn: '2012-03-31',
    });
  });
});
