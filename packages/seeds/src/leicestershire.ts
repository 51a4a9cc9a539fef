import { Seed } from './seed';
import { castFor, pounds, providerFacts } from './telling/cast';
import { recordCommissioningActivities, scriptConceived } from './telling/commissioning';
import { recordDelivery } from './telling/delivery';
import { periods, plusMonths } from './telling/periods';
import { tenderAndEvaluateOneLot } from './telling/tendering';

/**
 * Leicestershire County Council's Children's Innovation Partnership with Barnardo's (seed 003): a
 * two-tier contract. Tier 1 is a collaboration agreement (governance and design; no cost: both parties
 * provide experts to a joint design team that answers design briefs); tier 2 is the delivery contracts
 * for what the design team produces, delivered by the partner, co-delivered with the council, or by a
 * third party. Procured under the PCR 2015 light-touch regime as a hybrid of the open procedure;
 * advertised at £70m a year for 10 years, a maximum of £700m, with an annual termination clause for
 * either party. Concept to award in 12 months; awarded November 2018; the collaboration agreement
 * began on 1 December 2018; a board meeting monthly from December; nearly £800,000 secured by
 * Barnardo's from the DfE holiday activities and food fund.
 */
const PARTNERSHIP = 'leicestershire-childrens-innovation-partnership';
const COUNCIL = 'Leicestershire County Council';
const PARTNER = "Barnardo's";
/**
 * Barnardo's is a charity and a company limited by guarantee: a VCSE, and not an SME (the Durham seed
 * names it among the large VCS organisations). Its numbers are from the Charity Commission and Companies
 * House registers, not from the source document; the VAT figure is illustrative.
 */
const PARTNER_FACTS = providerFacts({
  identifiers: [
    { scheme: 'GB-CHC', id: '216250' },
    { scheme: 'GB-COH', id: '00061625' },
  ],
  sme: false,
  vcse: true,
});
const cast = castFor('leicestershire', COUNCIL, PARTNER);

const PROCUREMENT = 'lcc-cip-2018';
const LOT = 'cip';
const AGREEMENT = 'lcc-cip-collaboration-agreement';
const ANNUAL_SCOPE = pounds(70_000_000);
const STARTS = '2018-12-01';
// Illustrative: the article names the clause but not its notice period.
const CLAUSE = { noticeMonths: 6, exercisableBy: ['council' as const, 'partner' as const] };
// Illustrative first delivery contract from design brief one.
const DELIVERY = 'lcc-cip-placement-stability';
const DELIVERY_LIVE = '2020-01-06';

