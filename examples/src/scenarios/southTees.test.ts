import { runScenario } from './southTees';
import { recordedOnce } from './testSupport';

describe('South Tees (seed 002)', () => {
  // A launch over £150k before the Executive has approved it, then on another council's approval.
  const json = recordedOnce(runScenario, [
    ['LaunchProcurement', 'ApprovalRequired'],
    ['LaunchProcurement', 'ApprovalRequired'],
  ]);

  it('refuses to launch a procurement over £150k before the Executive has approved it', () => {
    // The second: Middlesbrough's Executive cannot approve the launch Redcar & Cleveland leads.
    expect(json().run.expectedRefusals[1]?.message).toContain(
      'was taken by Middlesbrough Council, whose scheme of delegation does not govern this step',
    );
    expect(json().figures['executiveApprovalAbovePence']).toBe(15_000_000);
  });

  it('is led by Redcar & Cleveland for three commissioners, advertised on 19 August 2021', () => {
    expect(json().figures['leadCommissioner']).toBe('Redcar & Cleveland Borough Council');
    expect(json().figures['commissioners']).toHaveLength(3);
    expect(json().figures['advertisedOn']).toBe('2021-08-19');
  });

  it('splits the pooled budget between the commissioners exactly, to the penny', () => {
    expect(json().figures['sharesAddUp']).toBe(true);
    const shares = json().figures['commissionerSharesAnnualPence'] as number[];
    expect(shares.reduce((a, b) => a + b, 0)).toBe(json().figures['annualValuePence']);
  });
});
