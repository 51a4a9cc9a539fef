import { Seed } from './seed';
import { castFor, pounds, undescribedProvider } from './telling/cast';
import { recordDelivery } from './telling/delivery';
import { periods } from './telling/periods';
import { scriptConceived } from './telling/commissioning';
import { londonTime } from './telling/script';

/**
 * Stockton-on-Tees Borough Council's family support strategic partnership (seed 000): a Partnership
 * Agreement supplemented by modular Service Contracts (family time, low-level family outreach, a
 * volunteering service), about £1.1m a year for a minimum of 5 years (about £5.5m), on an open book
 * with an agreed margin on verified expenditure, and room for further modules up to £2.8m a year once
 * the first are embedded. The seed is the notice of the virtual market engagement event on Tuesday
 * 17 August 2021, 10:00 to 12:00, with nominations through the NEPO portal; everything after it is
 * the lifecycle the notice describes, with illustrative dates, names and splits (labelled below).
 */
const PARTNERSHIP = 'stockton-family-support';
const COUNCIL = 'Stockton-on-Tees Borough Council';
// Illustrative: the notice invites bidders; it does not (and could not) name the partner chosen.
const PARTNER = 'Tees Family Partners (illustrative)';
/** Illustrative: the source document names no provider, so none of its registrations or status. */
const PARTNER_FACTS = undescribedProvider();
const cast = castFor('stockton', COUNCIL, PARTNER);

const PROCUREMENT = 'sbc-family-support-2021';
const LOT = 'partnership';
const AGREEMENT = 'sbc-partnership-agreement';
const MARGIN_BPS = 800; // illustrative: "an agreed element of profit or surplus", negotiated before commencement

/** The initial modules: the seed gives only their combined value (about £1.1m a year); the split is illustrative. */
const MODULES = [
  {
    id: 'sbc-family-time',
    title: 'Family time (family contact / supervised contact)',
    annual: pounds(500_000),
  },
  { id: 'sbc-family-outreach', title: 'Low-level family outreach support', annual: pounds(400_000) },
  {
    id: 'sbc-volunteering',
    title: 'Volunteering service for children, young people and families',
    annual: pounds(200_000),
  },
] as const;

/** Later modules taking the scope to £2.8m a year (the seed's figure); titles and split illustrative. */
const EXPANSIONS = [
  {
    id: 'sbc-expansion-early-help',
    title: 'Early help family support, jointly with Help and Support (illustrative)',
    deliveryModel: 'co-delivery-with-council' as const,
    annual: pounds(1_200_000),
  },
  {
    id: 'sbc-expansion-young-carers',
    title: 'Young carers support (illustrative)',
    deliveryModel: 'partner' as const,
    annual: pounds(500_000),
  },
];

// Illustrative: the notice gives no dates after the engagement event. Go-live and the expansion start are
// the examples' telling (the demo and the CLI README show them); the other tellings' April 2022 go-live
// was no better founded.
const GO_LIVE = '2022-07-01';
/** When the year-one reviews of 20 July 2023 were entered in the council's system (illustrative). */
const REVIEWS_ENTERED = londonTime('2023-09-01', '10:00');
const EXPANSIONS_START = '2024-01-01';