const script = () => {
  const s = scriptConceived(PARTNERSHIP, cast.commissioning, {
    title: "Children's Innovation Partnership",
    serviceArea: 'Children on the edge of care, in care and leaving care',
    description:
      'A partnership, not a service: a partner to co-invest, co-design and co-deliver services under the Care Placement Strategy',
    leadCommissioner: { commissionerId: 'leicestershire-cc', name: COUNCIL },
    conceivedOn: '2017-11-01',
    intendedMinimumTermMonths: 120,
  });
  recordCommissioningActivities(s, cast.commissioning, 'design', [
    [
      'care-placement-strategy',
      'Care Placement Strategy: manage the looked-after children system from edge of care to leaving care',
      '2018-01-31',
    ],
    [
      'regulations-research',
      'Research into what the procurement regulations allow; counsel advice on a two-tier contractual model',
      '2018-03-30',
    ],
    ['project-group', 'Cross-functional project group (commissioning, procurement, legal)', '2018-03-30'],
  ]);
  s.add('ScheduleEngagementEvent', cast.procurement, '2018-03-12', {
    engagementEventId: 'cip-provider-event',
    title: 'Provider event: a partnership to design and deliver children’s services',
    date: '2018-04-17',
    startTime: '10:00',
    endTime: '13:00',
    format: 'in-person',
    venueOrPlatform: 'County Hall, Glenfield (illustrative)',
    scheduledOn: '2018-03-12',
  });
  s.add('RecordEngagementEventHeld', cast.procurement, '2018-04-17', {
    engagementEventId: 'cip-provider-event',
    heldOn: '2018-04-17',
    attendanceCount: 25,
    notes:
      'Followed by written submissions and meetings with a select number of interested providers (attendance illustrative)',
  });
  for (const [i, kind] of (['written-submission', 'meeting'] as const).entries()) {
    s.add('RecordProviderInterest', cast.procurement, `2018-05-0${i + 1}`, {
      interestId: `cip-${kind}-barnardos`,
      providerId: 'barnardos',
      providerName: PARTNER,
      kind,
      receivedOn: `2018-05-0${i + 1}`,
    });
  }
  s.add('RecordGovernanceDecision', cast.democratic, '2018-06-12', {
    decisionId: 'lcc-cabinet-2018-06',
    decisionMaker: 'executive',
    body: 'Cabinet (illustrative date)',
    subject: 'procurement-approach',
    outcome: 'approved',
    decidedOn: '2018-06-12',
    summary:
      "Procure a Children's Innovation Partnership under the light-touch regime, two-tier contract, up to 10 years",
    approvedValuePence: ANNUAL_SCOPE * 10,
  });
  s.add('LaunchProcurement', cast.procurement, '2018-07-02', {
    procurementId: PROCUREMENT,
    title: "Children's Innovation Partnership",
    regime: 'PCR2015',
    // Light touch: a hybrid of the open procedure, assessing partners rather than solutions.
    procedure: 'open',
    lightTouch: true,
    launchedOn: '2018-07-02',
    advertisedOn: '2018-07-02',
    portal: 'OJEU',
    estimatedAnnualValuePence: ANNUAL_SCOPE,
    maximumTermMonths: 120,
    estimatedTotalValuePence: ANNUAL_SCOPE * 10,
    lots: [
      {
        lotId: LOT,
        title: "Children's Innovation Partnership (collaboration agreement and delivery contracts)",
        services: [
          {
            name: 'Services for children on the edge of care, in care and leaving care',
            annualBudgetPence: ANNUAL_SCOPE,
          },
        ],
        localities: ['Leicestershire'],
        annualBudgetPence: ANNUAL_SCOPE,
      },
    ],
    governanceDecisionId: 'lcc-cabinet-2018-06',
  });
  const bidders = [
    { bidderId: 'barnardos', name: PARTNER, quality: 64, price: 25 },
    {
      bidderId: 'bidder-two',
      name: 'Midlands Children’s Partnership (illustrative)',
      quality: 55,
      price: 27,
    },
  ];
  tenderAndEvaluateOneLot(s, cast, {
    procurementId: PROCUREMENT,
    lotId: LOT,
    receivedOn: '2018-09-14',
    evaluatedOn: '2018-10-26',
    bidders: bidders,
  });
  s.add('RecordGovernanceDecision', cast.democratic, '2018-11-06', {
    decisionId: 'lcc-cabinet-2018-11',
    decisionMaker: 'executive',
    body: 'Cabinet (illustrative date)',
    subject: 'award',
    outcome: 'approved',
    decidedOn: '2018-11-06',
    summary: `Award the Children's Innovation Partnership to ${PARTNER}`,
    approvedValuePence: ANNUAL_SCOPE * 10,
    procurementId: PROCUREMENT,
  });
  s.add('MakeAwardDecision', cast.procurement, '2018-11-07', {
    procurementId: PROCUREMENT,
    lotId: LOT,
    supplierId: 'barnardos',
    supplierName: PARTNER,
    decidedOn: '2018-11-07',
    annualValuePence: ANNUAL_SCOPE,
    totalValuePence: ANNUAL_SCOPE * 10,
    governanceDecisionId: 'lcc-cabinet-2018-11',
  });
  // Light touch under PCR 2015: the council observes a voluntary standstill before contracting.
  s.add('IssueStandstillNotice', cast.procurement, '2018-11-08', {
    procurementId: PROCUREMENT,
    lotIds: [LOT],
    noticeDate: '2018-11-08',
    voluntary: true,
  });
  s.add('EndStandstill', cast.procurement, '2018-11-21', {
    procurementId: PROCUREMENT,
    endedOn: '2018-11-21',
  });
  s.add('SignPartnershipAgreement', cast.legal, '2018-11-28', {
    agreementId: AGREEMENT,
    kind: 'collaboration-agreement',
    title: "Children's Innovation Partnership collaboration agreement",
    partnerId: 'barnardos',
    partnerName: PARTNER,
    ...PARTNER_FACTS,
    procurementId: PROCUREMENT,
    lotId: LOT,
    signedOn: '2018-11-28',
    startsOn: STARTS,
    initialTerm: { years: 10, months: 0 },
    // "There are no costs associated with this": both parties provide experts to the design team.
    annualValuePence: 0,
    potentialAnnualValuePence: ANNUAL_SCOPE,
    annualTerminationClause: CLAUSE,
  });
  s.add('EstablishBoard', cast.board, '2018-12-03', {
    boardId: 'cip-board',
    name: 'CIP board',
    meetingFrequency: 'monthly',
    memberOrganisations: [COUNCIL, PARTNER],
    establishedOn: '2018-12-03',
  });
  const meetings = periods('2018-12-01', 1, 7).map((p) => ({
    id: `cip-board-${p.start.slice(0, 7)}`,
    on: `${p.start.slice(0, 7)}-18`,
  }));
  s.add('IssueDesignBrief', cast.board, '2018-12-18', {
    agreementId: AGREEMENT,
    briefId: 'brief-1',
    title: 'Stability and sufficient placements',
    issuedOn: '2018-12-18',
  });
  for (const [i, m] of meetings.entries()) {
    const decisions =
      i === 0
        ? ['Design brief 1 (stability and sufficient placements) issued to the joint design team']
        : i === 4
          ? ['Service design for briefs two and three agreed; service experts identified']
          : ['Progress of the design team reviewed'];
    s.add('RecordBoardMeeting', cast.board, m.on, {
      boardId: 'cip-board',
      meetingId: m.id,
      heldOn: m.on,
      decisions,
    });
    if (i === 4) {
      // Titles illustrative: the article does not name briefs two and three.
      s.add('IssueDesignBrief', cast.board, m.on, {
        agreementId: AGREEMENT,
        briefId: 'brief-2',
        title: 'Edge of care support (illustrative title)',
        issuedOn: m.on,
      });
      s.add('IssueDesignBrief', cast.board, m.on, {
        agreementId: AGREEMENT,
        briefId: 'brief-3',
        title: 'Leaving care pathways (illustrative title)',
        issuedOn: m.on,
      });
    }
  }
  s.add('RecordExternalFunding', cast.partner, '2019-05-31', {
    fundingId: 'dfe-holiday-activities-2019',
    funder: 'Department for Education',
    programme: 'Holiday activities and food fund',
    // "nearly £800,000": recorded at £800,000 for want of the exact grant.
    amountPence: pounds(800_000),
    securedOn: '2019-05-31',
    purpose: 'Summer holiday activities reaching 2,852 children, granted to local delivery partners',
  });
  // Illustrative from here: the first delivery contract, from the design for brief one.
  s.add('AgreeServiceDesign', cast.board, '2019-09-18', {
    briefId: 'brief-1',
    agreedOn: '2019-09-18',
    agreedBy: 'CIP board (illustrative)',
  });
  s.add('SignServiceContract', cast.legal, '2019-10-01', {
    contractId: DELIVERY,
    title: 'Placement stability service (illustrative)',
    services: ['Placement stability support for children in care and their carers'],
    supplierId: 'barnardos',
    supplierName: PARTNER,
    ...PARTNER_FACTS,
    deliveryModel: 'co-delivery-with-council',
    agreementId: AGREEMENT,
    procurementId: PROCUREMENT,
    lotId: LOT,
    signedOn: '2019-10-01',
    startsOn: DELIVERY_LIVE,
    initialTerm: { years: 3, months: 0 },
    annualValuePence: pounds(1_200_000),
    annualTerminationClause: CLAUSE,
  });
  s.add('DefineKpi', cast.contractManager, '2019-11-01', {
    contractId: DELIVERY,
    kpiId: 'placement-moves',
    name: 'Children in care with three or more placement moves in the year (illustrative)',
    unit: 'basis points of children in care',
    target: 900,
    direction: 'lower-is-better',
    tolerance: { greenWithinBps: 500, amberWithinBps: 1500 },
    frequency: 'monthly',
    definedOn: '2019-11-01',
  });
  s.add('GoLive', cast.contractManager, DELIVERY_LIVE, { contractId: DELIVERY, liveOn: DELIVERY_LIVE });
  recordDelivery(s, cast, DELIVERY, periods(DELIVERY_LIVE, 1, 6), [
    { kpiId: 'placement-moves', actual: (p) => 1000 - p.index * 25 },
  ]);
  // The annual termination clause: notice may only take effect on an anniversary of the start.
  s.add(
    'GiveTerminationNotice',
    cast.commissioning,
    '2019-07-01',
    {
      contractId: AGREEMENT,
      ground: 'annual-termination-clause',
      givenBy: 'council',
      noticeGivenOn: '2019-07-01',
      effectiveOn: plusMonths('2019-07-01', CLAUSE.noticeMonths),
      reason:
        'Illustrative: shows the clause cannot end the agreement except on an anniversary of 1 December',
    },
    {
      expectRefusal: 'NotAnAnniversary',
      note: 'the annual termination clause takes effect only on an anniversary of the start (1 December)',
    },
  );
  return s.steps();
};

