import { runScenario } from './leicestershire';
import { recordedOnce } from './testSupport';

describe('Leicestershire (seed 003)', () => {
  // The annual termination clause refuses notice for a date that is not an anniversary.
  const json = recordedOnce(runScenario, [['GiveTerminationNotice', 'NotAnAnniversary']]);

  it('was advertised at £70m a year for 10 years: £700,000,000', () => {
    expect(json().figures).toMatchObject({
      advertisedAnnualValuePence: 7_000_000_000,
      advertisedTermMonths: 120,
      advertisedMaximumValuePence: 70_000_000_000,
    });
  });

  it('has a collaboration agreement at no cost from 1 December 2018, terminable annually by either party', () => {
    expect(json().figures).toMatchObject({
      collaborationAgreementAnnualValuePence: 0,
      collaborationAgreementStartsOn: '2018-12-01',
      collaborationAgreementEndsOn: '2028-11-30',
      annualTerminationClause: { exercisableBy: ['council', 'partner'] },
    });
  });

  it('meets monthly from December 2018 and records the DfE holiday activity funding the partner secured', () => {
    expect(json().figures['boardMeetings']).toBe(7);
    expect(json().figures['externalFundingPence']).toBe(80_000_000);
  });
});
