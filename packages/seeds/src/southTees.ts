import { Seed } from './seed';
import { castFor, pounds, undescribedProvider } from './telling/cast';
import { recordCommissioningActivities, scriptConceived } from './telling/commissioning';
import { recordDelivery } from './telling/delivery';
import { periods } from './telling/periods';
import { tenderAndEvaluateOneLot } from './telling/tendering';

/**
 * The South Tees Carers Offer (seed 002, a record of Middlesbrough's Executive decision): a
 * collaborative procurement led by Redcar & Cleveland Borough Council for a joint commissioning
 * group (Middlesbrough Council, Redcar & Cleveland Council and the clinical commissioning group),
 * funded from the Better Care Fund, a pooled budget with health. The scheme of delegation requires
 * Executive approval where a contract will be let in excess of £150k; the opportunity was advertised
 * through NEPO on 19 August 2021.
 */
const PARTNERSHIP = 'south-tees-carers-offer';
const LEAD = 'Redcar & Cleveland Borough Council';
// Illustrative: the decision record precedes the tender and names no provider.
const PROVIDER = 'South Tees Carers Together (illustrative)';
/** Illustrative: the source document names no provider, so none of its registrations or status. */
const PROVIDER_FACTS = undescribedProvider();
const cast = castFor('south-tees', LEAD, PROVIDER);
const middlesbrough = castFor('middlesbrough', 'Middlesbrough Council', PROVIDER);

const PROCUREMENT = 'south-tees-carers-2021';
const LOT = 'carers-offer';
// Illustrative: the record gives no value beyond "in excess of £150k".
const ANNUAL = pounds(450_000);
const TERM = { years: 3, months: 0 };
const EXTENSIONS = { count: 2, lengthMonths: 12 };
const MAXIMUM = ANNUAL * 5;
// Illustrative shares of the pooled budget; they must add up to 100% (10,000 basis points).
const SHARES = [
  { commissionerId: 'middlesbrough-council', shareBasisPoints: 4_500 },
  { commissionerId: 'redcar-cleveland-bc', shareBasisPoints: 3_500 },
  { commissionerId: 'tees-valley-ccg', shareBasisPoints: 2_000 },
];
const LIVE = '2022-04-01';

