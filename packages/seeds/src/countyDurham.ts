import { Seed } from './seed';
import { castFor, pounds, undescribedProvider } from './telling/cast';
import { scriptConceived } from './telling/commissioning';
import { recordEvaluation } from './telling/tendering';

/**
 * County Durham's engagement with the voluntary and community sector (seed 004): the Children's
 * Trust commissioned Cornforth Partnership in June 2011, through an open process, to build a VCS
 * consortia framework: membership proformas that test tender-readiness and safeguarding (37 collated;
 * 34 organisations joined since July 2011), five development days, and market engagement workshops
 * (64 providers at the first, October 2011). The money: an initial 6-month contract of £15,000,
 * £17,000 more to extend it to March 2012, then £25,000 for 12 months for 2012/13.
 */
const PARTNERSHIP = 'durham-vcs-consortia-framework';
const COUNCIL = 'Durham County Council';
const PARTNER = 'Cornforth Partnership';
/**
 * The seed calls Cornforth Partnership a third sector provider: a VCSE. That it is an SME is assumed
 * (illustrative); the document gives no registration number, so the publications report it missing.
 */
const PARTNER_FACTS = undescribedProvider();
const cast = castFor('durham', COUNCIL, PARTNER);
const FRAMEWORK = 'County Durham VCS consortia framework';

const FIRST = 'durham-consortia-2011';
const SECOND = 'durham-consortia-2012-13';