export const leicestershire: Seed = {
  key: 'leicestershire',
  title: "Leicestershire: Children's Innovation Partnership (two-tier)",
  document: '003_da24620d8a12e33a.txt',
  partnershipId: PARTNERSHIP,
  councilName: COUNCIL,
  steps: script(),
  chapters: {
    // The collaboration agreement signed on 28 November 2018; the board first meets in December.
    agreed: '2018-11-29T00:00:00.000Z',
  },
  illustrative: [
    'dates within the 12 months from concept (November 2017) to award (November 2018), and the Cabinet decisions',
    'the other bidder and the scores; the voluntary standstill',
    'the 6-month notice period of the annual termination clause',
    'titles of design briefs two and three; the design agreed for brief one and its delivery contract (£1.2m a year, co-delivered, from January 2020)',
    'the DfE grant recorded at £800,000 ("nearly £800,000")',
  ],
};

/** Values of the telling that readers of its figures need (illustrative where labelled above). */
export const leicestershireTold = {
  agreementId: AGREEMENT,
  boardId: 'cip-board',
  deliveryContractId: DELIVERY,
  noticeMonths: CLAUSE.noticeMonths,
} as const;

/** What the case study states, in its words. */
export const leicestershireStated = {
  advertisedAnnualValuePence: {
    value: ANNUAL_SCOPE,
    words:
      'the total spend of services delivered and commissioned in the care placement strategy, which was £70m per year',
  },
  advertisedTermMonths: { value: 120, words: 'On the basis of a 10-year contract' },
  advertisedMaximumValuePence: {
    value: pounds(700_000_000),
    words: 'the maximum contract value was advertised as £700m',
  },
  awarded: { value: '2018-11', words: "the contract was awarded to Barnardo's in November 2018" },
  collaborationAgreementStartsOn: {
    value: STARTS,
    words: 'The collaboration agreement commenced on 1 December',
  },
  annualTerminationClause: { words: 'annual termination clause for either partner' },
  conceptToAward: { value: 12, words: 'From concept to contract award was 12 months' },
  externalFundingPence: {
    value: pounds(800_000),
    words: 'has successfully been awarded nearly £800,000',
  },
} as const;
