import { countyDurhamStated } from '@council-partnerships/seeds';
import { runScenario } from './durham';
import { recordedOnce } from './testSupport';

describe('County Durham (seed 004)', () => {
  // The document states the money (£15,000, £17,000, £25,000), the 34 members and the 64 providers at
  // the first workshop; a provider whose proforma fails cannot join the framework.
  const json = recordedOnce(runScenario, {
    refusals: [['AdmitFrameworkMember', 'ProformaNotPassed']],
    stated: countyDurhamStated,
  });

  it('assesses every one of the 37 proformas collated', () => {
    expect(json().figures['proformasAssessed']).toBe(countyDurhamStated.proformasCollated.value);
  });

  it('ends the first contract in March 2012, and commits £15,000 + £17,000 + £25,000 in all', () => {
    expect(json().figures['firstContractEndsOn']).toBe('2012-03-31');
    expect(json().figures['totalCommittedPence']).toBe(1_500_000 + 1_700_000 + 2_500_000);
  });
});
