import { createPartnershipDecider } from '../decide';
import { defaultCouncilPolicy } from '../policy/councilPolicy';
import { actors, command } from '@council-partnerships/testing';
import { expectTold, tell } from '../testing/story';
import { PartnershipCommand } from '../commands';

/**
 * County Durham (seed 004): a contract with the Cornforth Partnership to build a voluntary-sector
 * consortia framework: membership proformas testing tender-readiness and safeguarding (37
 * collated, 34 organisations joined), a market engagement workshop with 64 providers in October
 * 2011; the contract let for 6 months (£15k), extended to March 2012 (£17k), then 12 months at £25k
 * for 2012/13. Below the regulated thresholds: no statutory standstill. Days within months assumed.
 */
const decider = createPartnershipDecider({ ...defaultCouncilPolicy, councilName: 'Durham County Council' });
const P = 'durham-vcs-consortia';
const pounds = (amount: number) => amount * 100;

const proforma = (n: number, passes: boolean): PartnershipCommand =>
  command(
    'AssessProviderProforma',
    {
      partnershipId: P,
      proformaId: `proforma-${n}`,
      providerId: `vcs-${n}`,
      providerName: `Voluntary organisation ${n}`,
      receivedOn: '2011-09-15',
      tenderReady: passes,
      safeguardingMet: passes,
      ...(passes ? {} : { signpostedTo: 'One Voice Network' }),
    },
    actors.partner,
  );