const script = () => {
  const s = scriptConceived(PARTNERSHIP, cast.commissioning, {
    title: 'South Tees Carers Offer',
    serviceArea: 'Support for unpaid carers and those they care for',
    description:
      'A single integrated model of support for carers across South Tees, replacing separate services in Middlesbrough and Redcar & Cleveland',
    leadCommissioner: { commissionerId: 'redcar-cleveland-bc', name: LEAD },
    conceivedOn: '2021-03-01',
    estimatedAnnualValuePence: ANNUAL,
  });
  s.add('AddCommissioner', cast.commissioning, '2021-03-01', {
    commissionerId: 'middlesbrough-council',
    name: 'Middlesbrough Council',
    kind: 'council',
    joinedOn: '2021-03-01',
  });
  s.add('AddCommissioner', cast.commissioning, '2021-03-01', {
    commissionerId: 'tees-valley-ccg',
    name: 'Tees Valley Clinical Commissioning Group (successor to South Tees CCG)',
    kind: 'clinical-commissioning-group',
    joinedOn: '2021-03-01',
  });
  s.add('RecordFundingSource', cast.finance, '2021-03-01', {
    fundingSourceId: 'better-care-fund',
    name: 'Better Care Fund (pooled with health)',
    kind: 'pooled-budget',
    contributorIds: ['middlesbrough-council', 'redcar-cleveland-bc', 'tees-valley-ccg'],
    recordedOn: '2021-03-01',
    annualAmountPence: ANNUAL,
  });
  recordCommissioningActivities(s, cast.commissioning, 'assess', [
    [
      'carers-review',
      'Joint review of carers services by Middlesbrough, Redcar & Cleveland and South Tees CCG, with carers',
      '2021-05-28',
    ],
  ]);
  recordCommissioningActivities(s, cast.commissioning, 'design', [
    [
      'carers-strategy',
      'South Tees Carers Strategy and Action Plan (Task & Finish Groups of statutory providers, VCS and unpaid carers)',
      '2021-06-30',
    ],
    [
      'carers-model',
      'New Integrated Model of Support for Carers, designed with the South Tees Carers Forum and operational staff',
      '2021-06-30',
    ],
  ]);
  // Without the Executive's decision the launch is refused: the threshold is configuration, not code.
  const launch = {
    procurementId: PROCUREMENT,
    title: 'South Tees Carers Offer',
    regime: 'PCR2015' as const,
    procedure: 'open' as const,
    lightTouch: false,
    launchedOn: '2021-08-19',
    advertisedOn: '2021-08-19',
    portal: 'NEPO',
    estimatedAnnualValuePence: ANNUAL,
    maximumTermMonths: 60,
    estimatedTotalValuePence: MAXIMUM,
    lots: [
      {
        lotId: LOT,
        title: 'Integrated carers support across South Tees',
        services: [{ name: 'Integrated support for carers', annualBudgetPence: ANNUAL }],
        localities: ['Middlesbrough', 'Redcar & Cleveland'],
        annualBudgetPence: ANNUAL,
      },
    ],
  };
  s.add('LaunchProcurement', cast.procurement, '2021-08-19', launch, {
    expectRefusal: 'ApprovalRequired',
    note: 'a contract over £150k needs the Executive: launching before the decision is recorded is refused',
  });
  // Middlesbrough's Executive approves Middlesbrough's part under Middlesbrough's scheme of delegation.
  s.add('RecordGovernanceDecision', middlesbrough.democratic, '2021-08-10', {
    commissionerId: 'middlesbrough-council',
    decisionId: 'middlesbrough-executive-carers',
    decisionMaker: 'executive',
    body: 'Middlesbrough Council Executive (date illustrative)',
    subject: 'procurement-approach',
    outcome: 'approved',
    decidedOn: '2021-08-10',
    summary:
      'Approve the new model of delivery of the South Tees Carers Offer, the Carers Strategy and Action Plan, and a collaborative procurement led by Redcar & Cleveland Borough Council',
    reference: 'Scheme of Delegation: Executive approves contracts in excess of £150k',
    approvedValuePence: MAXIMUM,
  });
  s.add(
    'LaunchProcurement',
    cast.procurement,
    '2021-08-19',
    { ...launch, governanceDecisionId: 'middlesbrough-executive-carers' },
    {
      expectRefusal: 'ApprovalRequired',
      note: "Middlesbrough's Executive decision does not meet Redcar & Cleveland's scheme: the lead's scheme governs the launch it leads",
    },
  );
  s.add('RecordGovernanceDecision', cast.democratic, '2021-08-12', {
    decisionId: 'redcar-cleveland-cabinet-launch',
    decisionMaker: 'executive',
    body: 'Redcar & Cleveland Cabinet (illustrative)',
    subject: 'launch-procurement',
    outcome: 'approved',
    decidedOn: '2021-08-12',
    summary: 'Lead the collaborative procurement of the South Tees Carers Offer',
    approvedValuePence: MAXIMUM,
  });
  s.add('LaunchProcurement', cast.procurement, '2021-08-19', {
    ...launch,
    governanceDecisionId: 'redcar-cleveland-cabinet-launch',
  });
  const tenders = [
    { bidderId: 'provider-carers-together', name: PROVIDER, quality: 56, price: 32 },
    { bidderId: 'provider-tees-care', name: 'Tees Carers Network (illustrative)', quality: 50, price: 34 },
  ];
  tenderAndEvaluateOneLot(s, cast, {
    procurementId: PROCUREMENT,
    lotId: LOT,
    receivedOn: '2021-09-30',
    evaluatedOn: '2021-10-22',
    bidders: tenders,
  });
  s.add('RecordGovernanceDecision', cast.democratic, '2021-11-09', {
    decisionId: 'redcar-cleveland-cabinet-award',
    decisionMaker: 'executive',
    body: 'Redcar & Cleveland Cabinet (illustrative)',
    subject: 'award',
    outcome: 'approved',
    decidedOn: '2021-11-09',
    summary: `Award the South Tees Carers Offer to ${PROVIDER}`,
    approvedValuePence: MAXIMUM,
    procurementId: PROCUREMENT,
  });
  s.add('MakeAwardDecision', cast.procurement, '2021-11-10', {
    procurementId: PROCUREMENT,
    lotId: LOT,
    supplierId: tenders[0]!.bidderId,
    supplierName: PROVIDER,
    decidedOn: '2021-11-10',
    annualValuePence: ANNUAL,
    totalValuePence: MAXIMUM,
    governanceDecisionId: 'redcar-cleveland-cabinet-award',
  });
  s.add('IssueStandstillNotice', cast.procurement, '2021-11-10', {
    procurementId: PROCUREMENT,
    lotIds: [LOT],
    noticeDate: '2021-11-10',
  });
  s.add('EndStandstill', cast.procurement, '2021-11-22', {
    procurementId: PROCUREMENT,
    endedOn: '2021-11-22',
  });
  s.add('SignServiceContract', cast.legal, '2021-12-01', {
    contractId: 'south-tees-carers-contract',
    title: 'South Tees Carers Offer',
    services: ['Integrated support for carers'],
    supplierId: tenders[0]!.bidderId,
    supplierName: PROVIDER,
    ...PROVIDER_FACTS,
    deliveryModel: 'partner',
    procurementId: PROCUREMENT,
    lotId: LOT,
    localities: ['Middlesbrough', 'Redcar & Cleveland'],
    signedOn: '2021-12-01',
    startsOn: LIVE,
    initialTerm: TERM,
    extensionOptions: EXTENSIONS,
    annualValuePence: ANNUAL,
    fundingShares: SHARES,
    // Middlesbrough's share (45% of £2.25m, £1,012,500) is above its own scheme's £150k: its
    // Executive's approval of the collaborative procurement answers for it. Redcar & Cleveland's
    // share is governed by its Cabinet's award; the CCG has no scheme of delegation recorded here.
    shareApprovals: [
      { commissionerId: 'middlesbrough-council', governanceDecisionId: 'middlesbrough-executive-carers' },
    ],
  });
  s.add('StartMobilisation', cast.contractManager, '2022-01-04', {
    contractId: 'south-tees-carers-contract',
    startedOn: '2022-01-04',
  });
  s.add('DefineKpi', cast.contractManager, '2022-03-01', {
    contractId: 'south-tees-carers-contract',
    kpiId: 'carers-assessed',
    name: 'Carers offered a carers assessment within 28 days (illustrative)',
    unit: 'basis points of carers referred',
    target: 9000,
    direction: 'higher-is-better',
    tolerance: { greenWithinBps: 300, amberWithinBps: 1000 },
    frequency: 'quarterly',
    definedOn: '2022-03-01',
  });
  s.add('GoLive', cast.contractManager, LIVE, { contractId: 'south-tees-carers-contract', liveOn: LIVE });
  recordDelivery(s, cast, 'south-tees-carers-contract', periods(LIVE, 3, 4), [
    { kpiId: 'carers-assessed', actual: (p) => [8200, 8700, 9050, 9200][p.index] ?? 9000 },
  ]);
  return s.steps();
};

