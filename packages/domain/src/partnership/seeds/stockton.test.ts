import { createPartnershipDecider } from '../decide';
import { defaultCouncilPolicy } from '../policy/councilPolicy';
import { actors, command } from '@council-partnerships/testing';
import { expectTold, tell } from '../testing/story';

/**
 * Stockton-on-Tees (seed 000): a Partnership Agreement with modular Service Contracts (family time,
 * low-level family outreach, a volunteering service) of about £1.1m a year, at least 5 years (about
 * £5.5m), open book on verified expenditure, further modules only once the first are embedded, up to
 * £2.8m a year. The notice gives no procurement dates, procedure or per-module values: those below
 * are assumed for the story and marked so.
 */
const decider = createPartnershipDecider({
  ...defaultCouncilPolicy,
  councilName: 'Stockton-on-Tees Borough Council',
});
const P = 'stockton-family-support';
const pounds = (amount: number) => amount * 100;

const modules = [
  // The split of the £1.1m between the three modules is assumed; the notice gives only the total.
  { contractId: 'stockton-family-time', title: 'Family time (supervised contact)', annual: pounds(500_000) },
  { contractId: 'stockton-outreach', title: 'Low-level family outreach support', annual: pounds(400_000) },
  { contractId: 'stockton-volunteering', title: 'Volunteering service', annual: pounds(200_000) },
];

const toAgreement = [
  command('ConceivePartnership', {
    partnershipId: P,
    title: 'Strategic Partnership for family support services',
    serviceArea: "Children's services: family support",
    leadCommissioner: { commissionerId: 'stockton-on-tees', name: 'Stockton-on-Tees Borough Council' },
    conceivedOn: '2021-07-26', // assumed: before the market engagement notice
    estimatedAnnualValuePence: pounds(1_100_000),
    intendedMinimumTermMonths: 60,
  }),
  command(
    'ScheduleEngagementEvent',
    {
      partnershipId: P,
      engagementEventId: 'stockton-me-2021-08-17',
      title: 'Market engagement: Strategic Partnership for family support',
      date: '2021-08-17',
      startTime: '10:00',
      endTime: '12:00',
      format: 'virtual',
      venueOrPlatform: 'Microsoft Teams',
      nominationChannel: 'NEPO portal messaging facility',
      nominationsAcknowledgedFrom: '2021-08-09',
      scheduledOn: '2021-07-26',
    },
    actors.procurement,
  ),
  command(
    'RecordProviderInterest',
    {
      partnershipId: P,
      interestId: 'stockton-nomination-1',
      engagementEventId: 'stockton-me-2021-08-17',
      providerId: 'provider-a',
      providerName: 'Provider A',
      kind: 'nomination',
      nominatedAttendees: 2,
      receivedOn: '2021-08-09',
    },
    actors.procurement,
  ),
  command(
    'RecordGovernanceDecision',
    {
      partnershipId: P,
      decisionId: 'stockton-cabinet-procure',
      decisionMaker: 'executive',
      body: 'Cabinet',
      subject: 'launch-procurement',
      outcome: 'approved',
      decidedOn: '2021-10-14', // assumed
      approvedValuePence: pounds(5_500_000),
      summary: 'Procure a strategic partner for family support, minimum 5 years',
    },
    actors.executive,
  ),
  command(
    'LaunchProcurement',
    {
      partnershipId: P,
      procurementId: 'stockton-partner',
      title: 'Strategic Partnership: family support services',
      regime: 'PCR2015',
      procedure: 'open', // assumed
      lightTouch: false,
      launchedOn: '2021-11-01',
      portal: 'NEPO',
      estimatedAnnualValuePence: pounds(1_100_000),
      maximumTermMonths: 60,
      estimatedTotalValuePence: pounds(5_500_000),
      lots: [
        {
          lotId: 'partner',
          title: 'Strategic partner',
          services: [
            { name: 'Family time (supervised contact)', annualBudgetPence: null },
            { name: 'Low-level family outreach support', annualBudgetPence: null },
            { name: 'Volunteering service', annualBudgetPence: null },
          ],
          localities: ['Stockton-on-Tees'],
          annualBudgetPence: pounds(1_100_000),
        },
      ],
      governanceDecisionId: 'stockton-cabinet-procure',
    },
    actors.procurement,
  ),
  command(
    'RecordTender',
    {
      partnershipId: P,
      procurementId: 'stockton-partner',
      tenderId: 't-1',
      bidderId: 'partner-org',
      bidderName: 'Partner Organisation',
      lotIds: ['partner'],
      receivedOn: '2021-12-10',
    },
    actors.procurement,
  ),
  command(
    'RecordEvaluation',
    {
      partnershipId: P,
      procurementId: 'stockton-partner',
      lotId: 'partner',
      evaluatedOn: '2022-01-10',
      maximumScore: 100,
      results: [
        {
          tenderId: 't-1',
          bidderId: 'partner-org',
          qualityScore: 55,
          priceScore: 30,
          totalScore: 85,
          rank: 1,
        },
      ],
    },
    actors.procurement,
  ),
  command(
    'RecordGovernanceDecision',
    {
      partnershipId: P,
      decisionId: 'stockton-cabinet-award',
      decisionMaker: 'executive',
      body: 'Cabinet',
      subject: 'award',
      outcome: 'approved',
      decidedOn: '2022-01-20',
      approvedValuePence: pounds(5_500_000),
      summary: 'Award the Strategic Partnership',
    },
    actors.executive,
  ),
  command(
    'MakeAwardDecision',
    {
      partnershipId: P,
      procurementId: 'stockton-partner',
      lotId: 'partner',
      supplierId: 'partner-org',
      supplierName: 'Partner Organisation',
      decidedOn: '2022-01-20',
      annualValuePence: pounds(1_100_000),
      totalValuePence: pounds(5_500_000),
      governanceDecisionId: 'stockton-cabinet-award',
    },
    actors.procurement,
  ),
  command(
    'IssueStandstillNotice',
    { partnershipId: P, procurementId: 'stockton-partner', lotIds: ['partner'], noticeDate: '2022-01-21' },
    actors.procurement,
  ),
  command(
    'EndStandstill',
    { partnershipId: P, procurementId: 'stockton-partner', endedOn: '2022-01-31' },
    actors.procurement,
  ),
  command('SignPartnershipAgreement', {
    partnershipId: P,
    agreementId: 'stockton-partnership-agreement',
    kind: 'partnership-agreement',
    title: 'Stockton Strategic Partnership Agreement',
    partnerId: 'partner-org',
    partnerName: 'Partner Organisation',
    procurementId: 'stockton-partner',
    lotId: 'partner',
    signedOn: '2022-02-01',
    startsOn: '2022-04-01',
    initialTerm: { years: 5, months: 0 },
    minimumTermMonths: 60,
    annualValuePence: 0,
    potentialAnnualValuePence: pounds(2_800_000),
  }),
  ...modules.map((m) =>
    command('SignServiceContract', {
      partnershipId: P,
      contractId: m.contractId,
      title: m.title,
      services: [m.title],
      supplierId: 'partner-org',
      supplierName: 'Partner Organisation',
      deliveryModel: 'partner',
      agreementId: 'stockton-partnership-agreement',
      procurementId: 'stockton-partner',
      lotId: 'partner',
      signedOn: '2022-02-01',
      startsOn: '2022-04-01',
      initialTerm: { years: 5, months: 0 },
      annualValuePence: m.annual,
      openBook: { marginBasisPoints: 500, rounding: 'half-up' }, // the margin is to be negotiated: 5% assumed
    }),
  ),
  ...modules.map((m) =>
    command('GoLive', { partnershipId: P, contractId: m.contractId, liveOn: '2022-04-01' }),
  ),
];

