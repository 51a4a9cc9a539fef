import { expectTold, tell } from '../testing/story';
import { seedStory } from './testSupport';
import { expectedRefusalsOf, southTees, southTeesStated as stated } from '@council-partnerships/seeds';

/**
 * South Tees (seed 002), as the seeds tell it: a collaborative procurement led by Redcar & Cleveland
 * for a joint commissioning group (Middlesbrough, Redcar & Cleveland, the CCG), funded from the
 * Better Care Fund, a pooled budget; Executive approval for contracts over £150k (Middlesbrough's
 * scheme of delegation, the seed's words; Redcar & Cleveland's is the library's default, alike);
 * advertised via NEPO on 19 August 2021.
 */
const { decider, toldTo, after, firstOf, command } = seedStory(southTees);

/** A refusal the story expects, told on everything recorded before it. */
const refusal = (nth: number) => {
  const { before, command } = expectedRefusalsOf(southTees)[nth]!;
  return tell(decider, [...before, command]).refused?.error;
};

describe('South Tees: a collaborative procurement from a pooled budget under Executive approval', () => {
  const whole = toldTo();

  it('records the lead authority, the participating commissioners and the Better Care Fund', () => {
    expect(whole.state.leadCommissionerId).toBe('redcar-cleveland-bc');
    expect(Object.keys(whole.state.commissioners).sort()).toEqual([
      'middlesbrough-council',
      'redcar-cleveland-bc',
      'tees-valley-ccg',
    ]);
    expect(whole.state.fundingSources['better-care-fund']).toMatchObject({ kind: 'pooled-budget' });
  });

  it('cannot launch a procurement over £150k without the Executive decision', () => {
    const error = refusal(0);
    expect(error).toMatchObject({ code: 'ApprovalRequired', path: ['data', 'governanceDecisionId'] });
    expect(error?.message).toContain('Executive approval where a contract will be let in excess of £150,000');
  });

  it("does not take Middlesbrough's Executive decision for the launch Redcar & Cleveland leads", () => {
    const error = refusal(1);
    expect(error).toMatchObject({ code: 'ApprovalRequired', details: { governedBy: 'redcar-cleveland-bc' } });
    expect(error?.message).toContain(
      'was taken by Middlesbrough Council, whose scheme of delegation does not govern this step',
    );
  });

  it('is advertised via NEPO on 19 August 2021', () => {
    expect(whole.events.find((e) => e.type === 'ProcurementLaunched')?.data).toMatchObject({
      advertisedOn: stated.advertisedOn.value,
      portal: 'NEPO',
    });
  });

  it('cannot award a contract over £150k without a recorded award decision by the Executive', () => {
    const evaluated = toldTo('evaluated');
    const award = firstOf('MakeAwardDecision');
    const { governanceDecisionId: _executive, ...unapproved } = award.data;
    expect(after(evaluated, [{ ...award, data: unapproved }]).refused?.error).toMatchObject({
      code: 'ApprovalRequired',
    });
    const byOfficer = after(evaluated, [
      command('RecordGovernanceDecision', {
        decisionId: 'officer-award',
        decisionMaker: 'officer',
        body: 'Director of Adult Social Care',
        subject: 'award',
        outcome: 'approved',
        decidedOn: '2021-11-09',
        summary: 'Award',
      }),
      { ...award, data: { ...award.data, governanceDecisionId: 'officer-award' } },
    ]);
    expect(byOfficer.refused?.error.code).toBe('ApprovalRequired');
    expect(byOfficer.refused?.error.message).toContain('was taken by officer');
  });

  it("holds Middlesbrough's own share to Middlesbrough's scheme: signed without its Executive's decision, the contract is refused", () => {
    const awarded = toldTo('awarded');
    const signing = firstOf('SignServiceContract');
    const { shareApprovals, ...unapproved } = signing.data;
    expect(shareApprovals).toEqual([
      { commissionerId: 'middlesbrough-council', governanceDecisionId: 'middlesbrough-executive-carers' },
    ]);
    const error = after(awarded, [{ ...signing, data: unapproved }]).refused?.error;
    expect(error).toMatchObject({
      code: 'ApprovalRequired',
      path: ['data', 'shareApprovals'],
      // 45% of the £2.25m contract with its options.
      details: { governedBy: 'middlesbrough-council', valuePence: 101_250_000 },
    });
    expect(error?.message).toContain(
      "Middlesbrough Council's share (45.00%) of contract south-tees-carers-contract is worth £1,012,500.00, above £150,000.00: Middlesbrough Council's scheme of delegation",
    );
    // Redcar & Cleveland's Cabinet cannot approve Middlesbrough's share.
    const byLead = after(awarded, [
      {
        ...signing,
        data: {
          ...unapproved,
          shareApprovals: [
            {
              commissionerId: 'middlesbrough-council',
              governanceDecisionId: 'redcar-cleveland-cabinet-award',
            },
          ],
        },
      },
    ]).refused?.error;
    expect(byLead?.message).toContain('was taken by Redcar & Cleveland Borough Council');
    expect(after(awarded, [signing]).refused).toBeNull();
  });

  it("records in the signed contract that Middlesbrough's Executive approved Middlesbrough's £1,012,500 share", () => {
    expect(whole.events.find((e) => e.type === 'ServiceContractSigned')?.data).toMatchObject({
      shareApprovals: [
        {
          commissionerId: 'middlesbrough-council',
          governanceDecisionId: 'middlesbrough-executive-carers',
          sharePence: 101_250_000,
        },
      ],
    });
  });

  it('shares the cost between the commissioners in basis points that add up to 100%', () => {
    const awarded = toldTo('awarded');
    const signing = firstOf('SignServiceContract');
    const shares = signing.data.fundingShares ?? [];
    const sign = (fundingShares: typeof shares) => ({ ...signing, data: { ...signing.data, fundingShares } });
    expect(shares.reduce((sum, s) => sum + s.shareBasisPoints, 0)).toBe(10_000);
    const story = expectTold(after(awarded, [sign(shares)]));
    expect(story.state.contracts[signing.data.contractId]?.fundingShares).toEqual(shares);
    expect(after(awarded, [sign(shares.slice(0, 2))]).refused?.error.code).toBe('FundingSharesInvalid');
    expect(
      after(awarded, [sign([{ commissionerId: 'stockton', shareBasisPoints: 10_000 }])]).refused?.error.code,
    ).toBe('UnknownCommissioner');
  });
});
