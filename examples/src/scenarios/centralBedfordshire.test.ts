import { runScenario } from './centralBedfordshire';
import { printedOnce } from './testSupport';

describe('Central Bedfordshire (seed 001)', () => {
  const json = printedOnce(runScenario);

  it('records the history with only the expected refusal of a contract signed during the standstill', () => {
    expect(json().run.unexpected).toEqual([]);
    expect(json().run.expectedRefusals.map((r) => [r.commandType, r.code])).toEqual([
      ['SignServiceContract', 'StandstillNotEnded'],
    ]);
    expect(json().figures['standstillEnded']).toBe('2019-05-27');
  });

  it('has seven lots: five locality lots of £1.52M a year in total, youth £404k, supervised contact £300k', () => {
    expect(json().figures['lots']).toBe(7);
    expect(json().figures['localityLotsAnnualPence']).toBe(152_000_000);
    expect(json().figures['youthAnnualPence']).toBe(40_400_000);
    expect(json().figures['youthServicesPence']).toEqual([16_000_000, 18_900_000, 5_500_000]);
    expect(json().figures['supervisedContactAnnualPence']).toBe(30_000_000);
  });

  it('runs competitive dialogue for the lots and the open procedure for supervised contact', () => {
    expect(json().figures['procedures']).toEqual([
      'cbc-support-services-cd-2018: competitive-dialogue',
      'cbc-supervised-contact-open-2018: open',
    ]);
  });

  it('is £2,224,000 a year, and £15,074,000 at most over 7 years after MTFP savings', () => {
    expect(json().figures['annualEnvelopePence']).toBe(222_400_000);
    expect(json().figures['maximumValueBeforeSavingsPence']).toBe(222_400_000 * 7);
    // £20k a year for 7 years and a further £59k a year for 6 years.
    expect(json().figures['mtfpSavingsOverSevenYearsPence']).toBe(2_000_000 * 7 + 5_900_000 * 6);
    expect(json().figures['maximumCommitmentAfterSavingsPence']).toBe(1_507_400_000);
  });

  it('starts every contract on 1 September 2019 for five years with two one-year options', () => {
    for (const c of json().value!.contracts) {
      expect(c.startsOn).toBe('2019-09-01');
      expect(c.endsOn).toBe('2024-08-31');
      expect(c.maximumEndsOn).toBe('2026-08-31');
    }
  });
});
