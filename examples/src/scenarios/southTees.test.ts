import { southTeesStated } from '@council-partnerships/seeds';
import { runScenario } from './southTees';
import { recordedOnce } from './testSupport';

describe('South Tees (seed 002)', () => {
  // The document states the lead authority, the Better Care Fund, the advertisement on 19 August 2021
  // and the £150k threshold; a launch over it before the Executive has approved it is refused.
  const json = recordedOnce(runScenario, {
    refusals: [
      ['LaunchProcurement', 'ApprovalRequired'],
      ['LaunchProcurement', 'ApprovalRequired'],
    ],
    stated: southTeesStated,
  });

  it("refuses the launch on Middlesbrough's approval: Redcar & Cleveland leads it", () => {
    expect(json().run.expectedRefusals[1]?.message).toContain(
      'was taken by Middlesbrough Council, whose scheme of delegation does not govern this step',
    );
  });

  it('is commissioned by three: two councils and the clinical commissioning group', () => {
    expect(json().figures['commissioners']).toHaveLength(3);
  });

  it('splits the pooled budget between the commissioners exactly, to the penny', () => {
    expect(json().figures['sharesAddUp']).toBe(true);
    const shares = json().figures['commissionerSharesAnnualPence'] as number[];
    expect(shares.reduce((a, b) => a + b, 0)).toBe(json().figures['annualValuePence']);
  });
});
