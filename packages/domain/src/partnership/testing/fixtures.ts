import { PartnershipCommand, PartnershipCommandOfType, PartnershipCommandType } from '../commands';
import { actors, command } from '@council-partnerships/testing';

type DataOf<T extends PartnershipCommandType> = PartnershipCommandOfType<T>['data'];

/** A command built from defaults, a spec overriding only the fields its case is about. */
export const withDefaults =
  <T extends PartnershipCommandType>(type: T, defaults: DataOf<T>, actor?: Actor) =>
  (overrides: Partial<DataOf<T>> = {}): PartnershipCommandOfType<T> =>
    // For a type not yet known TypeScript cannot see that defaults and overrides make its data.
    command(type, { ...defaults, ...overrides } as never, actor);

/**
 * A small partnership under the Procurement Act 2023 for rule specifications: one lot of £2m a year
 * for 4 years (£8m, so PA 2023 KPI duties apply), open procedure, awarded to `partner-org`.
 */
export const P = 'spec-partnership';
export const PROCUREMENT = 'spec-procurement';
export const LOT = 'lot-1';
export const SUPPLIER = 'partner-org';
export const CONTRACT = 'spec-contract';
export const AGREEMENT = 'spec-agreement';

export const conceive = (conceivedOn = '2025-03-03'): PartnershipCommand =>
  command('ConceivePartnership', {
    partnershipId: P,
    title: 'Family support partnership',
    serviceArea: 'Family support',
    leadCommissioner: { commissionerId: 'council', name: 'A Council' },
    conceivedOn,
  });

export const approval = (
  decisionId: string,
  subject: 'launch-procurement' | 'award' | 'extension' | 'expansion' | 'modification',
  decidedOn: string,
) =>
  command(
    'RecordGovernanceDecision',
    {
      partnershipId: P,
      decisionId,
      decisionMaker: 'executive',
      body: 'Executive',
      subject,
      outcome: 'approved',
      decidedOn,
      summary: `Approval: ${subject}`,
    },
    actors.executive,
  );

export const launch = withDefaults(
  'LaunchProcurement',
  {
    partnershipId: P,
    procurementId: PROCUREMENT,
    title: 'Family support',
    regime: 'PA2023',
    procedure: 'open',
    lightTouch: false,
    launchedOn: '2025-04-01',
    estimatedAnnualValuePence: 200_000_000,
    maximumTermMonths: 48,
    estimatedTotalValuePence: 800_000_000,
    lots: [
      { lotId: LOT, title: 'Family support', services: [], localities: [], annualBudgetPence: 200_000_000 },
    ],
    governanceDecisionId: 'launch-ok',
  },
  actors.procurement,
);

export const tender = (tenderId = 't-1', bidderId = SUPPLIER, receivedOn = '2025-05-01') =>
  command(
    'RecordTender',
    {
      partnershipId: P,
      procurementId: PROCUREMENT,
      tenderId,
      bidderId,
      bidderName: bidderId,
      lotIds: [LOT],
      receivedOn,
    },
    actors.procurement,
  );

export const evaluate = (
  results = [
    { tenderId: 't-1', bidderId: SUPPLIER, qualityScore: 60, priceScore: 30, totalScore: 90, rank: 1 },
  ],
) =>
  command(
    'RecordEvaluation',
    {
      partnershipId: P,
      procurementId: PROCUREMENT,
      lotId: LOT,
      evaluatedOn: '2025-05-20',
      maximumScore: 100,
      results,
    },
    actors.procurement,
  );

export const award = withDefaults(
  'MakeAwardDecision',
  {
    partnershipId: P,
    procurementId: PROCUREMENT,
    lotId: LOT,
    supplierId: SUPPLIER,
    supplierName: 'Partner Organisation',
    decidedOn: '2025-06-02',
    annualValuePence: 200_000_000,
    totalValuePence: 800_000_000,
    governanceDecisionId: 'award-ok',
  },
  actors.procurement,
);

/** Published Tuesday 3 June 2025: 8 working days beginning that day run to Thursday 12 June. */
export const standstill = (noticeDate = '2025-06-03', voluntary?: boolean) =>
  command(
    'IssueStandstillNotice',
    {
      partnershipId: P,
      procurementId: PROCUREMENT,
      lotIds: [LOT],
      noticeDate,
      ...(voluntary === undefined ? {} : { voluntary }),
    },
    actors.procurement,
  );

export const endStandstill = (endedOn = '2025-06-12') =>
  command('EndStandstill', { partnershipId: P, procurementId: PROCUREMENT, endedOn }, actors.procurement);

/** A KPI as set at signing (PA 2023 s.52), the same measure `kpi` defines later. */
export const kpiAtSigning = (kpiId: string) => ({
  kpiId,
  name: `KPI ${kpiId}`,
  unit: 'percent (bps)',
  target: 8000,
  direction: 'higher-is-better' as const,
  tolerance: { greenWithinBps: 0, amberWithinBps: 1000 },
  frequency: 'quarterly' as const,
});