export const southTees: Seed = {
  key: 'southTees',
  title: 'South Tees Carers Offer: collaborative procurement on a pooled budget',
  document: '002_1f345bec721dd489.txt',
  partnershipId: PARTNERSHIP,
  councilName: LEAD,
  // Each council's scheme of delegation governs its own approvals; the lead's governs what it leads.
  policy: (base) => ({
    ...base,
    schemesOfDelegation: new Map([
      [
        'middlesbrough-council',
        {
          councilName: 'Middlesbrough Council',
          approvalThresholds: [
            {
              subjects: ['launch-procurement', 'award'],
              abovePence: pounds(150_000),
              approvers: ['executive', 'full-council'],
              description: 'Executive approves where a contract will be let in excess of £150k',
            },
          ],
        },
      ],
    ]),
  }),
  steps: script(),
  chapters: {
    // Tenders evaluated (22 October 2021), before the Cabinet's award decision of 9 November.
    evaluated: '2021-11-01T00:00:00.000Z',
    // The standstill ended (22 November 2021), before the contract is signed on 1 December.
    awarded: '2021-11-23T00:00:00.000Z',
  },
  illustrative: [
    `provider ${PROVIDER} and the other bidder; scores and the award date`,
    'the contract value (£450k a year; the record says only "in excess of £150k"), 3 years plus two 1-year options, live 1 April 2022',
    'the Better Care Fund shares (45% Middlesbrough, 35% Redcar & Cleveland, 20% the CCG)',
    'the date of the Executive decision (before the 19 August 2021 advertisement) and the KPI and returns',
    "Redcar & Cleveland's scheme of delegation (the library's default: Executive over £150k) and its Cabinet's launch and award decisions",
  ],
  notes: [
    "The Executive approval threshold is Middlesbrough's scheme of delegation (over £150k); it governs Middlesbrough's approvals, not the launch Redcar & Cleveland leads, which its own scheme governs: the launch naming Middlesbrough's decision is refused.",
    "Middlesbrough's own share of the contract is approved under Middlesbrough's scheme: the signing names its Executive's decision for that share (shareApprovals); signed without it, the contract is refused.",
  ],
};

/** Values of the telling that readers of its figures need (illustrative where labelled above). */
export const southTeesTold = { procurementId: PROCUREMENT, leadCouncil: LEAD } as const;

/** What the Executive record states, in its words. */
export const southTeesStated = {
  leadCommissioner: {
    value: LEAD,
    words: 'a collaborative procurement be conducted led by Redcar & Cleveland Borough Council',
  },
  commissioners: {
    words:
      'A Joint Commissioning Group (comprising Middlesbrough Council, Redcar & Cleveland Council and Tees Valley CCG commissioners)',
  },
  fundingSource: {
    value: 'Better Care Fund (pooled budget)',
    words:
      'The budget for support is funded through the Better Care Fund, which is a pooled fund with health',
  },
  advertisedOn: {
    value: '2021-08-19',
    words: 'the opportunity will be advertised via NEPO on 19th August 2021',
  },
  executiveApprovalAbovePence: {
    value: pounds(150_000),
    words:
      "In line with the Council's Scheme of Delegations Executive approves where a contract will be let in excess of £150k",
  },
} as const;
