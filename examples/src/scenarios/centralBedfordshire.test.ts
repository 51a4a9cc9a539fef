import { runScenario } from './centralBedfordshire';
import { recordedOnce } from './testSupport';

describe('Central Bedfordshire (seed 001)', () => {
  // A contract signed on the standstill's last day.
  const json = recordedOnce(runScenario, [['SignServiceContract', 'StandstillNotEnded']]);

  it('completes the standstill on 27 May 2019', () => {
    expect(json().figures['standstillEnded']).toBe('2019-05-27');
  });

  it('has seven lots: five locality lots of £1.52M a year in total, youth £404k, supervised contact £300k', () => {
    expect(json().figures).toMatchObject({
      lots: 7,
      localityLotsAnnualPence: 152_000_000,
      youthAnnualPence: 40_400_000,
      youthServicesPence: [16_000_000, 18_900_000, 5_500_000],
      supervisedContactAnnualPence: 30_000_000,
    });
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
