import { createPartnershipDecider, PartnershipCommand, PartnershipState } from '@council-partnerships/domain';
import { commandsOf, southTees } from '@council-partnerships/seeds';
import { policy, sharesOfTheContract } from './schemes-of-delegation';

const decider = createPartnershipDecider(policy);
const awarded = commandsOf(southTees, { to: 'awarded' }).reduce<PartnershipState>((state, command) => {
  const decided = decider.decide(command, state);
  if (decided._tag === 'Left') throw new Error(decided.left.message);
  return decided.right.reduce(decider.evolve, state);
}, decider.initialState());
const signing = commandsOf(southTees).find(
  (c): c is Extract<PartnershipCommand, { type: 'SignServiceContract' }> => c.type === 'SignServiceContract',
)!;
/** The seed's signing with these shares and approvals in place of its own. */
const sign = (shares: Partial<typeof sharesOfTheContract>) => {
  const { fundingShares: _shares, shareApprovals: _approvals, ...terms } = signing.data;
  return decider.decide({ ...signing, data: { ...terms, ...shares } }, awarded);
};

describe("the policy README's schemes of delegation do what its comments say", () => {
  it("signs South Tees' contract with Middlesbrough's own Executive decision for Middlesbrough's share", () => {
    expect(sign(sharesOfTheContract)._tag).toBe('Right');
  });

  it('refuses it without that decision, or with the lead’s Cabinet decision in its place', () => {
    expect(sign({ fundingShares: sharesOfTheContract.fundingShares })).toMatchObject({
      left: {
        code: 'ApprovalRequired',
        path: ['data', 'shareApprovals'],
        details: { governedBy: 'middlesbrough-council', valuePence: 1_012_500_00 },
      },
    });
    const byTheLead = [
      { commissionerId: 'middlesbrough-council', governanceDecisionId: 'redcar-cleveland-cabinet-award' },
    ];
    expect(sign({ ...sharesOfTheContract, shareApprovals: byTheLead })).toMatchObject({
      left: { code: 'ApprovalRequired' },
    });
  });
});