const review = (contractId: string, reviewId: string, reviewedOn: string, confirmsEmbedded: boolean) =>
  command(
    'RecordPerformanceReview',
    {
      partnershipId: P,
      contractId,
      reviewId,
      reviewedOn,
      periodStart: '2022-04-01',
      periodEnd: '2023-03-31',
      rating: 'good',
      rag: 'green',
      decision: 'continue',
      confirmsEmbedded,
    },
    actors.contractManager,
  );

const propose = (expansionId: string, annualPounds: number, proposedOn: string) =>
  command(
    'ProposeModuleExpansion',
    {
      partnershipId: P,
      expansionId,
      agreementId: 'stockton-partnership-agreement',
      title: 'Early help delivered jointly with Help and Support',
      services: ['Early help family support'],
      deliveryModel: 'co-delivery-with-council',
      annualValuePence: pounds(annualPounds),
      proposedOn,
    },
    actors.partner,
  );

describe('Stockton-on-Tees: a partnership agreement with modular service contracts', () => {
  const signed = expectTold(tell(decider, toAgreement));

  it('records the virtual market engagement event of 17 August 2021, 10:00 to 12:00, nominations via NEPO', () => {
    expect(signed.events.find((e) => e.type === 'MarketEngagementEventScheduled')?.data).toMatchObject({
      date: '2021-08-17',
      startTime: '10:00',
      endTime: '12:00',
      format: 'virtual',
      nominationChannel: 'NEPO portal messaging facility',
    });
  });

  it('has three modules worth £1.1m a year, £5.5m over the five-year minimum term', () => {
    const contracts = Object.values(signed.state.contracts).filter((c) => c.tier === 2);
    expect(contracts).toHaveLength(3);
    expect(contracts.reduce((s, c) => s + c.annualValuePence, 0)).toBe(110_000_000);
    expect(contracts.reduce((s, c) => s + c.initialTermValuePence, 0)).toBe(550_000_000);
    expect(signed.state.contracts['stockton-partnership-agreement']).toMatchObject({
      tier: 1,
      endsOn: '2027-03-31',
    });
  });

  it('adds the agreed margin to verified expenditure only, with explicit rounding', () => {
    const story = expectTold(
      tell(
        decider,
        [
          command(
            'ClaimExpenditure',
            {
              partnershipId: P,
              contractId: 'stockton-family-time',
              claimId: 'ft-2022-q1',
              periodStart: '2022-04-01',
              periodEnd: '2022-06-30',
              claimedOn: '2022-07-05',
              claimedPence: 12_345_67,
            },
            actors.partner,
          ),
          command(
            'VerifyExpenditure',
            {
              partnershipId: P,
              contractId: 'stockton-family-time',
              claimId: 'ft-2022-q1',
              verifiedOn: '2022-07-20',
              verifiedPence: 12_000_01,
            },
            actors.finance,
          ),
        ],
        signed,
      ),
    );
    expect(story.events[story.events.length - 1]?.data).toMatchObject({
      verifiedPence: 1_200_001,
      disallowedPence: 34_566,
      marginBasisPoints: 500,
      marginPence: 60_000, // 5% of £12,000.01 is £600.0005: to the nearest penny, halves up
      payablePence: 1_260_001,
      rounding: 'half-up',
    });
  });

  it('considers expansion only after every initial module is embedded', () => {
    const early = tell(
      decider,
      [
        review('stockton-family-time', 'r-ft-1', '2023-04-20', true),
        propose('stockton-expansion-1', 1_700_000, '2023-05-01'),
        command(
          'ApproveModuleExpansion',
          { partnershipId: P, expansionId: 'stockton-expansion-1', approvedOn: '2023-06-01' },
          actors.executive,
        ),
      ],
      signed,
    );
    expect(early.refused?.error).toMatchObject({ code: 'ModulesNotEmbedded' });
    expect(early.refused?.error.message).toContain('stockton-outreach, stockton-volunteering');
  });

  const embedded = expectTold(
    tell(
      decider,
      modules.map((m, i) => review(m.contractId, `r-${i}`, '2023-04-20', true)),
      signed,
    ),
  );

  it('expands the scope to £2.8m a year once embedded, co-delivered with Help and Support, as provided for in the agreement', () => {
    const story = expectTold(
      tell(
        decider,
        [
          propose('stockton-expansion-1', 1_700_000, '2023-05-01'),
          command(
            'ApproveModuleExpansion',
            { partnershipId: P, expansionId: 'stockton-expansion-1', approvedOn: '2023-06-01' },
            actors.executive,
          ),
          command('SignServiceContract', {
            partnershipId: P,
            contractId: 'stockton-early-help',
            title: 'Early help (co-delivered with Help and Support)',
            services: ['Early help family support'],
            supplierId: 'partner-org',
            supplierName: 'Partner Organisation',
            deliveryModel: 'co-delivery-with-council',
            expansionId: 'stockton-expansion-1',
            signedOn: '2023-06-15',
            startsOn: '2023-07-01',
            initialTerm: { years: 3, months: 9 },
            annualValuePence: pounds(1_700_000),
          }),
        ],
        embedded,
      ),
    );
    const approval = story.events.find((e) => e.type === 'ModuleExpansionApproved');
    expect(approval?.data).toMatchObject({
      scopeAnnualValueBeforePence: 110_000_000,
      scopeAnnualValueAfterPence: 280_000_000,
      classification: {
        category: 'provided-for-in-contract',
        substantial: false,
        changeNoticeRequired: false,
      },
    });
    const annual = Object.values(story.state.contracts).reduce((s, c) => s + c.annualValuePence, 0);
    expect(annual).toBe(280_000_000);
  });

  it('refuses an expansion beyond the £2.8m the agreement provided for, unless a permitted ground is named', () => {
    const story = tell(
      decider,
      [
        propose('too-far', 1_800_000, '2023-05-01'),
        command(
          'ApproveModuleExpansion',
          { partnershipId: P, expansionId: 'too-far', approvedOn: '2023-06-01' },
          actors.executive,
        ),
      ],
      embedded,
    );
    expect(story.refused?.error).toMatchObject({ code: 'SubstantialModification' });
    expect(story.refused?.error.message).toContain('£2,800,000.00');
  });

  it('will not let the person who proposed an expansion approve it', () => {
    const story = tell(
      decider,
      [
        propose('self', 100_000, '2023-05-01'),
        command(
          'ApproveModuleExpansion',
          { partnershipId: P, expansionId: 'self', approvedOn: '2023-06-01' },
          { ...actors.partner, role: 'board' },
        ),
      ],
      embedded,
    );
    expect(story.refused?.error).toMatchObject({ code: 'SegregationOfDuties' });
  });
});
