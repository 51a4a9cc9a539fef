import {
  anniversaryNumber,
  anniversaryOnOrAfter,
  deriveTerms,
  listCountedOptions,
  proRata,
  savingsOverYears,
} from './contractTerms';

describe('contract terms', () => {
  it('derives the end date, maximum term and values of 5 + 1 + 1 years', () => {
    expect(
      deriveTerms({
        startsOn: '2019-09-01',
        initialTerm: { years: 5, months: 0 },
        extensionOptions: listCountedOptions({ count: 2, lengthMonths: 12 }, 40_400_000),
        annualValuePence: 40_400_000,
      }),
    ).toEqual({
      endsOn: '2024-08-31',
      maximumTermMonths: 84,
      initialTermValuePence: 202_000_000,
      maximumValuePence: 282_800_000,
    });
  });

  it('prices part of a year pro rata to the nearest penny, halves up', () => {
    expect(proRata(3_000_000, 6)).toBe(1_500_000);
    expect(proRata(100, 1)).toBe(8); // 8.33p
    expect(proRata(6, 1)).toBe(1); // 0.5p rounds up
  });

  it('counts MTFP savings: £20k a year from year 1 and £59k more from year 2, over 7 years, is £494k', () => {
    const schedule = [
      { label: 'MTFP 2019/20', fromContractYear: 1, annualAmountPence: 2_000_000 },
      { label: 'MTFP 2020/21', fromContractYear: 2, annualAmountPence: 5_900_000 },
    ];
    expect(savingsOverYears(schedule, 7)).toBe(49_400_000);
  });

  it('knows the anniversaries of a start date', () => {
    expect(anniversaryNumber('2018-12-01', '2020-12-01')).toBe(2);
    expect(anniversaryNumber('2018-12-01', '2020-11-30')).toBeUndefined();
    expect(anniversaryNumber('2018-12-01', '2018-12-01')).toBeUndefined();
    expect(anniversaryOnOrAfter('2018-12-01', '2021-06-01')).toBe('2021-12-01');
    expect(anniversaryOnOrAfter('2020-02-29', '2020-03-01')).toBe('2021-02-28');
  });
});
