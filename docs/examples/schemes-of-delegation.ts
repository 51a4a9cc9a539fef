import { CouncilPolicy, defaultCouncilPolicy } from '@council-partnerships/domain';

// Redcar & Cleveland leads (its scheme: the policy's own thresholds); Middlesbrough has its own.
export const policy: CouncilPolicy = {
  ...defaultCouncilPolicy,
  councilName: 'Redcar & Cleveland Borough Council',
  schemesOfDelegation: new Map([
    [
      'middlesbrough-council',
      {
        councilName: 'Middlesbrough Council',
        approvalThresholds: [
          {
            subjects: ['launch-procurement', 'award'],
            abovePence: 150_000_00,
            approvers: ['executive', 'full-council'],
            description: 'Executive approves where a contract will be let in excess of £150k',
          },
        ],
      },
    ],
  ]),
};

// Signing a £2.25m contract: Middlesbrough's 45% share (£1,012,500) is above its own £150k, so the
// command names Middlesbrough's own Executive decision for it. Without it: ApprovalRequired at
// data.shareApprovals; Redcar & Cleveland's Cabinet decision in its place is refused too.
export const sharesOfTheContract = {
  fundingShares: [
    { commissionerId: 'middlesbrough-council', shareBasisPoints: 4_500 },
    { commissionerId: 'redcar-cleveland-bc', shareBasisPoints: 3_500 },
    { commissionerId: 'tees-valley-ccg', shareBasisPoints: 2_000 },
  ],
  shareApprovals: [
    { commissionerId: 'middlesbrough-council', governanceDecisionId: 'middlesbrough-executive-carers' },
  ],
};