const script = () => {
  const s = scriptConceived(PARTNERSHIP, cast.commissioning, {
    title: 'Effective engagement with the third sector: VCS consortia framework',
    serviceArea: "Children's Trust commissioning through the voluntary and community sector",
    description:
      'Continue VCS engagement after the engagement post was deleted in July 2010: representation, market stimulation, capacity building, consortia',
    leadCommissioner: {
      commissionerId: 'durham-cc',
      name: `${COUNCIL} (Children and Young People's Services)`,
    },
    conceivedOn: '2010-09-01',
  });
  s.add('RecordGovernanceDecision', cast.democratic, '2011-03-15', {
    decisionId: 'childrens-trust-2011',
    decisionMaker: 'partnership-board',
    body: "Children's Trust Executive Board (date illustrative)",
    subject: 'procurement-approach',
    outcome: 'approved',
    decidedOn: '2011-03-15',
    summary: 'Commission a third-sector provider to develop a consortia framework, through an open process',
    approvedValuePence: pounds(15_000),
  });
  // Below the regulated thresholds: the council's own contract procedure rules, no statutory standstill.
  s.add('LaunchProcurement', cast.procurement, '2011-04-04', {
    procurementId: FIRST,
    title: 'VCS engagement, market stimulation and consortia framework',
    regime: 'below-threshold',
    procedure: 'open',
    lightTouch: false,
    launchedOn: '2011-04-04',
    estimatedAnnualValuePence: pounds(30_000),
    maximumTermMonths: 6,
    estimatedTotalValuePence: pounds(15_000),
    lots: [
      {
        lotId: 'consortia',
        title: 'Consortia framework, technical competence and market engagement (three elements)',
        services: [
          { name: 'Representation of the COI and a consortia framework', annualBudgetPence: null },
          { name: 'Technical competence building', annualBudgetPence: null },
          { name: 'Market engagement', annualBudgetPence: null },
        ],
        localities: ['County Durham'],
        annualBudgetPence: pounds(30_000),
      },
    ],
    governanceDecisionId: 'childrens-trust-2011',
  });
  s.add('RecordTender', cast.procurement, '2011-05-06', {
    procurementId: FIRST,
    tenderId: 'tender-cornforth',
    bidderId: 'cornforth-partnership',
    bidderName: PARTNER,
    lotIds: ['consortia'],
    receivedOn: '2011-05-06',
  });
  recordEvaluation(s, cast, {
    procurementId: FIRST,
    lotId: 'consortia',
    evaluatedOn: '2011-05-20',
    ranked: [{ tenderId: 'tender-cornforth', bidderId: 'cornforth-partnership', quality: 58, price: 30 }],
  });
  s.add('MakeAwardDecision', cast.procurement, '2011-06-01', {
    procurementId: FIRST,
    lotId: 'consortia',
    supplierId: 'cornforth-partnership',
    supplierName: PARTNER,
    decidedOn: '2011-06-01',
    annualValuePence: pounds(30_000),
    totalValuePence: pounds(15_000),
  });
  s.add('SignServiceContract', cast.legal, '2011-06-20', {
    contractId: FIRST,
    title: 'VCS consortia framework (initial 6 months)',
    services: ['Consortia framework', 'Technical competence building', 'Market engagement'],
    supplierId: 'cornforth-partnership',
    supplierName: PARTNER,
    ...PARTNER_FACTS,
    deliveryModel: 'partner',
    procurementId: FIRST,
    lotId: 'consortia',
    signedOn: '2011-06-20',
    // "In June 2011 the Children's Trust commissioned" and "joined ... since July 2011": it starts on
    // 1 July, so 6 months and the 3 the Transition Fund paid for end in March 2012. (An earlier telling
    // started it in April 2011 and extended it by 6 months, which the document's "3 months" rules out.)
    startsOn: '2011-07-01',
    initialTerm: { years: 0, months: 6 },
    annualValuePence: pounds(30_000),
    // "Initial 6 month contract ... to the value of £15,000": priced as a sum for the term.
    initialTermValuePence: pounds(15_000),
  });
  s.add('GoLive', cast.contractManager, '2011-07-01', { contractId: FIRST, liveOn: '2011-07-01' });
  s.add('DefineKpi', cast.contractManager, '2011-07-01', {
    contractId: FIRST,
    kpiId: 'framework-members',
    name: 'Organisations signed up to the consortia framework',
    unit: 'organisations',
    target: 30,
    direction: 'higher-is-better',
    tolerance: { greenWithinBps: 1000, amberWithinBps: 3000 },
    frequency: 'quarterly',
    definedOn: '2011-07-01',
  });
  s.add('DefineKpi', cast.contractManager, '2011-07-01', {
    contractId: FIRST,
    kpiId: 'engagement-attendance',
    name: 'Providers attending market engagement events',
    unit: 'providers',
    target: 50,
    direction: 'higher-is-better',
    tolerance: { greenWithinBps: 1000, amberWithinBps: 3000 },
    frequency: 'quarterly',
    definedOn: '2011-07-01',
  });
  // Five development days (dates illustrative), with support packs, checklists and proformas.
  const days = ['Derwentside', 'Durham & Chester-le-Street', 'Easington', 'Weardale', 'Teesdale'];
  for (const [i, area] of days.entries()) {
    const id = `development-day-${i + 1}`;
    const date = `2011-09-${String(6 + i * 5).padStart(2, '0')}`;
    s.add('ScheduleEngagementEvent', cast.partner, '2011-08-01', {
      engagementEventId: id,
      title: `Development Day: ${area}`,
      date,
      startTime: '10:00',
      endTime: '15:00',
      format: 'in-person',
      venueOrPlatform: area,
      scheduledOn: '2011-08-01',
    });
    s.add('RecordEngagementEventHeld', cast.partner, date, {
      engagementEventId: id,
      heldOn: date,
      attendanceCount: 15 + i,
      notes:
        'Attendance illustrative ("well attended"); support packs, Tender Ready Check Lists and membership proformas given out',
    });
  }
  // 37 proformas collated; 34 organisations joined; those not yet ready signposted for support.
  for (let n = 1; n <= 37; n++) {
    const id = String(n).padStart(2, '0');
    const ready = n <= 34;
    s.add('AssessProviderProforma', cast.partner, '2011-10-03', {
      proformaId: `proforma-${id}`,
      providerId: `vcs-${id}`,
      providerName: `VCS organisation ${id} (illustrative)`,
      receivedOn: '2011-10-03',
      tenderReady: ready,
      safeguardingMet: ready || n !== 37,
      ...(ready ? {} : { signpostedTo: n === 35 ? 'CVS' : 'One Voice Network' }),
    });
    if (ready) {
      s.add('AdmitFrameworkMember', cast.partner, '2011-10-10', {
        frameworkName: FRAMEWORK,
        providerId: `vcs-${id}`,
        proformaId: `proforma-${id}`,
        admittedOn: '2011-10-10',
      });
    }
  }
  s.add(
    'AdmitFrameworkMember',
    cast.partner,
    '2011-10-10',
    {
      frameworkName: FRAMEWORK,
      providerId: 'vcs-37',
      proformaId: 'proforma-37',
      admittedOn: '2011-10-10',
    },
    {
      expectRefusal: 'ProformaNotPassed',
      note: 'a provider whose proforma is not tender-ready or fails safeguarding cannot join the framework (illustrative provider)',
    },
  );
  s.add('ScheduleEngagementEvent', cast.procurement, '2011-09-26', {
    engagementEventId: 'market-engagement-workshop-1',
    title: 'Market Engagement Workshop 1',
    date: '2011-10-20',
    startTime: '09:30',
    endTime: '13:00',
    format: 'in-person',
    scheduledOn: '2011-09-26',
  });
  s.add('RecordEngagementEventHeld', cast.procurement, '2011-10-20', {
    engagementEventId: 'market-engagement-workshop-1',
    heldOn: '2011-10-20',
    attendanceCount: 64,
    notes: '64 cross-sector providers attended (day in October 2011 illustrative)',
  });
  s.add('SubmitPerformanceReturn', cast.partner, '2011-10-10', {
    contractId: FIRST,
    returnId: 'return-2011-q3',
    periodStart: '2011-07-01',
    periodEnd: '2011-09-30',
    submittedOn: '2011-10-10',
    measures: [
      { kpiId: 'framework-members', actual: 34 },
      { kpiId: 'engagement-attendance', actual: 64 },
    ],
  });
  s.add('ApprovePerformanceReturn', cast.contractManager, '2011-10-24', {
    contractId: FIRST,
    returnId: 'return-2011-q3',
    approvedOn: '2011-10-24',
  });
  s.add('RecordFundingSource', cast.finance, '2011-11-15', {
    fundingSourceId: 'transition-fund',
    name: 'Transition Fund',
    kind: 'grant',
    contributorIds: [],
    recordedOn: '2011-11-15',
  });
  // "Further investment of £17,000 ... to extend the contract until March 2012": 3 more months.
  s.add('ModifyContract', cast.commissioning, '2011-11-28', {
    contractId: FIRST,
    modificationId: 'extension-to-march-2012',
    kind: 'term-and-value',
    description: 'Extended to 31 March 2012 with £17,000 of further investment (Transition Fund)',
    agreedOn: '2011-11-28',
    termChangeMonths: 3,
    valueChangePence: pounds(17_000),
  });
  s.add('RecordPerformanceReview', cast.contractManager, '2012-01-16', {
    contractId: FIRST,
    reviewId: 'review-2012-01',
    reviewedOn: '2012-01-16',
    periodStart: '2011-07-01',
    periodEnd: '2011-12-31',
    rating: 'good',
    rag: 'green',
    decision: 'continue',
    kpiAssessments: [
      { kpiId: 'framework-members', rating: 'good', rag: 'green' },
      { kpiId: 'engagement-attendance', rating: 'good', rag: 'green' },
    ],
  });
  // January 2012: the Children's Trust lets a further contract to Cornforth Partnership for 2012/13.
  s.add('RecordGovernanceDecision', cast.democratic, '2012-01-24', {
    decisionId: 'childrens-trust-2012-01',
    decisionMaker: 'partnership-board',
    body: "Children's Trust (January 2012)",
    subject: 'award',
    outcome: 'approved',
    decidedOn: '2012-01-24',
    summary: 'Let a further contract to Cornforth Partnership to continue to build the framework',
    approvedValuePence: pounds(25_000),
  });
  s.add('LaunchProcurement', cast.procurement, '2012-01-25', {
    procurementId: SECOND,
    title: 'Consortia framework 2012/13',
    regime: 'below-threshold',
    procedure: 'direct-award',
    lightTouch: false,
    launchedOn: '2012-01-25',
    estimatedAnnualValuePence: pounds(25_000),
    maximumTermMonths: 12,
    estimatedTotalValuePence: pounds(25_000),
    lots: [
      {
        lotId: 'consortia',
        title: 'Consortia framework 2012/13',
        services: [{ name: 'Consortia framework', annualBudgetPence: pounds(25_000) }],
        localities: ['County Durham'],
        annualBudgetPence: pounds(25_000),
      },
    ],
    governanceDecisionId: 'childrens-trust-2012-01',
  });
  s.add('MakeAwardDecision', cast.procurement, '2012-01-25', {
    procurementId: SECOND,
    lotId: 'consortia',
    supplierId: 'cornforth-partnership',
    supplierName: PARTNER,
    decidedOn: '2012-01-25',
    annualValuePence: pounds(25_000),
    totalValuePence: pounds(25_000),
    governanceDecisionId: 'childrens-trust-2012-01',
  });
  s.add('RecordFundingSource', cast.finance, '2012-02-01', {
    fundingSourceId: 'teenage-pregnancy-strand',
    name: 'Teenage Pregnancy Commissioning strand',
    kind: 'other',
    contributorIds: [],
    recordedOn: '2012-02-01',
  });
  s.add('SignServiceContract', cast.legal, '2012-03-01', {
    contractId: SECOND,
    title: 'VCS consortia framework 2012/13',
    services: ['Consortia framework'],
    supplierId: 'cornforth-partnership',
    supplierName: PARTNER,
    ...PARTNER_FACTS,
    deliveryModel: 'partner',
    procurementId: SECOND,
    lotId: 'consortia',
    signedOn: '2012-03-01',
    startsOn: '2012-04-01',
    initialTerm: { years: 1, months: 0 },
    annualValuePence: pounds(25_000),
  });
  s.add('RecordContractExpiry', cast.contractManager, '2012-04-01', {
    contractId: FIRST,
    expiredOn: '2012-03-31',
  });
  s.add('GoLive', cast.contractManager, '2012-04-01', { contractId: SECOND, liveOn: '2012-04-01' });
  return s.steps();
};

