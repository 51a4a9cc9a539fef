import { runScenario } from './durham';
import { printedOnce } from './testSupport';

describe('County Durham (seed 004)', () => {
  const json = printedOnce(runScenario);

  it('records the history; a provider whose proforma fails cannot join the framework', () => {
    expect(json().run.unexpected).toEqual([]);
    expect(json().run.expectedRefusals.map((r) => r.code)).toEqual(['ProformaNotPassed']);
    expect(json().figures['proformasAssessed']).toBe(37);
    expect(json().figures['frameworkMembers']).toBe(34);
    expect(json().figures['firstWorkshopAttendance']).toBe(64);
  });

  it('has the money of the seed: £15,000 for 6 months, £17,000 to March 2012, £25,000 for 2012/13', () => {
    expect(json().figures['firstContractInitialPence']).toBe(1_500_000);
    expect(json().figures['extensionPence']).toBe(1_700_000);
    expect(json().figures['firstContractEndsOn']).toBe('2012-03-31');
    expect(json().figures['secondContractPence']).toBe(2_500_000);
    expect(json().figures['totalCommittedPence']).toBe(1_500_000 + 1_700_000 + 2_500_000);
  });
});
