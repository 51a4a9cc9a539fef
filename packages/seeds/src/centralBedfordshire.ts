import { Seed } from './seed';
import { castFor, pounds, providerFacts } from './telling/cast';
import { recordCommissioningActivities, scriptConceived } from './telling/commissioning';
import { recordDelivery } from './telling/delivery';
import { periods } from './telling/periods';
import { recordEvaluation, ScoredTender } from './telling/tendering';

/**
 * Central Bedfordshire Council's recommissioning of support services for children and young people
 * (seed 001, a committee report of July 2018): seven contracts, five locality 0-12 family service lots
 * (£1.52M a year in total), one all-area youth service (£404k a year: IAG £160k, targeted youth work
 * £189k, mentoring and independent visiting £55k) and one supervised contact service (£300k a year);
 * competitive dialogue for the lots, the open procedure for supervised contact; five years plus two
 * optional one-year extensions; MTFP savings of £20k a year from the first year and a further £59k a
 * year from the second, so the maximum commitment over seven years after savings is £15.07M.
 * Standstill "completed 27/5/19"; mobilisation 1/9/19.
 */
const PARTNERSHIP = 'central-bedfordshire-cyp-support';
const COUNCIL = 'Central Bedfordshire Council';
// Illustrative: the report predates the award and names no providers.
const PROVIDERS = {
  family: 'Bedfordshire Family Partnership (illustrative)',
  youth: 'Central Beds Youth Trust (illustrative)',
  contact: 'Safe Contact Services (illustrative)',
  runnerUp: 'Chiltern Children Services (illustrative)',
} as const;
const cast = castFor('central-bedfordshire', COUNCIL, PROVIDERS.family);
const youthCast = castFor('central-bedfordshire', COUNCIL, PROVIDERS.youth);
const contactCast = castFor('central-bedfordshire', COUNCIL, PROVIDERS.contact);

const CD = 'cbc-support-services-cd-2018';
const OPEN = 'cbc-supervised-contact-open-2018';

/** £1,520,000 a year across five localities; the seed gives only the total, so an equal split is illustrative. */
const LOCALITY_LOTS = [1, 2, 3, 4, 5].map((n) => ({
  lotId: `family-locality-${n}`,
  title: `Family Service 0-12, locality ${n}`,
  locality: `Locality ${n} (illustrative name)`,
  annual: pounds(304_000),
}));
const YOUTH_LOT = {
  lotId: 'youth-all-area',
  title: 'Youth Service (all areas)',
  services: [
    { name: 'Information, advice and guidance (IAG)', annualBudgetPence: pounds(160_000) },
    { name: 'Targeted youth work', annualBudgetPence: pounds(189_000) },
    { name: 'Mentoring and independent visiting', annualBudgetPence: pounds(55_000) },
  ],
  annual: pounds(404_000),
};
const CONTACT_LOT = {
  lotId: 'supervised-contact',
  title: 'Supervised Contact (all areas, all ages)',
  annual: pounds(300_000),
};

const TERM = { years: 5, months: 0 };
const EXTENSIONS = { count: 2, lengthMonths: 12 };
// "(NB MTFP savings 19/20= £20k, 20/21 = £59k )". The report names them by financial year, but its own
// maximum, 2,224,000 x 7 - (20,000 x 7 + 59,000 x 6) = £15.07M, takes them as whole years of the
// contract: seven of the first, six of the further one, the contract's first year standing for 2019/20.
// They are recorded as the council computed them. Taken from 1 April of each financial year instead,
// the further saving would run 77 months of a term mobilised on 1 September 2019, not 72, and the
// maximum would be £15,049,416.67 (the domain's seed test shows both).
const MTFP = [
  { label: 'MTFP saving 2019/20', fromContractYear: 1, annualAmountPence: pounds(20_000) },
  { label: 'MTFP saving 2020/21 (further)', fromContractYear: 2, annualAmountPence: pounds(59_000) },
];
const STARTS = '2019-09-01';

