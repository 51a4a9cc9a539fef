import { runScenario } from './leicestershire';
import { printedOnce } from './testSupport';

describe('Leicestershire (seed 003)', () => {
  const json = printedOnce(runScenario);

  it('records the two-tier partnership; the annual termination clause refuses a non-anniversary date', () => {
    expect(json().run.unexpected).toEqual([]);
    expect(json().run.expectedRefusals.map((r) => r.code)).toEqual(['NotAnAnniversary']);
  });

  it('was advertised at £70m a year for 10 years: £700,000,000', () => {
    expect(json().figures['advertisedAnnualValuePence']).toBe(7_000_000_000);
    expect(json().figures['advertisedTermMonths']).toBe(120);
    expect(json().figures['advertisedMaximumValuePence']).toBe(70_000_000_000);
  });

  it('has a collaboration agreement at no cost from 1 December 2018, terminable annually by either party', () => {
    expect(json().figures['collaborationAgreementAnnualValuePence']).toBe(0);
    expect(json().figures['collaborationAgreementStartsOn']).toBe('2018-12-01');
    expect(json().figures['collaborationAgreementEndsOn']).toBe('2028-11-30');
    expect(json().figures['annualTerminationClause']).toMatchObject({
      exercisableBy: ['council', 'partner'],
    });
  });

  it('meets monthly from December 2018 and records the DfE holiday activity funding the partner secured', () => {
    expect(json().figures['boardMeetings']).toBe(7);
    expect(json().figures['externalFundingPence']).toBe(80_000_000);
  });
});
