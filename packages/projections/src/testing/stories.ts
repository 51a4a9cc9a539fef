import { PartnershipCommand } from '@council-partnerships/domain';
import { actors, command } from '@council-partnerships/testing';

/**
 * The seed partnerships told as the commands a council system would send. Where a seed document is
 * silent (dates within a month, bidders, scores, the split of a total), the values are assumed for
 * the story; the figures the documents do state are the ones the read models must reproduce.
 */
const pounds = (amount: number) => amount * 100;

type Lot = {
  lotId: string;
  title: string;
  services: { name: string; annualBudgetPence: number | null }[];
  localities: string[];
  annualBudgetPence: number;
};

/** Tender, evaluation and award of one lot to one bidder. */
const awardLot = (
  partnershipId: string,
  procurementId: string,
  lot: Lot,
  supplier: { id: string; name: string },
  dates: { received: string; evaluated: string; decided: string },
  totalValuePence: number,
  governanceDecisionId?: string,
): PartnershipCommand[] => [
  command(
    'RecordTender',
    {
      partnershipId,
      procurementId,
      tenderId: `tender-${lot.lotId}`,
      bidderId: supplier.id,
      bidderName: supplier.name,
      lotIds: [lot.lotId],
      receivedOn: dates.received,
    },
    actors.procurement,
  ),
  command(
    'RecordEvaluation',
    {
      partnershipId,
      procurementId,
      lotId: lot.lotId,
      evaluatedOn: dates.evaluated,
      maximumScore: 100,
      results: [
        {
          tenderId: `tender-${lot.lotId}`,
          bidderId: supplier.id,
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
    'MakeAwardDecision',
    {
      partnershipId,
      procurementId,
      lotId: lot.lotId,
      supplierId: supplier.id,
      supplierName: supplier.name,
      decidedOn: dates.decided,
      annualValuePence: lot.annualBudgetPence,
      totalValuePence,
      ...(governanceDecisionId ? { governanceDecisionId } : {}),
    },
    actors.procurement,
  ),
];

const approval = (
  partnershipId: string,
  decisionId: string,
  subject: 'launch-procurement' | 'award',
  decidedOn: string,
  approvedValuePence: number,
): PartnershipCommand =>
  command(
    'RecordGovernanceDecision',
    {
      partnershipId,
      decisionId,
      decisionMaker: 'executive',
      body: 'Cabinet',
      subject,
      outcome: 'approved',
      decidedOn,
      approvedValuePence,
      summary: `${subject} approved`,
    },
    actors.executive,
  );

// Stockton-on-Tees (seed 000): three modules, £1.1m a year, 5 years minimum, up to £2.8m a year.
export const STOCKTON = 'stockton-family-support';
const stocktonAgreement = 'stockton-partnership-agreement';
export const stocktonModules = [
  { contractId: 'stockton-family-time', title: 'Family time (supervised contact)', annual: pounds(500_000) },
  { contractId: 'stockton-outreach', title: 'Low-level family outreach support', annual: pounds(400_000) },
  { contractId: 'stockton-volunteering', title: 'Volunteering service', annual: pounds(200_000) },
];
const stocktonLot: Lot = {
  lotId: 'partner',
  title: 'Strategic partner',
  services: stocktonModules.map((m) => ({ name: m.title, annualBudgetPence: null })),
  localities: ['Stockton-on-Tees'],
  annualBudgetPence: pounds(1_100_000),
};
const partnerOrg = { id: 'partner-org', name: 'Partner Organisation' };

export const stocktonToLive: PartnershipCommand[] = [
  command('ConceivePartnership', {
    partnershipId: STOCKTON,
    title: 'Strategic Partnership for family support services',
    serviceArea: "Children's services: family support",
    leadCommissioner: { commissionerId: 'stockton-on-tees', name: 'Stockton-on-Tees Borough Council' },
    conceivedOn: '2021-07-26',
    estimatedAnnualValuePence: pounds(1_100_000),
    intendedMinimumTermMonths: 60,
  }),
  command(
    'ScheduleEngagementEvent',
    {
      partnershipId: STOCKTON,
      engagementEventId: 'stockton-me-2021-08-17',
      title: 'Virtual market engagement event',
      date: '2021-08-17',
      startTime: '10:00',
      endTime: '12:00',
      format: 'virtual',
      nominationChannel: 'NEPO portal',
      scheduledOn: '2021-07-26',
    },
    actors.procurement,
  ),
  approval(STOCKTON, 'stockton-cabinet-procure', 'launch-procurement', '2021-10-14', pounds(5_500_000)),
  command(
    'LaunchProcurement',
    {
      partnershipId: STOCKTON,
      procurementId: 'stockton-partner',
      title: 'Strategic Partnership: family support services',
      regime: 'PCR2015',
      procedure: 'open',
      lightTouch: false,
      launchedOn: '2021-11-01',
      portal: 'NEPO',
      noticeReference: 'NEPO-2021-001',
      estimatedAnnualValuePence: pounds(1_100_000),
      maximumTermMonths: 60,
      estimatedTotalValuePence: pounds(5_500_000),
      lots: [stocktonLot],
      governanceDecisionId: 'stockton-cabinet-procure',
    },
    actors.procurement,
  ),
  approval(STOCKTON, 'stockton-cabinet-award', 'award', '2022-01-20', pounds(5_500_000)),
  ...awardLot(
    STOCKTON,
    'stockton-partner',
    stocktonLot,
    partnerOrg,
    { received: '2021-12-10', evaluated: '2022-01-10', decided: '2022-01-20' },
    pounds(5_500_000),
    'stockton-cabinet-award',
  ),
  command(
    'IssueStandstillNotice',
    {
      partnershipId: STOCKTON,
      procurementId: 'stockton-partner',
      lotIds: ['partner'],
      noticeDate: '2022-01-21',
    },
    actors.procurement,
  ),
  command(
    'EndStandstill',
    { partnershipId: STOCKTON, procurementId: 'stockton-partner', endedOn: '2022-01-31' },
    actors.procurement,
  ),
  command('SignPartnershipAgreement', {
    partnershipId: STOCKTON,
    agreementId: stocktonAgreement,
    kind: 'partnership-agreement',
    title: 'Stockton Strategic Partnership Agreement',
    partnerId: partnerOrg.id,
    partnerName: partnerOrg.name,
    procurementId: 'stockton-partner',
    lotId: 'partner',
    signedOn: '2022-02-01',
    startsOn: '2022-04-01',
    initialTerm: { years: 5, months: 0 },
    minimumTermMonths: 60,
    annualValuePence: 0,
    potentialAnnualValuePence: pounds(2_800_000),
  }),
  ...stocktonModules.map((m) =>
    command('SignServiceContract', {
      partnershipId: STOCKTON,
      contractId: m.contractId,
      title: m.title,
      services: [m.title],
      supplierId: partnerOrg.id,
      supplierName: partnerOrg.name,
      deliveryModel: 'partner',
      agreementId: stocktonAgreement,
      procurementId: 'stockton-partner',
      lotId: 'partner',
      signedOn: '2022-02-01',
      startsOn: '2022-04-01',
      initialTerm: { years: 5, months: 0 },
      annualValuePence: m.annual,
      openBook: { marginBasisPoints: 500, rounding: 'half-up' },
    }),
  ),
  ...stocktonModules.map((m) =>
    command(
      'GoLive',
      { partnershipId: STOCKTON, contractId: m.contractId, liveOn: '2022-04-01' },
      actors.contractManager,
    ),
  ),
];

export const stocktonEmbedded: PartnershipCommand[] = stocktonModules.map((m, i) =>
  command(
    'RecordPerformanceReview',
    {
      partnershipId: STOCKTON,
      contractId: m.contractId,
      reviewId: `stockton-review-${i + 1}`,
      reviewedOn: '2023-04-20',
      periodStart: '2022-04-01',
      periodEnd: '2023-03-31',
      rating: 'good',
      rag: 'green',
      decision: 'continue',
      confirmsEmbedded: true,
    },
    actors.contractManager,
  ),
);

export const stocktonExpansion: PartnershipCommand[] = [
  command(
    'ProposeModuleExpansion',
    {
      partnershipId: STOCKTON,
      expansionId: 'stockton-expansion-1',
      agreementId: stocktonAgreement,
      title: 'Early help delivered jointly with Help and Support',
      services: ['Early help family support'],
      deliveryModel: 'co-delivery-with-council',
      annualValuePence: pounds(1_700_000),
      proposedOn: '2023-05-01',
    },
    actors.partner,
  ),
  command(
    'ApproveModuleExpansion',
    { partnershipId: STOCKTON, expansionId: 'stockton-expansion-1', approvedOn: '2023-06-01' },
    actors.executive,
  ),
  command('SignServiceContract', {
    partnershipId: STOCKTON,
    contractId: 'stockton-early-help',
    title: 'Early help (co-delivered with Help and Support)',
    services: ['Early help family support'],
    supplierId: partnerOrg.id,
    supplierName: partnerOrg.name,
    deliveryModel: 'co-delivery-with-council',
    agreementId: stocktonAgreement,
    expansionId: 'stockton-expansion-1',
    signedOn: '2023-06-15',
    startsOn: '2023-07-01',
    initialTerm: { years: 3, months: 9 },
    annualValuePence: pounds(1_700_000),
  }),
];

// Central Bedfordshire (seed 001): seven lots, £2.224M a year, 5 + 1 + 1 years, MTFP savings.
export const CENTRAL_BEDFORDSHIRE = 'central-bedfordshire-cyp-support';
const CB = CENTRAL_BEDFORDSHIRE;
const cbLocalities: Lot[] = [1, 2, 3, 4, 5].map((n) => ({
  lotId: `family-service-${n}`,
  title: `Family Service (0-12 years), locality ${n}`,
  services: [{ name: "Children's centre family service (0-12)", annualBudgetPence: null }],
  localities: [`Locality ${n}`],
  annualBudgetPence: pounds(304_000),
}));
const cbYouth: Lot = {
  lotId: 'youth-service',
  title: 'Youth Service (all areas)',
  services: [
    { name: 'Information, advice and guidance', annualBudgetPence: pounds(160_000) },
    { name: 'Targeted youth work', annualBudgetPence: pounds(189_000) },
    { name: 'Mentoring and independent visiting', annualBudgetPence: pounds(55_000) },
  ],
  localities: ['All areas'],
  annualBudgetPence: pounds(404_000),
};
const cbContact: Lot = {
  lotId: 'supervised-contact',
  title: 'Supervised Contact (all ages, all areas)',
  services: [{ name: 'Supervised contact', annualBudgetPence: pounds(300_000) }],
  localities: ['All areas'],
  annualBudgetPence: pounds(300_000),
};
const cbDialogueLots = [...cbLocalities, cbYouth];
export const cbAllLots = [...cbDialogueLots, cbContact];
const cbProcurementOf = (lot: Lot) => (lot === cbContact ? 'cbc-open' : 'cbc-dialogue');
const cbProvider = (lot: Lot) => ({ id: `provider-${lot.lotId}`, name: `Provider for ${lot.title}` });

export const centralBedfordshire: PartnershipCommand[] = [
  command('ConceivePartnership', {
    partnershipId: CB,
    title: 'Recommissioning support services for children and young people',
    serviceArea: "Children's centres, youth services and supervised contact",
    leadCommissioner: { commissionerId: 'central-bedfordshire', name: 'Central Bedfordshire Council' },
    conceivedOn: '2018-01-09',
    estimatedAnnualValuePence: pounds(2_224_000),
  }),
  approval(CB, 'cbc-executive-proceed', 'launch-procurement', '2018-10-07', pounds(15_074_000)),
  command(
    'LaunchProcurement',
    {
      partnershipId: CB,
      procurementId: 'cbc-dialogue',
      title: 'Family Service and Youth Service lots',
      regime: 'PCR2015',
      procedure: 'competitive-dialogue',
      lightTouch: false,
      launchedOn: '2018-10-15',
      estimatedAnnualValuePence: pounds(1_924_000),
      maximumTermMonths: 84,
      estimatedTotalValuePence: pounds(1_924_000 * 7 - (20_000 * 7 + 59_000 * 6)),
      lots: cbDialogueLots,
      governanceDecisionId: 'cbc-executive-proceed',
    },
    actors.procurement,
  ),
  command(
    'LaunchProcurement',
    {
      partnershipId: CB,
      procurementId: 'cbc-open',
      title: 'Supervised Contact',
      regime: 'PCR2015',
      procedure: 'open',
      lightTouch: false,
      launchedOn: '2018-10-15',
      estimatedAnnualValuePence: pounds(300_000),
      maximumTermMonths: 84,
      estimatedTotalValuePence: pounds(2_100_000),
      lots: [cbContact],
      governanceDecisionId: 'cbc-executive-proceed',
    },
    actors.procurement,
  ),
  command(
    'ShortlistBidders',
    {
      partnershipId: CB,
      procurementId: 'cbc-dialogue',
      shortlistedOn: '2018-11-30',
      bidders: cbDialogueLots.map((lot) => ({
        bidderId: cbProvider(lot).id,
        name: cbProvider(lot).name,
        lotIds: [lot.lotId],
      })),
    },
    actors.procurement,
  ),
  command(
    'RecordDialogueRound',
    {
      partnershipId: CB,
      procurementId: 'cbc-dialogue',
      round: 1,
      startedOn: '2018-12-03',
      endedOn: '2019-02-22',
      bidderIds: cbDialogueLots.map((lot) => cbProvider(lot).id),
      lotIds: cbDialogueLots.map((lot) => lot.lotId),
    },
    actors.procurement,
  ),
  command(
    'InviteFinalTenders',
    { partnershipId: CB, procurementId: 'cbc-dialogue', invitedOn: '2019-03-04', deadline: '2019-04-01' },
    actors.procurement,
  ),
  approval(CB, 'cbc-executive-award', 'award', '2019-05-13', pounds(15_568_000)),
  ...cbAllLots.flatMap((lot) =>
    awardLot(
      CB,
      cbProcurementOf(lot),
      lot,
      cbProvider(lot),
      { received: '2019-04-01', evaluated: '2019-04-26', decided: '2019-05-13' },
      lot.annualBudgetPence * 7,
      'cbc-executive-award',
    ),
  ),
  ...['cbc-dialogue', 'cbc-open'].map((procurementId) =>
    command(
      'IssueStandstillNotice',
      {
        partnershipId: CB,
        procurementId,
        lotIds: (procurementId === 'cbc-open' ? [cbContact] : cbDialogueLots).map((l) => l.lotId),
        noticeDate: '2019-05-14',
      },
      actors.procurement,
    ),
  ),
  ...['cbc-dialogue', 'cbc-open'].map((procurementId) =>
    command('EndStandstill', { partnershipId: CB, procurementId, endedOn: '2019-05-27' }, actors.procurement),
  ),
  ...cbAllLots.map((lot) =>
    command('SignServiceContract', {
      partnershipId: CB,
      contractId: `contract-${lot.lotId}`,
      title: lot.title,
      services: lot.services.map((s) => s.name),
      localities: lot.localities,
      supplierId: cbProvider(lot).id,
      supplierName: cbProvider(lot).name,
      deliveryModel: 'third-party',
      thirdPartyProviderName: cbProvider(lot).name,
      procurementId: cbProcurementOf(lot),
      lotId: lot.lotId,
      signedOn: '2019-06-03',
      startsOn: '2019-09-01',
      initialTerm: { years: 5, months: 0 },
      extensionOptions: { count: 2, lengthMonths: 12 },
      annualValuePence: lot.annualBudgetPence,
      // The MTFP savings are held against the youth service contract, as the seed's report takes them.
      ...(lot === cbYouth
        ? {
            savingsSchedule: [
              { label: 'MTFP saving 2019/20', fromContractYear: 1, annualAmountPence: pounds(20_000) },
              { label: 'MTFP saving 2020/21', fromContractYear: 2, annualAmountPence: pounds(59_000) },
            ],
          }
        : {}),
    }),
  ),
  ...cbAllLots.map((lot) =>
    command(
      'StartMobilisation',
      { partnershipId: CB, contractId: `contract-${lot.lotId}`, startedOn: '2019-09-01' },
      actors.contractManager,
    ),
  ),
];

// Leicestershire (seed 003): a collaboration agreement at no cost; £70m a year for 10 years advertised.
export const LEICESTERSHIRE = 'leicestershire-cip';
const cipLot: Lot = {
  lotId: 'partner',
  title: 'Strategic partner',
  services: [{ name: 'Care placement strategy services', annualBudgetPence: pounds(70_000_000) }],
  localities: ['Leicestershire'],
  annualBudgetPence: pounds(70_000_000),
};
const barnardos = { id: 'barnardos', name: "Barnardo's" };

export const leicestershire: PartnershipCommand[] = [
  command('ConceivePartnership', {
    partnershipId: LEICESTERSHIRE,
    title: "Children's Innovation Partnership",
    serviceArea: 'Edge of care, in care and leaving care',
    description: 'Procure a partnership, not a service: co-invest, co-design and co-deliver',
    leadCommissioner: { commissionerId: 'leicestershire', name: 'Leicestershire County Council' },
    conceivedOn: '2017-11-01',
  }),
  approval(LEICESTERSHIRE, 'cip-cabinet-tender', 'launch-procurement', '2018-05-22', pounds(700_000_000)),
  command(
    'LaunchProcurement',
    {
      partnershipId: LEICESTERSHIRE,
      procurementId: 'cip',
      title: "Children's Innovation Partnership",
      regime: 'PCR2015',
      procedure: 'open',
      lightTouch: true,
      launchedOn: '2018-06-01',
      noticeReference: 'OJEU 2018/S 105-000000',
      estimatedAnnualValuePence: pounds(70_000_000),
      maximumTermMonths: 120,
      estimatedTotalValuePence: pounds(700_000_000),
      lots: [cipLot],
      governanceDecisionId: 'cip-cabinet-tender',
    },
    actors.procurement,
  ),
  approval(LEICESTERSHIRE, 'cip-cabinet-award', 'award', '2018-11-06', pounds(700_000_000)),
  ...awardLot(
    LEICESTERSHIRE,
    'cip',
    cipLot,
    barnardos,
    { received: '2018-08-31', evaluated: '2018-10-19', decided: '2018-11-06' },
    pounds(700_000_000),
    'cip-cabinet-award',
  ),
  command(
    'IssueStandstillNotice',
    { partnershipId: LEICESTERSHIRE, procurementId: 'cip', lotIds: ['partner'], noticeDate: '2018-11-07' },
    actors.procurement,
  ),
  command(
    'EndStandstill',
    { partnershipId: LEICESTERSHIRE, procurementId: 'cip', endedOn: '2018-11-19' },
    actors.procurement,
  ),
  command(
    'SignPartnershipAgreement',
    {
      partnershipId: LEICESTERSHIRE,
      agreementId: 'cip-collaboration-agreement',
      kind: 'collaboration-agreement',
      title: "Children's Innovation Partnership collaboration agreement",
      partnerId: barnardos.id,
      partnerName: barnardos.name,
      procurementId: 'cip',
      lotId: 'partner',
      signedOn: '2018-11-28',
      startsOn: '2018-12-01',
      initialTerm: { years: 10, months: 0 },
      annualValuePence: 0,
      potentialAnnualValuePence: pounds(70_000_000),
      annualTerminationClause: { noticeMonths: 6, exercisableBy: ['council', 'partner'] },
    },
    actors.legal,
  ),
];

// County Durham (seed 004): let for 6 months (£15k), extended to March 2012 (£17k), then 12 months at £25k.
export const DURHAM = 'durham-vcs-consortia';
const durhamLot: Lot = {
  lotId: 'consortia',
  title: 'Voluntary sector consortia development',
  services: [{ name: 'Consortia development and tender readiness support', annualBudgetPence: null }],
  localities: ['County Durham'],
  annualBudgetPence: pounds(30_000),
};
const consortium = { id: 'durham-vcs-consortium', name: 'County Durham VCS Consortium' };

const durhamModification = (
  modificationId: string,
  agreedOn: string,
  termChangeMonths: number,
  valueChangePence: number,
  newAnnualValuePence: number,
): PartnershipCommand =>
  command('ModifyContract', {
    partnershipId: DURHAM,
    contractId: 'durham-consortia-support',
    modificationId,
    kind: 'term-and-value',
    description: `extended by ${termChangeMonths} months`,
    agreedOn,
    termChangeMonths,
    valueChangePence,
    newAnnualValuePence,
  });

export const durham: PartnershipCommand[] = [
  command('ConceivePartnership', {
    partnershipId: DURHAM,
    title: 'Voluntary and community sector consortia framework',
    serviceArea: "Children's services: commissioning with the voluntary sector",
    leadCommissioner: { commissionerId: 'durham', name: 'Durham County Council' },
    conceivedOn: '2010-11-01',
  }),
  command(
    'LaunchProcurement',
    {
      partnershipId: DURHAM,
      procurementId: 'durham-quote',
      title: 'Consortia development support',
      regime: 'below-threshold',
      procedure: 'quotation',
      lightTouch: false,
      launchedOn: '2011-02-01',
      estimatedAnnualValuePence: pounds(30_000),
      maximumTermMonths: 6,
      estimatedTotalValuePence: pounds(15_000),
      lots: [durhamLot],
    },
    actors.procurement,
  ),
  ...awardLot(
    DURHAM,
    'durham-quote',
    durhamLot,
    consortium,
    { received: '2011-02-28', evaluated: '2011-03-07', decided: '2011-03-10' },
    pounds(15_000),
  ),
  command('SignServiceContract', {
    partnershipId: DURHAM,
    contractId: 'durham-consortia-support',
    title: 'Consortia development support',
    services: ['Consortia development and tender readiness support'],
    supplierId: consortium.id,
    supplierName: consortium.name,
    deliveryModel: 'third-party',
    thirdPartyProviderName: consortium.name,
    procurementId: 'durham-quote',
    lotId: 'consortia',
    signedOn: '2011-03-25',
    startsOn: '2011-04-01',
    initialTerm: { years: 0, months: 6 },
    annualValuePence: pounds(30_000),
    initialTermValuePence: pounds(15_000),
  }),
  durhamModification('durham-extension-2011', '2011-09-15', 6, pounds(17_000), pounds(34_000)),
  durhamModification('durham-2012-13', '2012-03-15', 12, pounds(25_000), pounds(25_000)),
];
