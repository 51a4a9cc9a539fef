// The embedders' guide (docs/embedding.md) shows this file region by region; guide.test.ts runs it
// and docs/readme/snippets.test.ts checks the guide's text is this file's.
// #region wire
import { createSqliteEventStore } from '@council-partnerships/adapters/sqlite';
import {
  Actor,
  createPartnershipHandler,
  defaultCouncilPolicy,
  describeError,
  PartnershipCommandOfType,
  PartnershipCommandType,
} from '@council-partnerships/domain';
import {
  contractRegister,
  contractValueOf,
  performanceOf,
  performanceProjection,
  rebuildProjection,
  registerProjection,
  registerToCsv,
} from '@council-partnerships/projections';

export const recordAndReport = async (filename: string) => {
  const store = createSqliteEventStore({ filename });
  await store.migrate();
  const handle = createPartnershipHandler({
    store,
    policy: { ...defaultCouncilPolicy, councilName: 'Stockton-on-Tees Borough Council' },
  });
  // #endregion wire

  // #region send
  const partnershipId = 'family-support';
  let sent = 0;
  /** One command: its data is checked against its type by the compiler, and again at run time. */
  const send = async <T extends PartnershipCommandType>(
    type: T,
    actor: Actor,
    data: Omit<PartnershipCommandOfType<T>['data'], 'partnershipId'>,
    on: string,
  ): Promise<void> => {
    // The compiler checked `data` against `type`; it cannot see that the id completes it, hence `unknown`.
    const command = {
      type,
      data: { partnershipId, ...data },
      metadata: { commandId: `${partnershipId}/${++sent}`, actor, occurredAt: `${on}T10:00:00Z` },
    } as unknown as PartnershipCommandOfType<T>;
    const handled = await handle(command);
    if (handled._tag === 'Left') throw new Error(`${type} refused: ${describeError(handled.left)}`);
  };
  const officer = { id: 'officer-ada', role: 'commissioning-officer' };
  const procurement = { id: 'officer-cai', role: 'procurement-officer' };
  const cabinet = { id: 'cabinet-gus', role: 'executive' };
  const manager = { id: 'officer-eve', role: 'contract-manager' };
  const partner = { id: 'partner-ivy', role: 'partner', organisation: 'Family Partner' };
  // #endregion send

  // #region lifecycle
  const lot = { lotId: 'partner', title: 'Strategic partner', localities: ['Stockton-on-Tees'] };
  const year = 400_000_00; // £400,000 a year, in pence
  const supplier = { supplierId: 'family-partner', supplierName: 'Family Partner' };
  const approval = { decisionMaker: 'executive', body: 'Cabinet', outcome: 'approved' } as const;
  // The agreement and its first service contract are signed together, on the same terms.
  const terms = {
    procurementId: 'p1',
    lotId: 'partner',
    signedOn: '2022-02-01',
    startsOn: '2022-04-01',
    initialTerm: { years: 5, months: 0 },
  };

  await send(
    'ConceivePartnership',
    officer,
    {
      title: 'Family support',
      serviceArea: "Children's services",
      leadCommissioner: { commissionerId: 'stockton', name: 'Stockton-on-Tees Borough Council' },
      conceivedOn: '2021-07-26',
    },
    '2021-07-26',
  );
  await send(
    'RecordGovernanceDecision',
    cabinet,
    {
      ...approval,
      decisionId: 'launch',
      subject: 'launch-procurement',
      decidedOn: '2021-10-14',
      approvedValuePence: 5 * year,
      summary: 'Cabinet approves the procurement',
    },
    '2021-10-14',
  );
  await send(
    'LaunchProcurement',
    procurement,
    {
      procurementId: 'p1',
      title: 'Family support partner',
      regime: 'PCR2015',
      procedure: 'open',
      lightTouch: false,
      launchedOn: '2021-11-01',
      estimatedAnnualValuePence: year,
      maximumTermMonths: 60,
      estimatedTotalValuePence: 5 * year,
      governanceDecisionId: 'launch',
      lots: [
        { ...lot, services: [{ name: 'Family support', annualBudgetPence: year }], annualBudgetPence: year },
      ],
    },
    '2021-11-01',
  );
  await send(
    'RecordTender',
    procurement,
    {
      procurementId: 'p1',
      tenderId: 't1',
      bidderId: supplier.supplierId,
      bidderName: supplier.supplierName,
      lotIds: ['partner'],
      receivedOn: '2021-12-10',
    },
    '2021-12-10',
  );
  await send(
    'RecordEvaluation',
    procurement,
    {
      procurementId: 'p1',
      lotId: 'partner',
      evaluatedOn: '2022-01-10',
      maximumScore: 100,
      results: [
        {
          tenderId: 't1',
          bidderId: supplier.supplierId,
          qualityScore: 55,
          priceScore: 30,
          totalScore: 85,
          rank: 1,
        },
      ],
    },
    '2022-01-10',
  );
  await send(
    'RecordGovernanceDecision',
    cabinet,
    {
      ...approval,
      decisionId: 'award',
      subject: 'award',
      decidedOn: '2022-01-20',
      approvedValuePence: 5 * year,
      summary: 'Cabinet approves the award',
    },
    '2022-01-20',
  );
  await send(
    'MakeAwardDecision',
    procurement,
    {
      procurementId: 'p1',
      lotId: 'partner',
      ...supplier,
      decidedOn: '2022-01-20',
      annualValuePence: year,
      totalValuePence: 5 * year,
      governanceDecisionId: 'award',
    },
    '2022-01-20',
  );
  await send(
    'IssueStandstillNotice',
    procurement,
    { procurementId: 'p1', lotIds: ['partner'], noticeDate: '2022-01-21' },
    '2022-01-21',
  );
  await send('EndStandstill', procurement, { procurementId: 'p1', endedOn: '2022-01-31' }, '2022-01-31');
  await send(
    'SignPartnershipAgreement',
    officer,
    {
      agreementId: 'agreement',
      kind: 'partnership-agreement',
      title: 'Partnership agreement',
      partnerId: supplier.supplierId,
      partnerName: supplier.supplierName,
      ...terms,
      annualValuePence: 0,
    },
    '2022-02-01',
  );
  await send(
    'SignServiceContract',
    officer,
    {
      contractId: 'family-time',
      title: 'Family time',
      services: ['Family time'],
      ...supplier,
      deliveryModel: 'partner',
      agreementId: 'agreement',
      ...terms,
      annualValuePence: year,
    },
    '2022-02-01',
  );
  await send('GoLive', manager, { contractId: 'family-time', liveOn: '2022-04-01' }, '2022-04-01');
  // #endregion lifecycle

  // #region performance
  await send(
    'DefineKpi',
    manager,
    {
      contractId: 'family-time',
      kpiId: 'seen-in-7-days',
      name: 'Families seen within 7 days',
      unit: '%',
      target: 90,
      direction: 'higher-is-better',
      tolerance: { greenWithinBps: 0, amberWithinBps: 1000 },
      frequency: 'quarterly',
      definedOn: '2022-04-01',
    },
    '2022-04-01',
  );
  await send(
    'SubmitPerformanceReturn',
    partner,
    {
      contractId: 'family-time',
      returnId: 'q1',
      periodStart: '2022-04-01',
      periodEnd: '2022-06-30',
      submittedOn: '2022-07-08',
      measures: [{ kpiId: 'seen-in-7-days', actual: 86 }],
    },
    '2022-07-08',
  );
  await send(
    'ApprovePerformanceReturn',
    manager,
    { contractId: 'family-time', returnId: 'q1', approvedOn: '2022-07-15' },
    '2022-07-15',
  );
  // #endregion performance

  // #region read
  // Read models are folds of the store's global log: rebuilt here, kept inline or asynchronously in a system.
  const value = await rebuildProjection(store, registerProjection);
  const performance = await rebuildProjection(store, performanceProjection);
  await store.close();
  if (value._tag === 'Left' || performance._tag === 'Left') throw new Error('the log could not be read');
  const today = '2022-07-31';
  const worth = contractValueOf(value.right.state.value, partnershipId, { today });
  const scorecard = performanceOf(performance.right.state, partnershipId, { today });
  const register = registerToCsv(contractRegister(value.right.state, { today }));
  // #endregion read
  return { worth, scorecard, register };
};