const script = () => {
  const s = scriptConceived(PARTNERSHIP, cast.commissioning, {
    title: 'Stockton-on-Tees family support strategic partnership',
    serviceArea: "Children's services: family support",
    description:
      'A Partnership Agreement supplemented by modular Service Contracts, run on an open book, to deliver ' +
      'family time, low-level family outreach and a volunteering service across the Borough',
    leadCommissioner: { commissionerId: 'stockton-on-tees-bc', name: COUNCIL },
    conceivedOn: '2021-07-26',
    estimatedAnnualValuePence: pounds(1_100_000),
    intendedMinimumTermMonths: 60,
  });
  s.add('RecordCommissioningActivity', cast.commissioning, '2021-07-26', {
    activityId: 'cyp-strategy-2019-2023',
    stage: 'assess',
    activity:
      "Children and Young People's Strategy 2019-2023: Resilience, Relationships, Respect, Response; a shift towards prevention",
    completedOn: '2021-07-26',
  });
  s.add('ScheduleEngagementEvent', cast.procurement, '2021-07-30', {
    engagementEventId: 'market-engagement-2021-08-17',
    title: 'Strategic Partnership market engagement event',
    date: '2021-08-17',
    startTime: '10:00',
    endTime: '12:00',
    format: 'virtual',
    venueOrPlatform: 'Microsoft Teams',
    nominationChannel: 'NEPO portal messaging facility',
    nominationsAcknowledgedFrom: '2021-08-09',
    scheduledOn: '2021-07-30',
  });
  const nominations = [
    { id: 'provider-a', name: PARTNER, attendees: 3 },
    { id: 'provider-b', name: 'North East Families Trust (illustrative)', attendees: 2 },
    { id: 'provider-c', name: 'Family Time Services CIC (illustrative)', attendees: 2 },
  ];
  for (const [i, n] of nominations.entries()) {
    s.add('RecordProviderInterest', cast.procurement, `2021-08-1${i}`, {
      interestId: `nomination-${n.id}`,
      providerId: n.id,
      providerName: n.name,
      kind: 'nomination',
      receivedOn: `2021-08-1${i}`,
      engagementEventId: 'market-engagement-2021-08-17',
      nominatedAttendees: n.attendees,
    });
  }
  s.add(
    'RecordEngagementEventHeld',
    cast.procurement,
    '2021-08-17',
    {
      engagementEventId: 'market-engagement-2021-08-17',
      heldOn: '2021-08-17',
      attendanceCount: 7,
      notes:
        'Vision, relationship and mechanics of the open-book arrangement explored with prospective partners',
    },
    { time: '12:00' },
  );

  // Illustrative from here: the procurement the notice leads to, under the PCR 2015 light-touch regime.
  // The notice names neither procedure nor dates. Family support services are social services
  // (PCR 2015 Schedule 3), hence light touch; the launch on 25 October 2021 follows the Cabinet
  // decision by eleven days. An earlier telling had the open procedure from 1 November 2021: the
  // notice supports neither over the other, and this one is what the demo and the README show.
  s.add('RecordGovernanceDecision', cast.democratic, '2021-10-14', {
    decisionId: 'sbc-cabinet-2021-10-14',
    decisionMaker: 'executive',
    body: 'Cabinet (illustrative date)',
    subject: 'procurement-approach',
    outcome: 'approved',
    decidedOn: '2021-10-14',
    summary: 'Procure a strategic partner for family support on an open-book partnership model',
    approvedValuePence: pounds(5_500_000),
  });
  s.add('LaunchProcurement', cast.procurement, '2021-10-25', {
    procurementId: PROCUREMENT,
    title: 'Strategic Partnership for family support services',
    regime: 'PCR2015',
    procedure: 'light-touch',
    lightTouch: true,
    launchedOn: '2021-10-25',
    advertisedOn: '2021-10-25',
    portal: 'NEPO',
    estimatedAnnualValuePence: pounds(1_100_000),
    maximumTermMonths: 60,
    estimatedTotalValuePence: pounds(5_500_000),
    lots: [
      {
        lotId: LOT,
        title: 'Family support strategic partnership',
        services: MODULES.map((m) => ({ name: m.title, annualBudgetPence: m.annual })),
        localities: ['Stockton-on-Tees'],
        annualBudgetPence: pounds(1_100_000),
      },
    ],
    governanceDecisionId: 'sbc-cabinet-2021-10-14',
  });
  const bidders = [
    { bidderId: 'provider-a', name: PARTNER, lotIds: [LOT] },
    { bidderId: 'provider-b', name: 'North East Families Trust (illustrative)', lotIds: [LOT] },
  ];
  s.add('ShortlistBidders', cast.procurement, '2021-12-06', {
    procurementId: PROCUREMENT,
    shortlistedOn: '2021-12-06',
    bidders,
  });
  s.add('RecordDialogueRound', cast.procurement, '2022-01-21', {
    procurementId: PROCUREMENT,
    round: 1,
    startedOn: '2022-01-10',
    endedOn: '2022-01-21',
    bidderIds: ['provider-a', 'provider-b'],
    lotIds: [LOT],
  });
  s.add('InviteFinalTenders', cast.procurement, '2022-02-01', {
    procurementId: PROCUREMENT,
    invitedOn: '2022-02-01',
    deadline: '2022-03-01',
  });
  for (const b of bidders) {
    s.add('RecordTender', cast.procurement, '2022-02-28', {
      procurementId: PROCUREMENT,
      tenderId: `tender-${b.bidderId}`,
      bidderId: b.bidderId,
      bidderName: b.name,
      lotIds: [LOT],
      receivedOn: '2022-02-28',
    });
  }
  s.add('RecordEvaluation', cast.procurement, '2022-03-21', {
    procurementId: PROCUREMENT,
    lotId: LOT,
    evaluatedOn: '2022-03-21',
    maximumScore: 100,
    results: [
      {
        tenderId: 'tender-provider-a',
        bidderId: 'provider-a',
        qualityScore: 62,
        priceScore: 24,
        totalScore: 86,
        rank: 1,
      },
      {
        tenderId: 'tender-provider-b',
        bidderId: 'provider-b',
        qualityScore: 55,
        priceScore: 26,
        totalScore: 81,
        rank: 2,
      },
    ],
  });
  s.add('RecordGovernanceDecision', cast.democratic, '2022-04-07', {
    decisionId: 'sbc-cabinet-2022-04-07',
    decisionMaker: 'executive',
    body: 'Cabinet (illustrative date)',
    subject: 'award',
    outcome: 'approved',
    decidedOn: '2022-04-07',
    summary: `Award the strategic partnership to ${PARTNER}`,
    approvedValuePence: pounds(5_500_000),
    procurementId: PROCUREMENT,
  });
  s.add('MakeAwardDecision', cast.procurement, '2022-04-08', {
    procurementId: PROCUREMENT,
    lotId: LOT,
    supplierId: 'provider-a',
    supplierName: PARTNER,
    decidedOn: '2022-04-08',
    annualValuePence: pounds(1_100_000),
    totalValuePence: pounds(5_500_000),
    governanceDecisionId: 'sbc-cabinet-2022-04-07',
  });
  // Light-touch: no statutory standstill; a voluntary one is good practice (at least 8 working days).
  s.add('IssueStandstillNotice', cast.procurement, '2022-04-08', {
    procurementId: PROCUREMENT,
    lotIds: [LOT],
    noticeDate: '2022-04-08',
    voluntary: true,
  });
  s.add('EndStandstill', cast.procurement, '2022-04-25', {
    procurementId: PROCUREMENT,
    endedOn: '2022-04-25',
  });
  const openBook = { marginBasisPoints: MARGIN_BPS, rounding: 'half-up' as const };
  s.add('SignPartnershipAgreement', cast.legal, '2022-05-03', {
    agreementId: AGREEMENT,
    kind: 'partnership-agreement',
    title: 'Stockton-on-Tees Family Support Partnership Agreement',
    partnerId: 'provider-a',
    partnerName: PARTNER,
    ...PARTNER_FACTS,
    procurementId: PROCUREMENT,
    lotId: LOT,
    signedOn: '2022-05-03',
    startsOn: GO_LIVE,
    initialTerm: { years: 5, months: 0 },
    // The agreement itself carries no price: the value sits in its service contracts.
    annualValuePence: 0,
    minimumTermMonths: 60,
    potentialAnnualValuePence: pounds(2_800_000),
    openBook,
  });
  for (const m of MODULES) {
    s.add('SignServiceContract', cast.legal, '2022-05-03', {
      contractId: m.id,
      title: m.title,
      services: [m.title],
      supplierId: 'provider-a',
      supplierName: PARTNER,
      ...PARTNER_FACTS,
      deliveryModel: 'partner',
      agreementId: AGREEMENT,
      procurementId: PROCUREMENT,
      lotId: LOT,
      signedOn: '2022-05-03',
      startsOn: GO_LIVE,
      initialTerm: { years: 5, months: 0 },
      annualValuePence: m.annual,
      openBook,
    });
  }
  // Illustrative KPIs: the notice commits to performance-conditional continuation but names no measures.
  const kpis = {
    'sbc-family-time': {
      kpiId: 'sbc-family-time-sessions',
      name: 'Family time sessions held as planned',
      unit: 'basis points of planned sessions',
      target: 9500,
    },
    'sbc-family-outreach': {
      kpiId: 'sbc-outreach-contact',
      name: 'Families contacted within 10 working days of referral',
      unit: 'basis points of referrals',
      target: 9000,
    },
    'sbc-volunteering': {
      kpiId: 'sbc-active-volunteers',
      name: 'Active volunteers',
      unit: 'volunteers',
      target: 40,
    },
  } as const;
  for (const m of MODULES) {
    s.add('StartMobilisation', cast.contractManager, '2022-05-09', {
      contractId: m.id,
      startedOn: '2022-05-09',
    });
    const k = kpis[m.id];
    s.add('DefineKpi', cast.contractManager, '2022-06-01', {
      contractId: m.id,
      kpiId: k.kpiId,
      name: `${k.name} (illustrative)`,
      unit: k.unit,
      target: k.target,
      direction: 'higher-is-better',
      tolerance: { greenWithinBps: 300, amberWithinBps: 1000 },
      frequency: 'quarterly',
      definedOn: '2022-06-01',
    });
    s.add('GoLive', cast.contractManager, GO_LIVE, { contractId: m.id, liveOn: GO_LIVE });
  }
  // Two years of quarterly returns and open-book claims (illustrative figures).
  const quarters = periods(GO_LIVE, 3, 8);
  for (const m of MODULES) {
    const k = kpis[m.id];
    // Spend a little under the price: verified expenditure plus margin stays within the annual value.
    const quarterlySpend = Math.floor((m.annual * 10_000) / (10_000 + MARGIN_BPS) / 4 / 100) * 100;
    recordDelivery(
      s,
      cast,
      m.id,
      quarters,
      [
        {
          kpiId: k.kpiId,
          actual: (p) => k.target - (p.index === 0 ? Math.ceil(k.target / 20) : 0) + (p.index % 3),
        },
      ],
      {
        claimed: (p) => quarterlySpend - pounds(500 * (p.index % 4)),
        verified: (p) => quarterlySpend - pounds(500 * (p.index % 4)) - (p.index === 2 ? pounds(1_250) : 0),
      },
      // The family time return for October to December 2022 went by email over the winter and was
      // typed in on 20 February 2023 (illustrative): an entry recorded weeks after its quarter.
      {
        returnEnteredOn: (p) =>
          m.id === 'sbc-family-time' && p.start === '2022-10-01' ? '2023-02-20' : undefined,
      },
    );
  }
  // The year-one reviews were held on 20 July 2023 and their minutes entered on 1 September
  // (illustrative): until then the council's system did not know the modules were embedded.
  for (const m of MODULES) {
    s.add(
      'RecordPerformanceReview',
      cast.contractManager,
      '2023-07-20',
      {
        contractId: m.id,
        reviewId: `${m.id}-review-year-1`,
        reviewedOn: '2023-07-20',
        periodStart: GO_LIVE,
        periodEnd: '2023-06-30',
        rating: 'good',
        rag: 'green',
        decision: 'continue',
        kpiAssessments: [{ kpiId: kpis[m.id].kpiId, rating: 'good', rag: 'green' }],
        confirmsEmbedded: true,
      },
      { recordedAt: REVIEWS_ENTERED },
    );
  }
  // Expansion only once the initial modules are embedded (the seed's condition).
  for (const e of EXPANSIONS) {
    s.add('ProposeModuleExpansion', cast.partner, '2023-09-04', {
      expansionId: e.id,
      agreementId: AGREEMENT,
      title: e.title,
      services: [e.title],
      deliveryModel: e.deliveryModel,
      annualValuePence: e.annual,
      proposedOn: '2023-09-04',
    });
  }
  s.add('RecordGovernanceDecision', cast.democratic, '2023-10-12', {
    decisionId: 'sbc-cabinet-2023-10-12',
    decisionMaker: 'executive',
    body: 'Cabinet (illustrative date)',
    subject: 'expansion',
    outcome: 'approved',
    decidedOn: '2023-10-12',
    summary: 'Add early help and young carers modules to the Partnership Services Scope (to £2.8m a year)',
  });
  for (const e of EXPANSIONS) {
    s.add('ApproveModuleExpansion', cast.commissioning, '2023-10-13', {
      expansionId: e.id,
      approvedOn: '2023-10-13',
      governanceDecisionId: 'sbc-cabinet-2023-10-12',
    });
  }
  for (const e of EXPANSIONS) {
    s.add('SignServiceContract', cast.legal, '2023-11-01', {
      contractId: e.id.replace('expansion', 'module'),
      title: e.title,
      services: [e.title],
      supplierId: 'provider-a',
      supplierName: PARTNER,
      ...PARTNER_FACTS,
      deliveryModel: e.deliveryModel,
      agreementId: AGREEMENT,
      expansionId: e.id,
      signedOn: '2023-11-01',
      startsOn: EXPANSIONS_START,
      // To the end of the agreement's minimum term (30 June 2027).
      initialTerm: { years: 3, months: 6 },
      annualValuePence: e.annual,
      openBook,
    });
  }
  for (const e of EXPANSIONS) {
    const contractId = e.id.replace('expansion', 'module');
    s.add('StartMobilisation', cast.contractManager, '2023-11-06', { contractId, startedOn: '2023-11-06' });
    s.add('GoLive', cast.contractManager, EXPANSIONS_START, { contractId, liveOn: EXPANSIONS_START });
  }
  return s.steps();
};

