import { monthlySavings, PartnershipCommand } from '@council-partnerships/domain';
import { seedStory } from './testSupport';
import {
  centralBedfordshire,
  centralBedfordshireStated as stated,
  centralBedfordshireTold as told,
  pounds,
  stepsOf,
} from '@council-partnerships/seeds';

/**
 * Central Bedfordshire (seed 001), as the seeds tell it: seven lots (five locality 0-12 family
 * service lots, one all-area youth service, one supervised contact service), the first six under
 * Competitive Dialogue and supervised contact under the Open procedure; 5 years plus two optional
 * one-year extensions; MTFP savings; standstill completed 27 May 2019; mobilisation 1 September 2019.
 */
const { toldTo, after, firstOf, command } = seedStory(centralBedfordshire);
const P = centralBedfordshire.partnershipId;

/** The signing the seed expects refused on 24 May 2019, the last day of the standstill. */
const earlySigning = stepsOf(centralBedfordshire).find(
  (s) => s.expectRefusal === 'StandstillNotEnded',
)!.command;
const signedOn = (date: string) =>
  ({ ...earlySigning, data: { ...earlySigning.data, signedOn: date } }) as PartnershipCommand;

describe('Central Bedfordshire: seven lots, Competitive Dialogue and Open, 5 + 1 + 1 years', () => {
  const awarded = toldTo('awarded');

  it('holds seven lots with their annual budgets, £2.224M a year in all', () => {
    const lots = Object.values(awarded.state.procurements).flatMap((p) => Object.values(p.lots));
    expect(lots).toHaveLength(stated.lots.value);
    expect(lots.reduce((s, l) => s + l.annualBudgetPence, 0)).toBe(stated.annualEnvelopePence.value);
    expect(awarded.state.procurements[told.dialogueProcurementId]?.procedure).toBe('competitive-dialogue');
    expect(awarded.state.procurements[told.openProcurementId]?.procedure).toBe('open');
  });

  it('refuses a youth service lot whose service budgets do not add up to £404k', () => {
    // The seed's own dialogue launch, its youth lot budgeted at £400k beside services of £404k.
    const launch = firstOf('LaunchProcurement');
    const youth = launch.data.lots.find((l) => l.lotId === told.youthLotId)!;
    expect(youth.services.map((s) => s.annualBudgetPence)).toEqual(stated.youthServicesPence.value);
    const lots = launch.data.lots.map((l) =>
      l === youth ? { ...l, annualBudgetPence: pounds(400_000) } : l,
    );
    const story = after(toldTo('approved'), [{ ...launch, data: { ...launch.data, lots } }]);
    expect(story.refused?.error).toMatchObject({ code: 'LotsInvalid' });
    expect(story.refused?.error.message).toContain(told.youthLotId);
  });

  it('will not sign before the standstill has ended, nor before its end is recorded', () => {
    expect(after(awarded, [earlySigning]).refused?.error).toMatchObject({
      code: 'StandstillNotEnded',
      message: 'standstill ends 2019-05-24; the agreement can be signed from 2019-05-25',
    });
    expect(after(awarded, [signedOn('2019-05-28')]).refused?.error.code).toBe('StandstillNotEnded');
  });

  const whole = toldTo();

  it('records the standstill completed on 27 May 2019 and mobilisation on 1 September 2019', () => {
    expect(whole.events.filter((e) => e.type === 'StandstillEnded').map((e) => e.data)).toEqual([
      { partnershipId: P, procurementId: told.dialogueProcurementId, endedOn: stated.standstillEnded.value },
      { partnershipId: P, procurementId: told.openProcurementId, endedOn: stated.standstillEnded.value },
    ]);
    expect(whole.events.filter((e) => e.type === 'MobilisationStarted')).toHaveLength(stated.lots.value);
    const contracts = Object.values(whole.state.contracts);
    expect(contracts.every((c) => c.mobilisedOn === stated.mobilisation.value)).toBe(true);
  });

  const total = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

  it('commits at most £15.07M over seven years after MTFP savings: 2,224,000 x 7 - (20,000 x 7 + 59,000 x 6)', () => {
    const contracts = Object.values(whole.state.contracts);
    const maximum = contracts.reduce((s, c) => s + c.maximumValuePence, 0);
    const savings = contracts.reduce(
      (s, c) => s + total(monthlySavings(c.savingsSchedule, c.startsOn, c.maximumTermMonths)),
      0,
    );
    const [first, further] = stated.mtfpSavingsPence.value;
    expect(maximum).toBe(stated.annualEnvelopePence.value * 7);
    expect(savings).toBe(first * 7 + further * 6);
    expect(maximum - savings).toBe(stated.maximumCommitmentAfterSavingsPence.value);
  });

  it("takes the savings by contract year, as the report's own maximum does: from 1 April of each financial year, the further saving would run 77 months, not 72", () => {
    const youth = whole.state.contracts[told.youthContractId]!;
    const [first, further] = stated.mtfpSavingsPence.value;
    const byFinancialYear = youth.savingsSchedule.map((line, i) => ({
      label: line.label,
      annualAmountPence: line.annualAmountPence,
      fromFinancialYear: ['2019/20', '2020/21'][i]!,
    }));
    const taken = total(monthlySavings(byFinancialYear, youth.startsOn, youth.maximumTermMonths));
    // 1 September 2019 to 31 August 2026: 84 months of the first saving and April 2020 to August 2026,
    // 77 months, of the further one; the report counts 72. Five twelfths of £59,000 more come off.
    expect(taken).toBe(first * 7 + Math.floor((further * 77) / 12));
    expect(stated.annualEnvelopePence.value * 7 - taken).toBe(1_504_941_667);
  });

  const extend = (contractId: string, exercisedOn: string) =>
    command('ExerciseExtensionOption', { contractId, exercisedOn });

  it('extends the youth service twice by a year, and no further', () => {
    const story = after(whole, [
      extend(told.youthContractId, '2024-03-01'),
      extend(told.youthContractId, '2025-03-03'),
      extend(told.youthContractId, '2026-03-02'),
    ]);
    expect(
      story.events.filter((e) => e.type === 'ExtensionOptionExercised').map((e) => e.data),
    ).toMatchObject([
      { optionNumber: 1, previousEndsOn: '2024-08-31', newEndsOn: '2025-08-31' },
      { optionNumber: 2, previousEndsOn: '2025-08-31', newEndsOn: '2026-08-31' },
    ]);
    expect(story.refused?.error).toMatchObject({
      code: 'ExtensionsExhausted',
      details: { granted: stated.term.extensions.count, exercised: 2 },
    });
  });

  it('will not exercise an option after the contract has ended', () => {
    const story = after(whole, [extend(told.contactContractId, '2024-09-01')]);
    expect(story.refused?.error).toMatchObject({
      code: 'ExtensionTooLate',
      details: { endsOn: '2024-08-31' },
    });
  });
});