const script = () => {
  const s = scriptConceived(PARTNERSHIP, cast.commissioning, {
    title: 'Recommissioning support services for children and young people',
    serviceArea: "Children's services: children's centres, youth work, supervised contact",
    description:
      'Children centres, supervised contact and youth work recommissioned as outcome-based contracts',
    leadCommissioner: { commissionerId: 'central-bedfordshire-council', name: COUNCIL },
    conceivedOn: '2018-01-09',
    estimatedAnnualValuePence: pounds(2_224_000),
    intendedMinimumTermMonths: 60,
  });
  s.add('RecordGovernanceDecision', cast.democratic, '2018-01-09', {
    decisionId: 'cbc-executive-2018-01',
    decisionMaker: 'executive',
    body: 'Executive (January 2018; day illustrative)',
    subject: 'commissioning-strategy',
    outcome: 'approved',
    decidedOn: '2018-01-09',
    summary:
      "Approach recommended by the Children's Services Commissioning team for recommissioning support services",
  });
  recordCommissioningActivities(s, cast.commissioning, 'assess', [
    ['needs-analysis', 'Needs analysis and service reviews', '2018-03-30'],
    ['evidence-review', 'Review of the evidence base', '2018-03-30'],
    [
      'stakeholder-engagement',
      'Stakeholder engagement events, reaching over a thousand people',
      '2018-04-30',
    ],
    ['provider-forum', 'Provider forum for soft market testing', '2018-04-30'],
    ['benchmarking', 'Benchmarking of operating models in other areas', '2018-05-31'],
  ]);
  recordCommissioningActivities(s, cast.commissioning, 'design', [
    ['indicative-costings', 'Indicative costings of potential options', '2018-05-31'],
    [
      'options-appraisal',
      'Options appraisal: five locality 0-12 contracts, supervised contact, targeted youth provision',
      '2018-06-29',
    ],
    ['public-consultation', 'Public consultation (July to September 2018)', '2018-09-28'],
  ]);
  // "Report to Executive for approval to proceed: October 7th 2018".
  s.add('RecordGovernanceDecision', cast.democratic, '2018-10-07', {
    decisionId: 'cbc-executive-2018-10-07',
    decisionMaker: 'executive',
    body: 'Executive',
    subject: 'procurement-approach',
    outcome: 'approved',
    decidedOn: '2018-10-07',
    summary:
      'Proceed to procure: competitive dialogue for the family and youth lots, open procedure for supervised contact',
    approvedValuePence: pounds(15_074_000),
  });
  const cdAnnual = LOCALITY_LOTS.reduce((sum, l) => sum + l.annual, 0) + YOUTH_LOT.annual;
  s.add('LaunchProcurement', cast.procurement, '2018-10-15', {
    procurementId: CD,
    title: 'Family Service 0-12 (five localities) and Youth Service',
    regime: 'PCR2015',
    procedure: 'competitive-dialogue',
    lightTouch: false,
    launchedOn: '2018-10-15',
    advertisedOn: '2018-10-15',
    portal: 'OJEU',
    estimatedAnnualValuePence: cdAnnual,
    maximumTermMonths: 84,
    estimatedTotalValuePence: cdAnnual * 7,
    lots: [
      ...LOCALITY_LOTS.map((l) => ({
        lotId: l.lotId,
        title: l.title,
        services: [
          { name: 'Family service for 0-12 year olds (children centres)', annualBudgetPence: l.annual },
        ],
        localities: [l.locality],
        annualBudgetPence: l.annual,
      })),
      {
        lotId: YOUTH_LOT.lotId,
        title: YOUTH_LOT.title,
        services: YOUTH_LOT.services,
        localities: ['Central Bedfordshire'],
        annualBudgetPence: YOUTH_LOT.annual,
      },
    ],
    governanceDecisionId: 'cbc-executive-2018-10-07',
  });
  s.add('LaunchProcurement', cast.procurement, '2018-10-15', {
    procurementId: OPEN,
    title: 'Supervised Contact',
    regime: 'PCR2015',
    procedure: 'open',
    lightTouch: false,
    launchedOn: '2018-10-15',
    advertisedOn: '2018-10-15',
    portal: 'OJEU',
    estimatedAnnualValuePence: CONTACT_LOT.annual,
    maximumTermMonths: 84,
    estimatedTotalValuePence: CONTACT_LOT.annual * 7,
    lots: [
      {
        lotId: CONTACT_LOT.lotId,
        title: CONTACT_LOT.title,
        services: [
          { name: 'Supervised contact for looked-after children', annualBudgetPence: CONTACT_LOT.annual },
        ],
        localities: ['Central Bedfordshire'],
        annualBudgetPence: CONTACT_LOT.annual,
      },
    ],
    governanceDecisionId: 'cbc-executive-2018-10-07',
  });

  // Competitive dialogue: selection, two rounds, final tenders "beginning of March following dialogue".
  const cdLots = [...LOCALITY_LOTS.map((l) => l.lotId), YOUTH_LOT.lotId];
  const shortlist = [
    { bidderId: 'bidder-family', name: PROVIDERS.family, lotIds: LOCALITY_LOTS.map((l) => l.lotId) },
    { bidderId: 'bidder-youth', name: PROVIDERS.youth, lotIds: [YOUTH_LOT.lotId] },
    { bidderId: 'bidder-runner-up', name: PROVIDERS.runnerUp, lotIds: cdLots },
  ];
  s.add('ShortlistBidders', cast.procurement, '2018-11-30', {
    procurementId: CD,
    shortlistedOn: '2018-11-30',
    bidders: shortlist,
  });
  const rounds = [
    { round: 1, startedOn: '2018-12-03', endedOn: '2018-12-14' },
    { round: 2, startedOn: '2019-01-21', endedOn: '2019-02-15' },
  ];
  for (const { round, startedOn, endedOn } of rounds) {
    s.add('RecordDialogueRound', cast.procurement, endedOn, {
      procurementId: CD,
      round,
      startedOn,
      endedOn,
      bidderIds: shortlist.map((b) => b.bidderId),
      lotIds: cdLots,
    });
  }
  s.add('InviteFinalTenders', cast.procurement, '2019-03-04', {
    procurementId: CD,
    invitedOn: '2019-03-04',
    deadline: '2019-04-01',
  });
  for (const b of shortlist) {
    s.add('RecordTender', cast.procurement, '2019-04-01', {
      procurementId: CD,
      tenderId: `cd-tender-${b.bidderId}`,
      bidderId: b.bidderId,
      bidderName: b.name,
      lotIds: b.lotIds,
      receivedOn: '2019-04-01',
    });
  }
  for (const b of [
    { bidderId: 'bidder-contact', name: PROVIDERS.contact },
    { bidderId: 'bidder-runner-up', name: PROVIDERS.runnerUp },
  ]) {
    s.add('RecordTender', cast.procurement, '2019-03-29', {
      procurementId: OPEN,
      tenderId: `open-tender-${b.bidderId}`,
      bidderId: b.bidderId,
      bidderName: b.name,
      lotIds: [CONTACT_LOT.lotId],
      receivedOn: '2019-03-29',
    });
  }
  // Illustrative scores (out of 100; quality 60, price 40), best first.
  const cdTender = (bidderId: string, quality: number, price: number) =>
    ({ tenderId: `cd-tender-${bidderId}`, bidderId, quality, price }) as const;
  const evaluated = (procurementId: string, lotId: string, ranked: readonly ScoredTender[]) =>
    recordEvaluation(s, cast, { procurementId, lotId, evaluatedOn: '2019-04-26', ranked });
  for (const lot of LOCALITY_LOTS) {
    evaluated(CD, lot.lotId, [cdTender('bidder-family', 51, 33), cdTender('bidder-runner-up', 45, 35)]);
  }
  evaluated(CD, YOUTH_LOT.lotId, [cdTender('bidder-youth', 50, 36), cdTender('bidder-runner-up', 44, 34)]);
  evaluated(OPEN, CONTACT_LOT.lotId, [
    { tenderId: 'open-tender-bidder-contact', bidderId: 'bidder-contact', quality: 52, price: 37 },
    { tenderId: 'open-tender-bidder-runner-up', bidderId: 'bidder-runner-up', quality: 47, price: 34 },
  ]);
  s.add('RecordGovernanceDecision', cast.democratic, '2019-05-13', {
    decisionId: 'cbc-executive-2019-05-13',
    decisionMaker: 'executive',
    body: 'Executive (illustrative date)',
    subject: 'award',
    outcome: 'approved',
    decidedOn: '2019-05-13',
    summary: 'Award the seven contracts within the £2.22M a year envelope',
    approvedValuePence: pounds(15_074_000),
  });
  const awards = [
    ...LOCALITY_LOTS.map((l) => ({
      procurementId: CD,
      lotId: l.lotId,
      supplierId: 'bidder-family',
      supplierName: PROVIDERS.family,
      annual: l.annual,
    })),
    {
      procurementId: CD,
      lotId: YOUTH_LOT.lotId,
      supplierId: 'bidder-youth',
      supplierName: PROVIDERS.youth,
      annual: YOUTH_LOT.annual,
    },
    {
      procurementId: OPEN,
      lotId: CONTACT_LOT.lotId,
      supplierId: 'bidder-contact',
      supplierName: PROVIDERS.contact,
      annual: CONTACT_LOT.annual,
    },
  ];
  for (const a of awards) {
    s.add('MakeAwardDecision', cast.procurement, '2019-05-13', {
      procurementId: a.procurementId,
      lotId: a.lotId,
      supplierId: a.supplierId,
      supplierName: a.supplierName,
      decidedOn: '2019-05-13',
      annualValuePence: a.annual,
      totalValuePence: a.annual * 7,
      governanceDecisionId: 'cbc-executive-2019-05-13',
    });
  }
  // The report gives only the completion ("Standstill period completed 27/5/19"); notices on Tuesday
  // 14 May are assumed: ten calendar days to Friday 24 May, its end recorded on Monday 27 May.
  for (const [procurementId, lotIds] of [
    [CD, cdLots],
    [OPEN, [CONTACT_LOT.lotId]],
  ] as const) {
    s.add('IssueStandstillNotice', cast.procurement, '2019-05-14', {
      procurementId,
      lotIds: [...lotIds],
      noticeDate: '2019-05-14',
    });
  }
  const contracts = awards.map((a) => ({ ...a, contractId: `cbc-${a.lotId}` }));
  const signing = (c: (typeof contracts)[number], signedOn: string) => {
    const lot = LOCALITY_LOTS.find((l) => l.lotId === c.lotId);
    return {
      contractId: c.contractId,
      title: lot?.title ?? (c.lotId === YOUTH_LOT.lotId ? YOUTH_LOT.title : CONTACT_LOT.title),
      services:
        c.lotId === YOUTH_LOT.lotId
          ? YOUTH_LOT.services.map((x) => x.name)
          : [lot === undefined ? 'Supervised contact' : 'Family service 0-12'],
      supplierId: c.supplierId,
      supplierName: c.supplierName,
      deliveryModel: 'partner' as const,
      // Illustrative: the report names no providers, so none of their registrations or status.
      ...providerFacts({ sme: true, vcse: c.supplierId !== 'bidder-contact' }),
      // Illustrative: the first annual review of the outcomes framework, a year after mobilisation.
      reviewOn: '2020-09-01',
      procurementId: c.procurementId,
      lotId: c.lotId,
      ...(lot === undefined ? {} : { localities: [lot.locality] }),
      signedOn,
      startsOn: STARTS,
      initialTerm: TERM,
      extensionOptions: EXTENSIONS,
      annualValuePence: c.annual,
      // The report places the MTFP savings against the youth service budget.
      ...(c.lotId === YOUTH_LOT.lotId ? { savingsSchedule: MTFP } : {}),
    };
  };
  s.add('SignServiceContract', cast.legal, '2019-05-24', signing(contracts[0]!, '2019-05-24'), {
    expectRefusal: 'StandstillNotEnded',
    note: 'the standstill runs to the end of 24 May, and its end must be recorded before a contract is signed',
  });
  for (const procurementId of [CD, OPEN]) {
    s.add('EndStandstill', cast.procurement, '2019-05-27', { procurementId, endedOn: '2019-05-27' });
  }
  for (const c of contracts) s.add('SignServiceContract', cast.legal, '2019-06-03', signing(c, '2019-06-03'));
  s.add('AdoptOutcomesFramework', cast.commissioning, '2019-06-10', {
    frameworkId: 'cbc-voice-of-cyp',
    title: 'Voice of the CYP outcomes framework',
    outcomes: [
      { outcomeId: 'cyp-friendly', statement: 'I want services that are child and young person friendly' },
      {
        outcomeId: 'one-record',
        statement: 'I have one up to date record that is used by everyone involved in my care',
      },
      {
        outcomeId: 'best-start',
        statement:
          'I have the support and information that I need to have a healthy pregnancy and birth, and to give my baby the best start in life',
      },
      {
        outcomeId: 'resilient',
        statement:
          "I want services that help me live a healthy lifestyle, support me to be resilient to cope with life's ups and downs and help me avoid harming my health and wellbeing",
      },
      {
        outcomeId: 'right-support',
        statement:
          'I have the right support at the right time to be able to achieve my goals, aspirations and potential and to become an independent adult',
      },
      {
        outcomeId: 'kept-safe',
        statement:
          "I want services to make sure concerns for me or my family's safety are identified, reported and dealt with quickly and effectively",
      },
    ],
    contractIds: contracts.map((c) => c.contractId),
    adoptedOn: '2019-06-10',
  });
  // Illustrative KPIs, one per contract, each tied to an outcome of the framework.
  const kpiOf = (c: (typeof contracts)[number]) =>
    c.lotId === YOUTH_LOT.lotId
      ? {
          kpiId: `${c.contractId}-kpi`,
          name: 'Young people with an agreed goal achieved (illustrative)',
          unit: 'basis points of young people supported',
          target: 7000,
          outcomeId: 'right-support',
        }
      : c.lotId === CONTACT_LOT.lotId
        ? {
            kpiId: `${c.contractId}-kpi`,
            name: 'Contact sessions held safely as planned (illustrative)',
            unit: 'basis points of planned sessions',
            target: 9500,
            outcomeId: 'kept-safe',
          }
        : {
            kpiId: `${c.contractId}-kpi`,
            name: 'Families with under-fives registered and engaged (illustrative)',
            unit: 'basis points of families',
            target: 8000,
            outcomeId: 'best-start',
          };
  for (const c of contracts) {
    const k = kpiOf(c);
    s.add('DefineKpi', cast.contractManager, '2019-06-24', {
      contractId: c.contractId,
      kpiId: k.kpiId,
      name: k.name,
      unit: k.unit,
      target: k.target,
      direction: 'higher-is-better',
      tolerance: { greenWithinBps: 500, amberWithinBps: 1500 },
      frequency: 'quarterly',
      outcomeId: k.outcomeId,
      definedOn: '2019-06-24',
    });
  }
  s.add('AgreeIncentive', cast.contractManager, '2019-06-24', {
    contractId: 'cbc-youth-all-area',
    incentiveId: 'cbc-youth-incentive',
    kpiId: 'cbc-youth-all-area-kpi',
    description: 'Incentive payment for priority outcomes achieved (illustrative amount)',
    maximumPaymentPence: pounds(10_000),
    agreedOn: '2019-06-24',
  });
  for (const c of contracts) {
    s.add('StartMobilisation', cast.contractManager, STARTS, { contractId: c.contractId, startedOn: STARTS });
  }
  for (const c of contracts) {
    s.add('GoLive', cast.contractManager, '2019-10-01', { contractId: c.contractId, liveOn: '2019-10-01' });
  }
  // The first year of quarterly returns (illustrative actuals), then the annual review.
  const quarters = periods('2019-10-01', 3, 4);
  for (const c of contracts) {
    const k = kpiOf(c);
    const who =
      c.supplierId === 'bidder-youth' ? youthCast : c.supplierId === 'bidder-contact' ? contactCast : cast;
    recordDelivery(s, who, c.contractId, quarters, [
      { kpiId: k.kpiId, actual: (p) => k.target - 600 + p.index * 250 },
    ]);
    s.add('RecordPerformanceReview', cast.contractManager, '2020-10-15', {
      contractId: c.contractId,
      reviewId: `${c.contractId}-review-2020`,
      reviewedOn: '2020-10-15',
      periodStart: '2019-10-01',
      periodEnd: '2020-09-30',
      rating: 'approaching-target',
      rag: 'amber',
      decision: 'continue',
      kpiAssessments: [{ kpiId: k.kpiId, rating: 'approaching-target', rag: 'amber' }],
    });
  }
  return s.steps();
};