export const stockton: Seed = {
  key: 'stockton',
  title: 'Stockton-on-Tees family support strategic partnership',
  document: '000_f6a9e3643d5e0ac8.txt',
  partnershipId: PARTNERSHIP,
  councilName: COUNCIL,
  steps: script(),
  chapters: {
    // Every module live on 1 July 2022; the first quarterly return is due in October.
    live: '2022-07-02T00:00:00.000+01:00',
    // The year-one reviews confirming every module embedded, entered on 1 September 2023.
    embedded: '2023-09-02T00:00:00.000+01:00',
  },
  illustrative: [
    `partner ${PARTNER} and the other provider names`,
    'the split of £1.1m a year between the three modules (£500k, £400k, £200k)',
    'procurement dates (Oct 2021 to May 2022), the light-touch procedure, the scores and the Cabinet decisions',
    `open-book margin of ${MARGIN_BPS / 100}% on verified expenditure`,
    'KPIs, quarterly returns and claims; go-live on 1 July 2022',
    'entries made late: the family time return for Oct-Dec 2022 typed in on 20 Feb 2023, the year-one reviews of 20 Jul 2023 on 1 Sep 2023',
    'the two expansion modules (£1.2m and £0.5m a year) that take the scope to £2.8m a year from 1 January 2024',
  ],
};