export const countyDurham: Seed = {
  key: 'durham',
  title: 'County Durham: VCS consortia framework (Cornforth Partnership)',
  document: '004_a22a384c945d98f4.txt',
  partnershipId: PARTNERSHIP,
  councilName: COUNCIL,
  // Durham's own configuration: the framework partner runs the development days it was contracted for.
  policy: (base) => ({
    ...base,
    permissions: {
      ...base.permissions,
      ScheduleEngagementEvent: [...base.permissions.ScheduleEngagementEvent, 'partner'],
      RecordEngagementEventHeld: [...base.permissions.RecordEngagementEventHeld, 'partner'],
    },
  }),
  steps: script(),
  chapters: {},
  illustrative: [
    'exact days (the seed gives months: June 2011, January 2012, October 2011) and the Trust decision dates',
    'the 37 proforma organisations (anonymous), which three were not ready, and development-day attendance',
    'KPI targets (the seed lists the measures of success, not their targets) and the quarterly return',
    'the 2012/13 contract let by direct award below the thresholds (the seed says only "let a further contract")',
  ],
  notes: [
    'The first contract starts 1 July 2011 so that 6 months plus the 3-month extension end in March 2012, as the seed says.',
    'The £17,000 extension is a term-and-value modification of a below-threshold contract (outside the regulated regime).',
  ],
};