const story: PartnershipCommand[] = [
  command('ConceivePartnership', {
    partnershipId: P,
    title: 'Effective engagement with the third sector: consortia framework',
    serviceArea:
      "Children and young people's services commissioned through the voluntary and community sector",
    leadCommissioner: { commissionerId: 'durham', name: 'Durham County Council' },
    conceivedOn: '2011-04-01',
  }),
  command(
    'LaunchProcurement',
    {
      partnershipId: P,
      procurementId: 'consortia-2011',
      title: 'Consortia framework development',
      regime: 'below-threshold',
      procedure: 'open',
      lightTouch: false,
      launchedOn: '2011-04-18',
      estimatedAnnualValuePence: pounds(30_000),
      maximumTermMonths: 6,
      estimatedTotalValuePence: pounds(15_000),
      lots: [
        {
          lotId: 'consortia',
          title: 'Consortia framework',
          services: [],
          localities: ['County Durham'],
          annualBudgetPence: pounds(30_000),
        },
      ],
    },
    actors.procurement,
  ),
  command(
    'RecordTender',
    {
      partnershipId: P,
      procurementId: 'consortia-2011',
      tenderId: 'cornforth-2011',
      bidderId: 'cornforth',
      bidderName: 'Cornforth Partnership',
      lotIds: ['consortia'],
      receivedOn: '2011-05-13',
    },
    actors.procurement,
  ),
  command(
    'RecordEvaluation',
    {
      partnershipId: P,
      procurementId: 'consortia-2011',
      lotId: 'consortia',
      evaluatedOn: '2011-05-20',
      maximumScore: 100,
      results: [
        {
          tenderId: 'cornforth-2011',
          bidderId: 'cornforth',
          qualityScore: 60,
          priceScore: 20,
          totalScore: 80,
          rank: 1,
        },
      ],
    },
    actors.procurement,
  ),
  command(
    'MakeAwardDecision',
    {
      partnershipId: P,
      procurementId: 'consortia-2011',
      lotId: 'consortia',
      supplierId: 'cornforth',
      supplierName: 'Cornforth Partnership',
      decidedOn: '2011-05-25',
      annualValuePence: pounds(30_000),
      totalValuePence: pounds(15_000),
    },
    actors.procurement,
  ),
  command('SignServiceContract', {
    partnershipId: P,
    contractId: 'consortia-contract-2011',
    title: 'Consortia framework development (elements 1 to 3)',
    services: ['Consortia framework', 'Capacity building', 'Communication'],
    supplierId: 'cornforth',
    supplierName: 'Cornforth Partnership',
    deliveryModel: 'partner',
    procurementId: 'consortia-2011',
    lotId: 'consortia',
    signedOn: '2011-05-31',
    startsOn: '2011-06-01',
    initialTerm: { years: 0, months: 6 },
    annualValuePence: pounds(30_000),
    initialTermValuePence: pounds(15_000),
  }),
  command(
    'GoLive',
    { partnershipId: P, contractId: 'consortia-contract-2011', liveOn: '2011-06-01' },
    actors.contractManager,
  ),
  ...Array.from({ length: 37 }, (_, i) => proforma(i + 1, true)),
  ...Array.from({ length: 34 }, (_, i) =>
    command(
      'AdmitFrameworkMember',
      {
        partnershipId: P,
        frameworkName: 'County Durham VCS consortia framework',
        providerId: `vcs-${i + 1}`,
        proformaId: `proforma-${i + 1}`,
        admittedOn: '2011-10-01',
      },
      actors.partner,
    ),
  ),
  command(
    'ScheduleEngagementEvent',
    {
      partnershipId: P,
      engagementEventId: 'workshop-2011-10',
      title: 'Market Engagement Workshop',
      date: '2011-10-20',
      startTime: '09:30',
      endTime: '13:00',
      format: 'in-person',
      scheduledOn: '2011-09-01',
    },
    actors.procurement,
  ),
  command(
    'RecordEngagementEventHeld',
    {
      partnershipId: P,
      engagementEventId: 'workshop-2011-10',
      heldOn: '2011-10-20',
      attendanceCount: 64,
      notes: 'Cross-sector providers',
    },
    actors.procurement,
  ),
  command('ModifyContract', {
    partnershipId: P,
    contractId: 'consortia-contract-2011',
    modificationId: 'extend-to-march-2012',
    kind: 'term-and-value',
    description: 'Extended until March 2012 with further investment of £17,000',
    agreedOn: '2011-11-15',
    termChangeMonths: 4,
    valueChangePence: pounds(17_000),
  }),
  command(
    'RecordGovernanceDecision',
    {
      partnershipId: P,
      decisionId: 'childrens-trust-2012-01',
      decisionMaker: 'partnership-board',
      body: "Children's Trust Executive Board",
      subject: 'award',
      outcome: 'approved',
      decidedOn: '2012-01-17',
      approvedValuePence: pounds(25_000),
      summary: 'Let a further contract to the Cornforth Partnership to continue to build the framework',
    },
    actors.board,
  ),
  command(
    'LaunchProcurement',
    {
      partnershipId: P,
      procurementId: 'consortia-2012',
      title: 'Consortia framework 2012/13',
      regime: 'below-threshold',
      procedure: 'direct-award',
      lightTouch: false,
      launchedOn: '2012-01-17',
      estimatedAnnualValuePence: pounds(25_000),
      maximumTermMonths: 12,
      estimatedTotalValuePence: pounds(25_000),
      lots: [
        {
          lotId: 'consortia',
          title: 'Consortia framework',
          services: [],
          localities: ['County Durham'],
          annualBudgetPence: pounds(25_000),
        },
      ],
      governanceDecisionId: 'childrens-trust-2012-01',
    },
    actors.procurement,
  ),
  command(
    'MakeAwardDecision',
    {
      partnershipId: P,
      procurementId: 'consortia-2012',
      lotId: 'consortia',
      supplierId: 'cornforth',
      supplierName: 'Cornforth Partnership',
      decidedOn: '2012-01-17',
      annualValuePence: pounds(25_000),
      totalValuePence: pounds(25_000),
      governanceDecisionId: 'childrens-trust-2012-01',
    },
    actors.procurement,
  ),
  command('SignServiceContract', {
    partnershipId: P,
    contractId: 'consortia-contract-2012',
    title: 'Consortia framework 2012/13',
    services: ['Consortia framework'],
    supplierId: 'cornforth',
    supplierName: 'Cornforth Partnership',
    deliveryModel: 'partner',
    procurementId: 'consortia-2012',
    lotId: 'consortia',
    signedOn: '2012-02-01',
    startsOn: '2012-04-01',
    initialTerm: { years: 1, months: 0 },
    annualValuePence: pounds(25_000),
  }),
];

