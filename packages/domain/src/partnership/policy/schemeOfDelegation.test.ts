import { PartnershipCommand } from '../commands';
import { actors, command } from '@council-partnerships/testing';
import { approval, conceive, launch, neighbourJoins as neighbour, P } from '../testing/fixtures';
import { givenHistory } from '../testing/spec';
import { CouncilPolicy, defaultCouncilPolicy } from './councilPolicy';

/**
 * A collaborative procurement led by 'council' (A Council) with a second commissioner, 'neighbour'.
 * The launch under test is worth £8m.
 */
const decisionOf = (decisionId: string, commissionerId: string, body: string): PartnershipCommand =>
  command(
    'RecordGovernanceDecision',
    {
      partnershipId: P,
      decisionId,
      decisionMaker: 'executive',
      body,
      subject: 'launch-procurement',
      outcome: 'approved',
      decidedOn: '2025-03-20',
      summary: 'Approve the collaborative procurement',
      commissionerId,
    },
    actors.executive,
  );

const executiveAbove = (pounds: number, description: string) => [
  {
    subjects: ['launch-procurement' as const, 'award' as const],
    abovePence: pounds * 100,
    approvers: ['executive' as const, 'full-council' as const],
    description,
  },
];

// The neighbour's scheme: its Executive approves contracts over £150k. The lead's: over £10m (illustrative).
const policy: CouncilPolicy = {
  ...defaultCouncilPolicy,
  councilName: 'A Council',
  schemesOfDelegation: new Map([
    [
      'neighbour',
      {
        councilName: 'Neighbour Council',
        approvalThresholds: executiveAbove(150_000, 'Executive approves contracts over £150k'),
      },
    ],
    [
      'council',
      {
        councilName: 'A Council',
        approvalThresholds: executiveAbove(10_000_000, 'Cabinet approves contracts over £10m'),
      },
    ],
  ]),
};
const leadAt150k: CouncilPolicy = {
  ...policy,
  schemesOfDelegation: new Map([
    ...(policy.schemesOfDelegation ?? new Map()),
    [
      'council',
      {
        councilName: 'A Council',
        approvalThresholds: executiveAbove(150_000, 'Cabinet approves contracts over £150k'),
      },
    ],
  ]),
};

describe('each commissioner’s scheme of delegation governs its own approvals', () => {
  it('given the neighbour’s £150k Executive rule, when the lead launches an £8m procurement under its own £10m rule, then the neighbour’s rule does not gate it', () => {
    givenHistory([conceive(), neighbour], policy)
      .when(launch({ governanceDecisionId: undefined }))
      .thenMatches([{ type: 'ProcurementLaunched' }]);
  });

  it('given the lead’s own £150k rule, when the launch names the neighbour’s Executive decision, then it is refused naming whose decision it was', () => {
    const refusal = givenHistory(
      [conceive(), neighbour, decisionOf('neighbour-exec', 'neighbour', 'Neighbour Council Executive')],
      leadAt150k,
    )
      .when(launch({ governanceDecisionId: 'neighbour-exec' }))
      .thenFails('ApprovalRequired', { path: ['data', 'governanceDecisionId'] });
    expect(refusal.message).toContain(
      "A Council's scheme of delegation: Cabinet approves contracts over £150k",
    );
    expect(refusal.message).toContain('was taken by Neighbour Council');
    expect(refusal.details).toMatchObject({ governedBy: 'council' });
  });

  it('given the lead’s own £150k rule, when the launch names the lead’s Cabinet decision, then it is launched', () => {
    givenHistory([conceive(), neighbour, decisionOf('lead-cabinet', 'council', 'Cabinet')], leadAt150k)
      .when(launch({ governanceDecisionId: 'lead-cabinet' }))
      .thenMatches([{ type: 'ProcurementLaunched' }]);
  });

  it('given a decision recorded without naming a commissioner, then it is recorded as the lead’s and meets the lead’s rule', () => {
    givenHistory([conceive(), neighbour], leadAt150k)
      .when(approval('launch-ok', 'launch-procurement', '2025-03-20'))
      .thenMatches([{ type: 'GovernanceDecisionRecorded', data: { commissionerId: 'council' } }]);
    givenHistory(
      [conceive(), neighbour, approval('launch-ok', 'launch-procurement', '2025-03-20')],
      leadAt150k,
    )
      .when(launch())
      .thenMatches([{ type: 'ProcurementLaunched' }]);
  });

  it('when a decision names a body of no commissioner of the partnership, then it is refused', () => {
    givenHistory([conceive()], policy)
      .when(decisionOf('stranger-exec', 'stranger', 'Someone else'))
      .thenFails('UnknownCommissioner', { path: ['data', 'commissionerId'] });
  });
});
