import { createPartnershipDecider } from '../decide';
import { defaultCouncilPolicy } from '../policy/councilPolicy';
import { actors, command } from '@council-partnerships/testing';
import { expectTold, tell } from '../testing/story';
import { PartnershipCommand } from '../commands';

/**
 * South Tees (seed 002): a collaborative procurement led by Redcar & Cleveland for a joint
 * commissioning group (Middlesbrough, Redcar & Cleveland, the CCG), funded from the Better Care
 * Fund, a pooled budget; Executive approval is required for contracts over £150k; advertised via
 * NEPO on 19 August 2021. The value, the procedure and the funding split are assumed for the story.
 */
/**
 * Middlesbrough's scheme of delegation (the seed's "Executive approves where a contract will be let
 * in excess of £150k") governs Middlesbrough's approvals; Redcar & Cleveland, which leads, is
 * governed by the library's default scheme (Executive over £150k, illustrative).
 */
const decider = createPartnershipDecider({
  ...defaultCouncilPolicy,
  councilName: 'Redcar & Cleveland Borough Council',
  schemesOfDelegation: new Map([
    [
      'middlesbrough',
      {
        councilName: 'Middlesbrough Council',
        approvalThresholds: [
          {
            subjects: ['launch-procurement', 'award'],
            abovePence: 15_000_000,
            approvers: ['executive', 'full-council'],
            description: 'Executive approves where a contract will be let in excess of £150k',
          },
        ],
      },
    ],
  ]),
});
const P = 'south-tees-carers';
const pounds = (amount: number) => amount * 100;

const setUp: PartnershipCommand[] = [
  command('ConceivePartnership', {
    partnershipId: P,
    title: 'South Tees Carers Offer',
    serviceArea: 'Support for unpaid carers',
    leadCommissioner: { commissionerId: 'redcar-cleveland', name: 'Redcar & Cleveland Borough Council' },
    conceivedOn: '2021-04-01',
  }),
  command('AddCommissioner', {
    partnershipId: P,
    commissionerId: 'middlesbrough',
    name: 'Middlesbrough Council',
    kind: 'council',
    joinedOn: '2021-04-01',
  }),
  command('AddCommissioner', {
    partnershipId: P,
    commissionerId: 'tees-valley-ccg',
    name: 'Tees Valley Clinical Commissioning Group',
    kind: 'clinical-commissioning-group',
    joinedOn: '2021-04-01',
  }),
  command(
    'RecordFundingSource',
    {
      partnershipId: P,
      fundingSourceId: 'better-care-fund',
      name: 'Better Care Fund',
      kind: 'pooled-budget',
      contributorIds: ['middlesbrough', 'redcar-cleveland', 'tees-valley-ccg'],
      recordedOn: '2021-04-01',
    },
    actors.finance,
  ),
];

const launch = (governanceDecisionId?: string) =>
  command(
    'LaunchProcurement',
    {
      partnershipId: P,
      procurementId: 'south-tees-carers-offer',
      title: 'South Tees Carers Offer',
      regime: 'PCR2015',
      procedure: 'open',
      lightTouch: true,
      launchedOn: '2021-08-19',
      advertisedOn: '2021-08-19',
      portal: 'NEPO',
      estimatedAnnualValuePence: pounds(250_000),
      maximumTermMonths: 36,
      estimatedTotalValuePence: pounds(750_000),
      lots: [
        {
          lotId: 'carers',
          title: 'Integrated carers support',
          services: [],
          localities: ['Middlesbrough', 'Redcar & Cleveland'],
          annualBudgetPence: pounds(250_000),
        },
      ],
      ...(governanceDecisionId !== undefined ? { governanceDecisionId } : {}),
    },
    actors.procurement,
  );

const executive = command(
  'RecordGovernanceDecision',
  {
    partnershipId: P,
    decisionId: 'middlesbrough-executive-2021',
    decisionMaker: 'executive',
    body: 'Executive',
    subject: 'procurement-approach',
    outcome: 'approved',
    decidedOn: '2021-08-03',
    summary:
      'New model for the South Tees Carers Offer; collaborative procurement led by Redcar & Cleveland Borough Council',
    commissionerId: 'middlesbrough',
  },
  actors.executive,
);
const redcarCabinet = command(
  'RecordGovernanceDecision',
  {
    partnershipId: P,
    decisionId: 'redcar-cleveland-cabinet-2021',
    decisionMaker: 'executive',
    body: 'Cabinet',
    subject: 'launch-procurement',
    outcome: 'approved',
    decidedOn: '2021-08-10',
    summary: 'Lead the collaborative procurement of the South Tees Carers Offer',
  },
  actors.executive,
);