export const centralBedfordshire: Seed = {
  key: 'centralBedfordshire',
  title: 'Central Bedfordshire: support services for children and young people (7 lots)',
  document: '001_0eee21eaa6bbf237.txt',
  partnershipId: PARTNERSHIP,
  councilName: COUNCIL,
  steps: script(),
  chapters: {
    // The Executive's approval to proceed (7 October 2018), a week before both procurements launch.
    approved: '2018-10-08T00:00:00.000+01:00',
    // Every lot awarded and both standstill notices issued (14 May 2019).
    awarded: '2019-05-15T00:00:00.000+01:00',
    // Contracts signed on 3 June 2019, before mobilisation from 1 September.
    signed: '2019-06-04T00:00:00.000+01:00',
  },
  illustrative: [
    'provider names and scores; the equal split of £1.52M a year across the five localities (£304k each) and their names',
    'the day of the January 2018 Executive decision; procurement dates other than those in the report',
    'standstill notices on Tuesday 14 May 2019 (the report gives only the completion, 27 May)',
    'contracts signed 3 June 2019, starting 1 September 2019 (mobilisation) and live from 1 October 2019',
    'KPIs, the youth incentive, a year of quarterly returns and the 2020 reviews',
  ],
  notes: [
    'Standstill: recorded completed on 27 May 2019, as the report says, after notices assumed on 14 May; an attempt to sign on 24 May, the last day of the standstill, is refused.',
    'MTFP savings (£20k a year from 2019/20, a further £59k a year from 2020/21) are scheduled against the youth service contract, where the report notes them.',
  ],
};

