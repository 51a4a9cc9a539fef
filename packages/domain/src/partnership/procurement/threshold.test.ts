import { approval, conceive, launch } from '../testing/fixtures';
import { givenHistory } from '../testing/spec';

const before = (on: string) => [conceive('2005-01-01'), approval('launch-ok', 'launch-procurement', on)];

describe('launching a procurement checks its regime label against the thresholds on the launch day', () => {
  it('refuses an £8m services procurement labelled below-threshold under PA 2023, naming the threshold, its dates and the value', () => {
    const refusal = givenHistory(before('2025-03-20'))
      .when(launch({ regime: 'below-threshold', estimatedTotalValuePence: 800_000_000 }))
      .thenFails('AboveThreshold', { path: ['data', 'regime'] });
    expect(refusal.message).toBe(
      'an estimated value of £8,000,000.00 (including VAT) on 2025-04-01 is at or above the PA 2023 Schedule 1 threshold for ' +
        'supplies and services, sub-central authorities of £214,904.00 (including VAT; in force for procurements begun ' +
        '2025-02-24 to 2025-12-31; Procurement Act 2023 Schedule 1 as amended by the Procurement Act 2023 (Consequential ' +
        'and Other Amendments) Regulations 2025 (SI 2025/163) reg 3, from 24 February 2025): the procurement is ' +
        'regulated under PA2023, not below-threshold',
    );
  });

  it('reads the light-touch threshold for light-touch services: £600,000 is below £663,540, £700,000 is not', () => {
    givenHistory(before('2025-03-20'))
      .when(launch({ regime: 'below-threshold', lightTouch: true, estimatedTotalValuePence: 60_000_000 }))
      .thenMatches([{ type: 'ProcurementLaunched', data: { regime: 'below-threshold' } }]);
    givenHistory(before('2025-03-20'))
      .when(launch({ regime: 'below-threshold', lightTouch: true, estimatedTotalValuePence: 70_000_000 }))
      .thenFails('AboveThreshold');
  });

  it('asks for the VAT basis when the answer depends on it, naming the field', () => {
    givenHistory(before('2026-01-02'))
      .when(
        launch({
          regime: 'below-threshold',
          launchedOn: '2026-01-05',
          estimatedTotalValuePence: 20_500_000,
          valuesIncludeVat: false,
        }),
      )
      .thenFails('VatBasisNeeded', { path: ['data', 'valuesIncludeVat'] });
  });

  it('refuses a below-threshold label on a day outside the thresholds table, naming the day and the span', () => {
    const refusal = givenHistory(before('2028-01-02'))
      .when(
        launch({ regime: 'below-threshold', launchedOn: '2028-01-05', estimatedTotalValuePence: 1_000_000 }),
      )
      .thenFails('ThresholdUnknown', { path: ['data', 'launchedOn'] });
    expect(refusal.message).toContain('2028-01-05');
    expect(refusal.message).toContain('2008-01-01 to 2027-12-31');
  });

  it("reads PCR 2006 thresholds (VAT-exclusive) for a procurement begun in 2011: County Durham's £15,000 contract is below £156,442", () => {
    givenHistory(before('2011-01-04'))
      .when(
        launch({
          regime: 'below-threshold',
          procedure: 'quotation',
          launchedOn: '2011-01-05',
          estimatedTotalValuePence: 1_500_000,
          estimatedAnnualValuePence: 1_500_000,
          lots: [
            {
              lotId: 'lot-1',
              title: 'Consortia support',
              services: [],
              localities: [],
              annualBudgetPence: 1_500_000,
            },
          ],
        }),
      )
      .thenMatches([{ type: 'ProcurementLaunched' }]);
  });
});

describe('the regimes and their transitional rules, both ways', () => {
  it('PCR 2006 (as amended in 2009) governs a procurement begun before 26 February 2015, and not one begun on or after it (PCR 2015 reg 118)', () => {
    givenHistory(before('2014-06-01'))
      .when(launch({ regime: 'PCR2006', procedure: 'restricted', launchedOn: '2014-06-02' }))
      .thenMatches([{ type: 'ProcurementLaunched', data: { regime: 'PCR2006' } }]);
    const late = givenHistory(before('2015-02-25'))
      .when(launch({ regime: 'PCR2006', procedure: 'restricted', launchedOn: '2015-02-26' }))
      .thenFails('RegimeNotInForce');
    expect(late.message).toContain('reg 118');
    const early = givenHistory(before('2015-02-24'))
      .when(launch({ regime: 'PCR2015', procedure: 'restricted', launchedOn: '2015-02-25' }))
      .thenFails('RegimeNotInForce');
    expect(early.message).toContain('PCR 2006');
  });
});
