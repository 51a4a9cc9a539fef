import { leicestershireStated } from '@council-partnerships/seeds';
import { runScenario } from './leicestershire';
import { recordedOnce } from './testSupport';

describe('Leicestershire (seed 003)', () => {
  // The document states the advertised £70m a year for 10 years (£700m), the agreement's start and
  // the DfE funding; the annual termination clause refuses notice for a date that is not an anniversary.
  const json = recordedOnce(runScenario, {
    refusals: [['GiveTerminationNotice', 'NotAnAnniversary']],
    stated: leicestershireStated,
  });

  it('has a collaboration agreement at no cost for ten years, terminable annually by either party', () => {
    expect(json().figures['collaborationAgreementAnnualValuePence']).toBe(0);
    expect(json().figures['collaborationAgreementEndsOn']).toBe('2028-11-30');
    expect(json().figures['annualTerminationClause']).toMatchObject({
      exercisableBy: ['council', 'partner'],
    });
  });

  it('meets monthly from December 2018', () => {
    expect(json().figures['boardMeetings']).toBe(7);
  });
});