/** Values of the telling that readers of its figures need (illustrative where labelled above). */
export const centralBedfordshireTold = {
  dialogueProcurementId: CD,
  openProcurementId: OPEN,
  approvalToProceedId: 'cbc-executive-2018-10-07',
  youthContractId: `cbc-${YOUTH_LOT.lotId}`,
  contactContractId: `cbc-${CONTACT_LOT.lotId}`,
  youthLotId: YOUTH_LOT.lotId,
  contactLotId: CONTACT_LOT.lotId,
  localityLotPrefix: 'family-locality-',
  startsOn: STARTS,
} as const;

/** What the committee report of July 2018 states, in its words. */
export const centralBedfordshireStated = {
  lots: {
    value: 7,
    words: 'five locality services ... One all area budget ... one all area, all age service',
  },
  localityLotsAnnualPence: {
    value: pounds(1_520_000),
    words:
      'Family Service (0-12 years) To be allocated aligned to each of the five locality services- total: £1.52M p/a',
  },
  youthAnnualPence: {
    value: pounds(404_000),
    words: 'One all area budget to cover all elements of the service- total: £404k p/a',
  },
  youthServicesPence: {
    value: [pounds(160_000), pounds(189_000), pounds(55_000)],
    words:
      'Information, advice and Guidance: £160,000 p/a; Targetted Youth Work: £189,000 p/a; Mentoring and Independent Visiting: £55,000 p/a',
  },
  supervisedContactAnnualPence: {
    value: pounds(300_000),
    words: 'One budget to fund one all area, all age service- total:£300k',
  },
  annualEnvelopePence: {
    value: pounds(2_224_000),
    words:
      'The total financial envelope for the new services in scope is £2.22M per annum, before MTFP saving targets',
  },
  mtfpSavingsPence: {
    value: [pounds(20_000), pounds(59_000)],
    words: '(NB MTFP savings 19/20= £20k, 20/21 = £59k )',
  },
  maximumCommitmentAfterSavingsPence: {
    // 2,224,000 x 7 - (20,000 x 7 + 59,000 x 6) = 15,074,000: the report rounds it to £15.07M.
    value: pounds(15_074_000),
    words:
      'The potential maximum financial committent for the services over a maximum period of seven years is therefore £15.07M, after MTFP savings',
  },
  term: {
    initialYears: 5,
    extensions: { count: 2, lengthMonths: 12 },
    words: 'initial contract lengths of five years with two optional one year extensions',
  },
  standstillEnded: { value: '2019-05-27', words: 'Standstill period completed 27/5/19' },
  mobilisation: { value: '2019-09-01', words: 'Mobilisation 1/9/19' },
  executiveApproval: {
    value: '2018-10-07',
    words: 'Report to Executive for approval to proceed October 7th 2018',
  },
} as const;