/** Values of the telling that readers of its figures need (illustrative, as labelled above). */
export const stocktonTold = {
  modules: MODULES,
  goLive: GO_LIVE,
  expansionsStart: EXPANSIONS_START,
  marginBasisPoints: MARGIN_BPS,
  agreementId: AGREEMENT,
  reviewsEnteredAt: REVIEWS_ENTERED,
} as const;

/** What the notice states, in its words. */
export const stocktonStated = {
  marketEngagementEvent: {
    date: '2021-08-17',
    startTime: '10:00',
    endTime: '12:00',
    nominationsVia: 'NEPO',
    words:
      'Tuesday 17 August 2021 at 10.00am until 12.00 noon ... via the messaging facility of the NEPO portal',
  },
  annualValuePence: {
    value: pounds(1_100_000),
    words:
      'The initial combined value of the current Service Contracts is estimated at approximately £1.1m per year',
  },
  minimumTermMonths: { value: 60, words: 'initially intended to be a minimum of 5 years' },
  valueOverMinimumTermPence: {
    value: pounds(5_500_000),
    words: 'the original identified service contracts ... could have a combined value estimated at £5.5m',
  },
  potentialAnnualValuePence: {
    value: pounds(2_800_000),
    words: 'this could, potentially, increase the value of the contract to £2.8m per annum',
  },
  initialModules: {
    value: 3,
    words:
      'family time (family contact/supervised contact) and low-level family outreach support as well as ... a volunteering service',
  },
  openBook: {
    words:
      'an open book basis, allowing for an agreed element of profit or surplus to be added to verified expenditure',
  },
  expansionCondition: {
    words:
      'The expansion of the Partnership Services Scope will only be considered after the initial modules/elements of the Partnership are embedded.',
  },
} as const;