describe('South Tees: a collaborative procurement from a pooled budget under Executive approval', () => {
  const ready = expectTold(tell(decider, setUp));

  it('records the lead authority, the participating commissioners and the Better Care Fund', () => {
    expect(ready.state.leadCommissionerId).toBe('redcar-cleveland');
    expect(Object.keys(ready.state.commissioners).sort()).toEqual([
      'middlesbrough',
      'redcar-cleveland',
      'tees-valley-ccg',
    ]);
    expect(ready.state.fundingSources['better-care-fund']).toEqual({
      name: 'Better Care Fund',
      kind: 'pooled-budget',
    });
  });

  it('cannot launch a procurement over £150k without the Executive decision', () => {
    const story = tell(decider, [launch()], ready);
    expect(story.refused?.error).toMatchObject({
      code: 'ApprovalRequired',
      path: ['data', 'governanceDecisionId'],
    });
    expect(story.refused?.error.message).toContain(
      'Executive approval where a contract will be let in excess of £150,000',
    );
  });

  it("does not take Middlesbrough's Executive decision for the launch Redcar & Cleveland leads", () => {
    const story = tell(decider, [executive, launch('middlesbrough-executive-2021')], ready);
    expect(story.refused?.error).toMatchObject({
      code: 'ApprovalRequired',
      details: { governedBy: 'redcar-cleveland' },
    });
    expect(story.refused?.error.message).toContain(
      'was taken by Middlesbrough Council, whose scheme of delegation does not govern this step',
    );
  });

  const launched = expectTold(
    tell(decider, [executive, redcarCabinet, launch('redcar-cleveland-cabinet-2021')], ready),
  );

  it('is advertised via NEPO on 19 August 2021', () => {
    expect(launched.events[launched.events.length - 1]?.data).toMatchObject({
      advertisedOn: '2021-08-19',
      portal: 'NEPO',
    });
  });

  const tendered: PartnershipCommand[] = [
    command(
      'RecordTender',
      {
        partnershipId: P,
        procurementId: 'south-tees-carers-offer',
        tenderId: 't1',
        bidderId: 'carers-trust',
        bidderName: 'Carers provider',
        lotIds: ['carers'],
        receivedOn: '2021-09-30',
      },
      actors.procurement,
    ),
    command(
      'RecordEvaluation',
      {
        partnershipId: P,
        procurementId: 'south-tees-carers-offer',
        lotId: 'carers',
        evaluatedOn: '2021-10-15',
        maximumScore: 100,
        results: [
          {
            tenderId: 't1',
            bidderId: 'carers-trust',
            qualityScore: 60,
            priceScore: 30,
            totalScore: 90,
            rank: 1,
          },
        ],
      },
      actors.procurement,
    ),
  ];
  const award = (governanceDecisionId?: string) =>
    command(
      'MakeAwardDecision',
      {
        partnershipId: P,
        procurementId: 'south-tees-carers-offer',
        lotId: 'carers',
        supplierId: 'carers-trust',
        supplierName: 'Carers provider',
        decidedOn: '2021-10-20',
        annualValuePence: pounds(250_000),
        totalValuePence: pounds(750_000),
        ...(governanceDecisionId !== undefined ? { governanceDecisionId } : {}),
      },
      actors.procurement,
    );

  it('cannot award a contract over £150k without a recorded award decision by the Executive', () => {
    const story = tell(decider, [...tendered, award()], launched);
    expect(story.refused?.error).toMatchObject({ code: 'ApprovalRequired' });
    const byOfficer = tell(
      decider,
      [
        ...tendered,
        command('RecordGovernanceDecision', {
          partnershipId: P,
          decisionId: 'officer-award',
          decisionMaker: 'officer',
          body: 'Director of Adult Social Care',
          subject: 'award',
          outcome: 'approved',
          decidedOn: '2021-10-20',
          summary: 'Award',
        }),
        award('officer-award'),
      ],
      launched,
    );
    expect(byOfficer.refused?.error.code).toBe('ApprovalRequired');
    expect(byOfficer.refused?.error.message).toContain('was taken by officer');
  });

  const sign = (fundingShares: { commissionerId: string; shareBasisPoints: number }[]) =>
    command('SignServiceContract', {
      partnershipId: P,
      contractId: 'south-tees-carers-contract',
      title: 'South Tees Carers Offer',
      services: ['Integrated carers support'],
      supplierId: 'carers-trust',
      supplierName: 'Carers provider',
      deliveryModel: 'third-party',
      thirdPartyProviderName: 'Carers provider',
      procurementId: 'south-tees-carers-offer',
      lotId: 'carers',
      signedOn: '2021-11-08',
      startsOn: '2022-04-01',
      initialTerm: { years: 3, months: 0 },
      annualValuePence: pounds(250_000),
      fundingShares,
    });

  const awarded = expectTold(
    tell(
      decider,
      [
        ...tendered,
        command(
          'RecordGovernanceDecision',
          {
            partnershipId: P,
            decisionId: 'executive-award',
            decisionMaker: 'executive',
            body: 'Executive',
            subject: 'award',
            outcome: 'approved',
            decidedOn: '2021-10-20',
            approvedValuePence: pounds(750_000),
            summary: 'Award of the South Tees Carers Offer',
          },
          actors.executive,
        ),
        award('executive-award'),
        command(
          'IssueStandstillNotice',
          {
            partnershipId: P,
            procurementId: 'south-tees-carers-offer',
            lotIds: ['carers'],
            noticeDate: '2021-10-21',
          },
          actors.procurement,
        ),
        command(
          'EndStandstill',
          { partnershipId: P, procurementId: 'south-tees-carers-offer', endedOn: '2021-11-01' },
          actors.procurement,
        ),
      ],
      launched,
    ),
  );

  it('shares the cost between the commissioners in basis points that add up to 100%', () => {
    const shares = [
      { commissionerId: 'middlesbrough', shareBasisPoints: 4500 },
      { commissionerId: 'redcar-cleveland', shareBasisPoints: 3500 },
      { commissionerId: 'tees-valley-ccg', shareBasisPoints: 2000 },
    ];
    const story = expectTold(tell(decider, [sign(shares)], awarded));
    expect(story.state.contracts['south-tees-carers-contract']?.fundingShares).toEqual(shares);
    expect(tell(decider, [sign(shares.slice(0, 2))], awarded).refused?.error.code).toBe(
      'FundingSharesInvalid',
    );
    expect(
      tell(decider, [sign([{ commissionerId: 'stockton', shareBasisPoints: 10_000 }])], awarded).refused
        ?.error.code,
    ).toBe('UnknownCommissioner');
  });
});