export const signContract = withDefaults('SignServiceContract', {
  partnershipId: P,
  contractId: CONTRACT,
  title: 'Family support',
  services: ['Family support'],
  supplierId: SUPPLIER,
  supplierName: 'Partner Organisation',
  deliveryModel: 'partner',
  procurementId: PROCUREMENT,
  lotId: LOT,
  signedOn: '2025-06-13',
  startsOn: '2025-07-01',
  initialTerm: { years: 3, months: 0 },
  extensionOptions: { count: 1, lengthMonths: 12 },
  annualValuePence: 200_000_000,
  annualTerminationClause: { noticeMonths: 3, exercisableBy: ['council'] },
  openBook: { marginBasisPoints: 750, rounding: 'half-even' },
  // Worth £8m under PA 2023: s.52 asks for three KPIs before it is signed.
  kpis: ['k1', 'k2', 'k3'].map(kpiAtSigning),
});

/** The four-year partnership agreement on the awarded lot from 1 July 2025: no price of its own, room for £3m a year of modules. */
export const signAgreement = withDefaults('SignPartnershipAgreement', {
  partnershipId: P,
  agreementId: AGREEMENT,
  kind: 'partnership-agreement',
  title: 'Partnership agreement',
  partnerId: SUPPLIER,
  partnerName: 'Partner Organisation',
  procurementId: PROCUREMENT,
  lotId: LOT,
  signedOn: '2025-06-13',
  startsOn: '2025-07-01',
  initialTerm: { years: 4, months: 0 },
  annualValuePence: 0,
  potentialAnnualValuePence: 300_000_000,
});

/** The events that follow a signing with the default three KPIs. */
export const kpisSetAtSigning = ['k1', 'k2', 'k3'].map((kpiId) => ({
  type: 'KpiDefined' as const,
  data: { kpiId },
}));

export const kpi = (kpiId: string, contractId = CONTRACT) =>
  command(
    'DefineKpi',
    {
      partnershipId: P,
      contractId,
      kpiId,
      name: `KPI ${kpiId}`,
      unit: 'percent (bps)',
      target: 8000,
      direction: 'higher-is-better',
      tolerance: { greenWithinBps: 0, amberWithinBps: 1000 },
      frequency: 'quarterly',
      definedOn: '2025-06-20',
    },
    actors.contractManager,
  );

export const goLive = (liveOn = '2025-07-01', contractId = CONTRACT) =>
  command('GoLive', { partnershipId: P, contractId, liveOn }, actors.contractManager);

/** The contract's next extension option exercised on a day; the case says what else it names. */
export const exerciseOption = (exercisedOn: string, more: Partial<DataOf<'ExerciseExtensionOption'>> = {}) =>
  command('ExerciseExtensionOption', { partnershipId: P, contractId: CONTRACT, exercisedOn, ...more });

/** Who acts in a specification: one of the test kit's actors, or someone the case makes up. */
type Actor = { id: string; role: string; organisation?: string };

/** A quarterly performance return for July to September 2025, filed by the partner. */
export const submitReturn = (
  returnId: string,
  measures: { kpiId: string; actual: number }[],
  actor: Actor = actors.partner,
) =>
  command(
    'SubmitPerformanceReturn',
    {
      partnershipId: P,
      contractId: CONTRACT,
      returnId,
      periodStart: '2025-07-01',
      periodEnd: '2025-09-30',
      submittedOn: '2025-10-10',
      measures,
    },
    actor,
  );

/** The return approved on 20 October 2025, by the contract manager unless the case says who. */
export const approveReturn = (returnId: string, actor: Actor = actors.contractManager) =>
  command(
    'ApprovePerformanceReturn',
    { partnershipId: P, contractId: CONTRACT, returnId, approvedOn: '2025-10-20' },
    actor,
  );

/** Expenditure claimed by the partner on 5 August 2025, for July unless the case says which period. */
export const claimExpenditure = (
  claimId: string,
  claimedPence: number,
  lines?: { category: string; amountPence: number }[],
  period: { periodStart: string; periodEnd: string } = { periodStart: '2025-07-01', periodEnd: '2025-07-31' },
) =>
  command(
    'ClaimExpenditure',
    {
      partnershipId: P,
      contractId: CONTRACT,
      claimId,
      ...period,
      claimedOn: '2025-08-05',
      claimedPence,
      ...(lines === undefined ? {} : { lines }),
    },
    actors.partner,
  );

/** The claim verified on 20 August 2025, by finance unless the case says who. */
export const verifyClaim = (claimId: string, verifiedPence: number, actor: Actor = actors.finance) =>
  command(
    'VerifyExpenditure',
    { partnershipId: P, contractId: CONTRACT, claimId, verifiedOn: '2025-08-20', verifiedPence },
    actor,
  );

/** Concept to award under PA 2023, ready for the standstill. */
export const toAward: PartnershipCommand[] = [
  conceive(),
  approval('launch-ok', 'launch-procurement', '2025-03-20'),
  launch(),
  tender(),
  evaluate(),
  approval('award-ok', 'award', '2025-06-02'),
  award(),
];

/** Awarded and the standstill over: ready to sign. */
export const toSigning: PartnershipCommand[] = [...toAward, standstill(), endStandstill()];

/** Through signing with three KPIs set before it, live on 1 July 2025. */
export const toLive: PartnershipCommand[] = [...toSigning, signContract(), goLive()];

/** A second council joins: for specifications of a collaborative partnership and whose scheme governs. */
export const neighbourJoins = command('AddCommissioner', {
  partnershipId: P,
  commissionerId: 'neighbour',
  name: 'Neighbour Council',
  kind: 'council',
  joinedOn: '2025-03-03',
});
