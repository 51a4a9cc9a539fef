import { createPartnershipDecider } from '../decide';
import { defaultCouncilPolicy } from '../policy/councilPolicy';
import { actors, command } from '@council-partnerships/testing';
import { expectTold, tell } from '../testing/story';
import { PartnershipCommand } from '../commands';

/**
 * Leicestershire (seed 003): the Children's Innovation Partnership. A two-tier contract: a
 * collaboration agreement (governance and design, no cost) and delivery contracts for what the joint
 * design team produces, delivered by the partner, with the council or by a third party. Light touch
 * under PCR 2015, a hybrid open procedure; £70m a year for 10 years advertised (£700m) with an annual
 * termination clause for either party; award November 2018, agreement from 1 December 2018; a
 * monthly board; about £800k from the DfE holiday activities and food fund secured by the partner.
 * Days within a month, the notice period of the clause and the delivery contract are assumed.
 */
const decider = createPartnershipDecider({
  ...defaultCouncilPolicy,
  councilName: 'Leicestershire County Council',
});
const P = 'leicestershire-cip';
const pounds = (amount: number) => amount * 100;
const AGREEMENT = 'cip-collaboration-agreement';

const toAgreement: PartnershipCommand[] = [
  command('ConceivePartnership', {
    partnershipId: P,
    title: "Children's Innovation Partnership",
    serviceArea: 'Edge of care, in care and leaving care',
    description: 'Procure a partnership, not a service: co-invest, co-design and co-deliver',
    leadCommissioner: { commissionerId: 'leicestershire', name: 'Leicestershire County Council' },
    conceivedOn: '2017-11-01', // concept to award took 12 months
  }),
  command(
    'ScheduleEngagementEvent',
    {
      partnershipId: P,
      engagementEventId: 'cip-provider-event',
      title: 'Provider event: a partnership for children and family services',
      date: '2018-03-06',
      startTime: '10:00',
      endTime: '13:00',
      format: 'in-person',
      scheduledOn: '2018-02-01',
    },
    actors.procurement,
  ),
  command(
    'RecordEngagementEventHeld',
    { partnershipId: P, engagementEventId: 'cip-provider-event', heldOn: '2018-03-06', attendanceCount: 20 },
    actors.procurement,
  ),
  command(
    'RecordProviderInterest',
    {
      partnershipId: P,
      interestId: 'cip-written-1',
      providerId: 'barnardos',
      providerName: "Barnardo's",
      kind: 'written-submission',
      receivedOn: '2018-03-20',
    },
    actors.procurement,
  ),
  command(
    'RecordGovernanceDecision',
    {
      partnershipId: P,
      decisionId: 'cip-cabinet-tender',
      decisionMaker: 'executive',
      body: 'Cabinet',
      subject: 'launch-procurement',
      outcome: 'approved',
      decidedOn: '2018-05-22',
      approvedValuePence: pounds(700_000_000),
      summary: "Tender the Children's Innovation Partnership",
    },
    actors.executive,
  ),
  command(
    'LaunchProcurement',
    {
      partnershipId: P,
      procurementId: 'cip',
      title: "Children's Innovation Partnership",
      regime: 'PCR2015',
      procedure: 'open', // a hybrid open procedure under the light-touch regime
      lightTouch: true,
      launchedOn: '2018-06-01',
      noticeReference: 'OJEU',
      estimatedAnnualValuePence: pounds(70_000_000),
      maximumTermMonths: 120,
      estimatedTotalValuePence: pounds(700_000_000),
      lots: [
        {
          lotId: 'partner',
          title: 'Strategic partner',
          services: [{ name: 'Care placement strategy services', annualBudgetPence: pounds(70_000_000) }],
          localities: ['Leicestershire'],
          annualBudgetPence: pounds(70_000_000),
        },
      ],
      governanceDecisionId: 'cip-cabinet-tender',
    },
    actors.procurement,
  ),
  command(
    'RecordTender',
    {
      partnershipId: P,
      procurementId: 'cip',
      tenderId: 'cip-t1',
      bidderId: 'barnardos',
      bidderName: "Barnardo's",
      lotIds: ['partner'],
      receivedOn: '2018-08-31',
    },
    actors.procurement,
  ),
  command(
    'RecordEvaluation',
    {
      partnershipId: P,
      procurementId: 'cip',
      lotId: 'partner',
      evaluatedOn: '2018-10-19', // written tender and individual interviews
      maximumScore: 100,
      results: [
        {
          tenderId: 'cip-t1',
          bidderId: 'barnardos',
          qualityScore: 70,
          priceScore: 15,
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
      decisionId: 'cip-cabinet-award',
      decisionMaker: 'executive',
      body: 'Cabinet',
      subject: 'award',
      outcome: 'approved',
      decidedOn: '2018-11-06',
      approvedValuePence: pounds(700_000_000),
      summary: "Award the Children's Innovation Partnership to Barnardo's",
    },
    actors.executive,
  ),
  command(
    'MakeAwardDecision',
    {
      partnershipId: P,
      procurementId: 'cip',
      lotId: 'partner',
      supplierId: 'barnardos',
      supplierName: "Barnardo's",
      decidedOn: '2018-11-06',
      annualValuePence: pounds(70_000_000),
      totalValuePence: pounds(700_000_000),
      governanceDecisionId: 'cip-cabinet-award',
    },
    actors.procurement,
  ),
  command(
    'IssueStandstillNotice',
    { partnershipId: P, procurementId: 'cip', lotIds: ['partner'], noticeDate: '2018-11-07' },
    actors.procurement,
  ),
  command(
    'EndStandstill',
    { partnershipId: P, procurementId: 'cip', endedOn: '2018-11-19' },
    actors.procurement,
  ),
  command(
    'SignPartnershipAgreement',
    {
      partnershipId: P,
      agreementId: AGREEMENT,
      kind: 'collaboration-agreement',
      title: "Children's Innovation Partnership collaboration agreement",
      partnerId: 'barnardos',
      partnerName: "Barnardo's",
      procurementId: 'cip',
      lotId: 'partner',
      signedOn: '2018-11-28',
      startsOn: '2018-12-01',
      initialTerm: { years: 10, months: 0 },
      annualValuePence: 0, // tier 1 costs nothing: both parties provide experts to the design team
      potentialAnnualValuePence: pounds(70_000_000),
      annualTerminationClause: { noticeMonths: 6, exercisableBy: ['council', 'partner'] },
    },
    actors.legal,
  ),
  command(
    'EstablishBoard',
    {
      partnershipId: P,
      boardId: 'cip-board',
      name: 'CIP Board',
      meetingFrequency: 'monthly',
      memberOrganisations: ['Leicestershire County Council', "Barnardo's"],
      establishedOn: '2018-12-01',
    },
    actors.board,
  ),
  command(
    'IssueDesignBrief',
    {
      partnershipId: P,
      agreementId: AGREEMENT,
      briefId: 'brief-1',
      title: 'Stability and sufficient placements',
      issuedOn: '2018-12-10',
    },
    actors.board,
  ),
  ...['brief-2', 'brief-3'].map((briefId) =>
    command(
      'IssueDesignBrief',
      {
        partnershipId: P,
        agreementId: AGREEMENT,
        briefId,
        title: `Design brief ${briefId.slice(-1)}`,
        issuedOn: '2019-01-15',
      },
      actors.board,
    ),
  ),
  command(
    'RecordBoardMeeting',
    {
      partnershipId: P,
      boardId: 'cip-board',
      meetingId: 'board-2019-03',
      heldOn: '2019-03-12',
      decisions: ['Service design for briefs two and three agreed'],
    },
    actors.board,
  ),
  ...['brief-2', 'brief-3'].map((briefId) =>
    command(
      'AgreeServiceDesign',
      {
        partnershipId: P,
        briefId,
        agreedOn: '2019-03-12',
        agreedBy: 'CIP Board',
        meetingId: 'board-2019-03',
      },
      actors.board,
    ),
  ),
  command(
    'RecordExternalFunding',
    {
      partnershipId: P,
      fundingId: 'dfe-haf-2019',
      funder: 'Department for Education',
      programme: 'Holiday activities and food',
      amountPence: pounds(800_000), // "nearly £800,000"
      securedOn: '2019-05-01',
      purpose: 'Summer holiday activities for 2,852 children, delivered through grants to local partners',
    },
    actors.partner,
  ),
];

describe("Leicestershire: a two-tier Children's Innovation Partnership under the light-touch regime", () => {
  const story = expectTold(tell(decider, toAgreement));
  const agreement = story.state.contracts[AGREEMENT];

  it('advertised £70m a year for 10 years, £700m, under PCR 2015 light touch (a hybrid open procedure)', () => {
    expect(story.events.find((e) => e.type === 'ProcurementLaunched')?.data).toMatchObject({
      regime: 'PCR2015',
      procedure: 'open',
      lightTouch: true,
      estimatedAnnualValuePence: 7_000_000_000,
      estimatedTotalValuePence: 70_000_000_000,
      maximumTermMonths: 120,
    });
  });

  it('awarded in November 2018 with the collaboration agreement from 1 December 2018, at no cost, for up to 10 years', () => {
    expect(story.events.find((e) => e.type === 'AwardDecisionMade')?.data).toMatchObject({
      decidedOn: '2018-11-06',
    });
    expect(agreement).toMatchObject({
      tier: 1,
      startsOn: '2018-12-01',
      endsOn: '2028-11-30',
      annualValuePence: 0,
      potentialAnnualValuePence: 7_000_000_000,
      annualTerminationClause: { noticeMonths: 6, exercisableBy: ['council', 'partner'] },
    });
  });

  it('records the monthly board, the design briefs and the DfE funding the partner secured', () => {
    expect(story.state.boards['cip-board']?.meetingIds).toEqual(['board-2019-03']);
    expect(story.state.designBriefs['brief-2']?.agreedOn).toBe('2019-03-12');
    expect(story.events.find((e) => e.type === 'ExternalFundingSecured')?.data).toMatchObject({
      amountPence: 80_000_000,
      securedBy: { id: actors.partner.id, role: 'partner' },
    });
  });

  // PCR 2015 gives light-touch contracts no freedom to change (that is PA 2023 s.74(2)): the delivery
  // contracts the collaboration agreement provides for are a change under reg 72(1)(a).
  it('contracts the delivery of a designed service to a third party as tier 2, a change the agreement provided for (PCR 2015 reg 72(1)(a))', () => {
    const delivery = expectTold(
      tell(
        decider,
        [
          command(
            'ProposeModuleExpansion',
            {
              partnershipId: P,
              expansionId: 'deliver-brief-2',
              agreementId: AGREEMENT,
              title: 'Delivery of the brief 2 service design',
              services: ['Designed service (brief 2)'],
              deliveryModel: 'third-party',
              annualValuePence: pounds(1_200_000),
              proposedOn: '2019-04-01',
            },
            actors.board,
          ),
          command(
            'ApproveModuleExpansion',
            { partnershipId: P, expansionId: 'deliver-brief-2', approvedOn: '2019-04-09' },
            actors.officer,
          ),
          command('SignServiceContract', {
            partnershipId: P,
            contractId: 'brief-2-delivery',
            title: 'Brief 2 delivery',
            services: ['Designed service (brief 2)'],
            supplierId: 'local-provider',
            supplierName: 'Local provider',
            deliveryModel: 'third-party',
            thirdPartyProviderName: 'Local provider',
            expansionId: 'deliver-brief-2',
            signedOn: '2019-05-01',
            startsOn: '2019-06-01',
            initialTerm: { years: 2, months: 0 },
            annualValuePence: pounds(1_200_000),
          }),
        ],
        story,
      ),
    );
    expect(delivery.events.find((e) => e.type === 'ModuleExpansionApproved')?.data).toMatchObject({
      classification: { category: 'provided-for-in-contract', changeNoticeRequired: false },
    });
    expect(delivery.state.contracts['brief-2-delivery']).toMatchObject({
      tier: 2,
      agreementId: AGREEMENT,
      deliveryModel: 'third-party',
    });
  });

  it('ends only on an anniversary, on enough notice, under the annual termination clause (either party)', () => {
    const notice = (noticeGivenOn: string, effectiveOn: string, givenBy: 'council' | 'partner' = 'partner') =>
      command(
        'GiveTerminationNotice',
        {
          partnershipId: P,
          contractId: AGREEMENT,
          ground: 'annual-termination-clause',
          givenBy,
          noticeGivenOn,
          effectiveOn,
          reason: 'Illustration of the clause',
        },
        givenBy === 'partner' ? actors.partner : actors.officer,
      );
    expect(tell(decider, [notice('2020-01-10', '2020-06-30')], story).refused?.error).toMatchObject({
      code: 'NotAnAnniversary',
      details: { earliestEffectiveOn: '2020-12-01' },
    });
    expect(tell(decider, [notice('2020-07-01', '2020-12-01')], story).refused?.error).toMatchObject({
      code: 'NoticeTooShort',
      details: { earliestEffectiveOn: '2021-12-01' },
    });
    const ended = tell(
      decider,
      [
        notice('2020-05-01', '2020-12-01', 'council'),
        command(
          'RecordTermination',
          { partnershipId: P, contractId: AGREEMENT, terminatedOn: '2020-11-30' },
          actors.contractManager,
        ),
      ],
      story,
    );
    expect(ended.refused?.error).toMatchObject({
      code: 'TerminationNotYetEffective',
      details: { effectiveOn: '2020-12-01' },
    });
    const done = expectTold(
      tell(
        decider,
        [
          command(
            'RecordTermination',
            { partnershipId: P, contractId: AGREEMENT, terminatedOn: '2020-12-01' },
            actors.contractManager,
          ),
        ],
        {
          ...ended,
          refused: null,
        },
      ),
    );
    expect(done.state.contracts[AGREEMENT]).toMatchObject({ status: 'terminated', endedOn: '2020-12-01' });
  });
});