describe('County Durham: a consortia framework contract, extended, then let again', () => {
  const told = expectTold(tell(decider, story));
  const first = told.state.contracts['consortia-contract-2011'];
  const second = told.state.contracts['consortia-contract-2012'];

  it('lets the first contract for 6 months at £15k and extends it to March 2012 with £17k more', () => {
    expect(told.events.find((e) => e.type === 'ServiceContractSigned')?.data).toMatchObject({
      initialTermValuePence: 1_500_000,
      endsOn: '2011-11-30',
      regime: 'below-threshold',
    });
    expect(first).toMatchObject({ endsOn: '2012-03-31', currentValuePence: 3_200_000 });
    expect(told.events.find((e) => e.type === 'ContractModified')?.data).toMatchObject({
      previousEndsOn: '2011-11-30',
      newEndsOn: '2012-03-31',
      classification: { category: 'outside-regulated-regime', changeNoticeRequired: false },
    });
  });

  it('lets a further contract of 12 months at £25k for 2012/13, with no statutory standstill below the thresholds', () => {
    expect(second).toMatchObject({
      startsOn: '2012-04-01',
      endsOn: '2013-03-31',
      initialTermValuePence: 2_500_000,
    });
    const standstill = tell(
      decider,
      [
        command(
          'IssueStandstillNotice',
          {
            partnershipId: P,
            procurementId: 'consortia-2012',
            lotIds: ['consortia'],
            noticeDate: '2012-01-18',
          },
          actors.procurement,
        ),
      ],
      told,
    );
    expect(standstill.refused?.error.code).toBe('StandstillNotApplicable');
  });

  it('admits 34 members on proformas that are tender-ready and meet safeguarding, of 37 collated', () => {
    expect(Object.keys(told.state.proformas)).toHaveLength(37);
    expect(Object.keys(told.state.frameworkMembers)).toHaveLength(34);
    const refused = tell(
      decider,
      [
        proforma(38, false),
        command(
          'AdmitFrameworkMember',
          {
            partnershipId: P,
            frameworkName: 'County Durham VCS consortia framework',
            providerId: 'vcs-38',
            proformaId: 'proforma-38',
            admittedOn: '2011-12-01',
          },
          actors.partner,
        ),
      ],
      told,
    );
    expect(refused.refused?.error).toMatchObject({
      code: 'ProformaNotPassed',
      details: { tenderReady: false, safeguardingMet: false },
    });
  });

  it('records 64 providers at the first market engagement workshop, October 2011', () => {
    expect(told.state.engagementEvents['workshop-2011-10']).toMatchObject({
      heldOn: '2011-10-20',
      attendanceCount: 64,
    });
  });

  it('refuses to record the 2011 contract under PCR 2015, which was not yet in force', () => {
    const launched = tell(decider, [
      story[0]!,
      command(
        'LaunchProcurement',
        {
          partnershipId: P,
          procurementId: 'x',
          title: 'x',
          regime: 'PCR2015',
          procedure: 'open',
          lightTouch: false,
          launchedOn: '2011-04-18',
          estimatedAnnualValuePence: 1,
          maximumTermMonths: 6,
          estimatedTotalValuePence: 1,
          lots: [{ lotId: 'l', title: 'l', services: [], localities: [], annualBudgetPence: 1 }],
        },
        actors.procurement,
      ),
    ]);
    expect(launched.refused?.error.code).toBe('RegimeNotInForce');
  });
});
