import fc from 'fast-check';
import { actors, command } from '@council-partnerships/testing';
import { PartnershipCommand } from '../commands';
import { createPartnershipDecider } from '../decide';
import { PartnershipEvent } from '../events';
import { allocateByShares } from '../../money';
import { PartnershipState } from '../state';
import { expectTold, tell } from '../testing/story';
import { P, signContract, toSigning } from '../testing/fixtures';
import { CouncilPolicy, defaultCouncilPolicy } from './councilPolicy';

/**
 * Three commissioners: the lead ('council', the library's default scheme), 'north' (its own scheme:
 * Executive over £150k) and 'south' (its own scheme: Full Council over £1m). Any sequence of their
 * decisions and of signings with any shares and any named approvals is told, refusals skipped.
 */
const scheme = (councilName: string, abovePence: number, approvers: ('executive' | 'full-council')[]) => ({
  councilName,
  approvalThresholds: [
    {
      subjects: ['launch-procurement' as const, 'award' as const],
      abovePence,
      approvers,
      description: `${approvers.join(' or ')} approve contracts over ${abovePence}p`,
    },
  ],
});
const policy: CouncilPolicy = {
  ...defaultCouncilPolicy,
  councilName: 'A Council',
  schemesOfDelegation: new Map([
    ['north', scheme('North Council', 15_000_000, ['executive', 'full-council'])],
    ['south', scheme('South Council', 100_000_000, ['full-council'])],
  ]),
};
const COMMISSIONERS = ['council', 'north', 'south'] as const;
const joined = COMMISSIONERS.slice(1).map((commissionerId) =>
  command('AddCommissioner', {
    partnershipId: P,
    commissionerId,
    name: `${commissionerId} council`,
    kind: 'council',
    joinedOn: '2025-03-03',
  }),
);
const [conceived, ...rest] = toSigning;
const decider = createPartnershipDecider(policy);
const start = expectTold(tell(decider, [conceived!, ...joined, ...rest]));

const decisionId = fc.constantFrom('d-1', 'd-2', 'd-3', 'd-4', 'award-ok');
const day = fc.integer({ min: 0, max: 20 }).map((d) => `2025-06-${String(d + 5).padStart(2, '0')}`);

// Weighted towards decisions that could approve a share, so that signings are often committed.
const decision = fc
  .record({
    decisionId,
    commissionerId: fc.constantFrom(...COMMISSIONERS),
    decisionMaker: fc.oneof(
      { weight: 3, arbitrary: fc.constant('full-council' as const) },
      { weight: 1, arbitrary: fc.constantFrom('executive' as const, 'officer' as const) },
    ),
    subject: fc.constantFrom('procurement-approach' as const, 'award' as const, 'extension' as const),
    outcome: fc.oneof(
      { weight: 4, arbitrary: fc.constant('approved' as const) },
      { weight: 1, arbitrary: fc.constant('rejected' as const) },
    ),
    decidedOn: day,
    approvedValuePence: fc.option(fc.integer({ min: 0, max: 1_000_000_000 }), { nil: undefined }),
  })
  .map(({ approvedValuePence, ...d }): PartnershipCommand =>
    command(
      'RecordGovernanceDecision',
      {
        partnershipId: P,
        body: `${d.commissionerId} ${d.decisionMaker}`,
        summary: 'A decision',
        ...d,
        ...(approvedValuePence === undefined ? {} : { approvedValuePence }),
      },
      actors.executive,
    ),
  );

/** Shares of 10000 basis points between the three, some nil. */
const shares = fc
  .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }))
  .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const)
  .map(([low, high]) => [
    { commissionerId: 'council', shareBasisPoints: low },
    { commissionerId: 'north', shareBasisPoints: high - low },
    { commissionerId: 'south', shareBasisPoints: 10_000 - high },
  ]);
const signing = fc
  .record({
    contractId: fc.constantFrom('c-1', 'c-2', 'c-3'),
    // Up to £2m a year: within the £8m the lot was awarded for.
    annualValuePence: fc.integer({ min: 0, max: 200_000_000 }),
    fundingShares: shares,
    north: fc.option(decisionId, { nil: undefined }),
    south: fc.option(decisionId, { nil: undefined }),
    signedOn: day.filter((d) => d >= '2025-06-13'),
  })
  .map(({ north, south, ...data }): PartnershipCommand =>
    signContract({
      ...data,
      shareApprovals: [
        ...(north === undefined ? [] : [{ commissionerId: 'north', governanceDecisionId: north }]),
        ...(south === undefined ? [] : [{ commissionerId: 'south', governanceDecisionId: south }]),
      ],
    }),
  );

/** Does any decision of this commissioner's own bodies approve its share of a contract signed on the day? */
const ownApprovalFor = (state: PartnershipState, commissionerId: string, pence: number, on: string) => {
  const approvers = policy.schemesOfDelegation?.get(commissionerId)?.approvalThresholds[0]?.approvers ?? [];
  return Object.values(state.decisions).some(
    (d) =>
      d.commissionerId === commissionerId &&
      d.outcome === 'approved' &&
      (approvers as readonly string[]).includes(d.decisionMaker) &&
      ['procurement-approach', 'launch-procurement', 'award'].includes(d.subject) &&
      d.decidedOn <= on &&
      (d.approvedValuePence === null || d.approvedValuePence >= pence),
  );
};

describe('each commissioner’s own scheme of delegation, over any sequence', () => {
  it('never commits a commissioner’s share above its own threshold without an approving decision of its own bodies', () => {
    let heldToOwnScheme = 0;
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 2, arbitrary: decision }, { weight: 1, arbitrary: signing }), {
          maxLength: 16,
        }),
        (commands) => {
          let state = start.state;
          for (const cmd of commands) {
            const decided = decider.decide(cmd, state);
            if (decided._tag === 'Left') continue;
            for (const event of decided.right as PartnershipEvent[]) {
              if (event.type === 'ServiceContractSigned') {
                const parts = allocateByShares(
                  event.data.maximumValuePence,
                  event.data.fundingShares.map((s) => s.shareBasisPoints),
                );
                if (parts._tag === 'Left') throw new Error(parts.left.message);
                // No penny made or lost in the split.
                expect(parts.right.reduce((a, b) => a + b, 0)).toBe(event.data.maximumValuePence);
                for (const [i, share] of event.data.fundingShares.entries()) {
                  const threshold = policy.schemesOfDelegation?.get(share.commissionerId)
                    ?.approvalThresholds[0]?.abovePence;
                  if (threshold === undefined || parts.right[i]! <= threshold) continue;
                  heldToOwnScheme += 1;
                  expect(
                    ownApprovalFor(state, share.commissionerId, parts.right[i]!, event.data.signedOn),
                  ).toBe(true);
                }
              }
              state = decider.evolve(state, event);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
    // The sequences did commit shares above a commissioner's own threshold: the rule was put to the test.
    expect(heldToOwnScheme).toBeGreaterThan(0);
  });
});
