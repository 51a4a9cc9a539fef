import { centralBedfordshireStated } from '@council-partnerships/seeds';
import { runScenario } from './centralBedfordshire';
import { recordedOnce } from './testSupport';

describe('Central Bedfordshire (seed 001)', () => {
  // The document states the seven lots and their budgets, the £2.22M a year envelope, the £15.07M
  // maximum after MTFP savings and the standstill's completion; a signing before that is refused.
  const json = recordedOnce(runScenario, {
    refusals: [['SignServiceContract', 'StandstillNotEnded']],
    stated: centralBedfordshireStated,
  });

  it('runs competitive dialogue for the lots and the open procedure for supervised contact', () => {
    expect(json().figures['procedures']).toEqual([
      'cbc-support-services-cd-2018: competitive-dialogue',
      'cbc-supervised-contact-open-2018: open',
    ]);
  });

  it('is £2,224,000 a year for 7 years at most, less MTFP savings of £20k a year for 7 years and £59k for 6', () => {
    expect(json().figures['maximumValueBeforeSavingsPence']).toBe(222_400_000 * 7);
    expect(json().figures['mtfpSavingsOverSevenYearsPence']).toBe(2_000_000 * 7 + 5_900_000 * 6);
  });

  it('starts every contract on 1 September 2019 for five years with two one-year options', () => {
    for (const c of json().value!.contracts) {
      expect(c.startsOn).toBe('2019-09-01');
      expect(c.endsOn).toBe('2024-08-31');
      expect(c.maximumEndsOn).toBe('2026-08-31');
    }
  });
});