/** Values of the telling that readers of its figures need (illustrative where labelled above). */
export const countyDurhamTold = {
  firstContractId: FIRST,
  secondContractId: SECOND,
  firstWorkshopId: 'market-engagement-workshop-1',
} as const;

/** What the local practice example states, in its words. */
export const countyDurhamStated = {
  commissioned: {
    value: '2011-06',
    words: "In June 2011 the Children's Trust commissioned a third sector provider",
  },
  firstContractInitialPence: {
    value: pounds(15_000),
    words: "Initial 6 month contract commissioned by the Children's Trust to the value of £15,000",
  },
  firstContractMonths: { value: 6, words: 'The contract was awarded to Cornforth Partnership for 6 months' },
  extensionPence: {
    value: pounds(17_000),
    words:
      'Further investment of £17,000 from the Cornforth Partnership to extend the contract until March 2012',
  },
  extensionMonths: {
    value: 3,
    words: 'further funding was secured for 3 months through the Transition Fund',
  },
  secondContractPence: {
    value: pounds(25_000),
    words: 'For 2012/13, an investment of £25,000 for 12 months for the consortia contract',
  },
  proformasCollated: { value: 37, words: 'The Partnership has already collated 37 completed proformas' },
  frameworkMembers: {
    value: 34,
    words: '34 organisations have joined the consortia framework since July 2011',
  },
  firstWorkshopAttendance: {
    value: 64,
    words:
      'The first Market Engagement Workshop was held in October 2011 ... with 64 cross sector providers attending',
  },
} as const;
