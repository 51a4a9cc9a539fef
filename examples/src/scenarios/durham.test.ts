import { runScenario } from './durham';
import { recordedOnce } from './testSupport';

describe('County Durham (seed 004)', () => {
  // A provider whose proforma fails cannot join the framework.
  const json = recordedOnce(runScenario, [['AdmitFrameworkMember', 'ProformaNotPassed']]);

  it('assesses 37 proformas, admits 34 members, and has 64 providers at the first workshop', () => {
    expect(json().figures).toMatchObject({
      proformasAssessed: 37,
      frameworkMembers: 34,
      firstWorkshopAttendance: 64,
    });
  });

  it('has the money of the seed: £15,000 for 6 months, £17,000 to March 2012, £25,000 for 2012/13', () => {
    expect(json().figures).toMatchObject({
      firstContractInitialPence: 1_500_000,
      extensionPence: 1_700_000,
      firstContractEndsOn: '2012-03-31',
      secondContractPence: 2_500_000,
      totalCommittedPence: 1_500_000 + 1_700_000 + 2_500_000,
    });
  });
});
