import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { listCountedOptions, priceOptions } from '@council-partnerships/domain';
import { rebuiltState } from '../testing/rebuilt';
import { appendFacts, partnershipAgreement, serviceContract } from '../testing/partnershipLog';
import { contractValueProjection } from './projection';
import { contractValueOf } from './view';
import { monthlySchedule, sliceExactly } from './schedule';

const pounds = (n: number) => n * 100;

const valueOf = async (store: ReturnType<typeof createInMemoryEventStore>, id: string, today?: string) => {
  const value = contractValueOf(
    await rebuiltState(store, contractValueProjection),
    id,
    today ? { today } : {},
  );
  if (value === null) throw new Error(`no partnership ${id}`);
  return value;
};

describe('exact slices', () => {
  it('split any amount into parts that add up to it exactly', () => {
    const parts = Array.from({ length: 12 }, (_, i) => sliceExactly(10_000, i + 1, 12));
    expect(parts.reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(new Set(parts)).toEqual(new Set([833, 834]));
  });

  it('schedule a contract month by month to its recorded values, savings coming off each contract year', () => {
    const months = monthlySchedule({
      startsOn: '2019-09-01',
      initialTermMonths: 60,
      maximumTermMonths: 84,
      initialTermValuePence: pounds(2_224_000 * 5),
      maximumValuePence: pounds(2_224_000 * 7),
      savings: [
        { fromContractYear: 1, annualAmountPence: pounds(20_000) },
        { fromContractYear: 2, annualAmountPence: pounds(59_000) },
      ],
    });
    expect(months).toHaveLength(84);
    expect(months[7]).toMatchObject({ startsOn: '2020-04-01', financialYear: '2020/21', contractYear: 1 });
    expect(months.reduce((sum, m) => sum + m.amountPence, 0)).toBe(pounds(15_074_000));
  });
});

describe('contract value read model', () => {
  const cbcContract = (
    contractId: string,
    annual: number,
    shares = [] as { commissionerId: string; shareBasisPoints: number }[],
    savingsSchedule = [] as { label: string; fromContractYear: number; annualAmountPence: number }[],
  ) =>
    serviceContract('cbc', contractId, {
      annualValuePence: pounds(annual),
      initialTermValuePence: pounds(annual * 5),
      maximumValuePence: pounds(annual * 7),
      extensionOptions: listCountedOptions({ count: 2, lengthMonths: 12 }, pounds(annual)),
      maximumTermMonths: 84,
      fundingShares: shares,
      savingsSchedule,
    });

  it('gives annual, initial-term and maximum value per contract and per financial year, after MTFP savings', async () => {
    const store = createInMemoryEventStore();
    await appendFacts(store, [
      cbcContract(
        'envelope',
        2_224_000,
        [],
        [
          { label: 'MTFP 2019/20', fromContractYear: 1, annualAmountPence: pounds(20_000) },
          { label: 'MTFP 2020/21', fromContractYear: 2, annualAmountPence: pounds(59_000) },
        ],
      ),
    ]);
    const value = await valueOf(store, 'cbc');
    expect(value).toMatchObject({
      annualValuePence: pounds(2_224_000),
      initialTermValueBeforeSavingsPence: pounds(11_120_000),
      initialTermValuePence: pounds(11_120_000 - 20_000 * 5 - 59_000 * 4),
      committedValuePence: pounds(11_120_000 - 20_000 * 5 - 59_000 * 4),
      maximumValueBeforeSavingsPence: pounds(15_568_000),
      maximumValuePence: pounds(15_074_000),
    });
    // 1 September 2019 start: seven months fall in 2019/20, the other five of contract year 1 in 2020/21.
    const years = value.byFinancialYear;
    // £11.12m over 60 months less £20k over 12, in exact slices: £1,297,333.33 - £11,666.66.
    expect(years[0]).toEqual({
      financialYear: '2019/20',
      committedPence: 128_566_667,
      maximumPence: 128_566_667,
    });
    expect(years.map((y) => y.financialYear)).toEqual([
      '2019/20',
      '2020/21',
      '2021/22',
      '2022/23',
      '2023/24',
      '2024/25',
      '2025/26',
      '2026/27',
    ]);
    expect(years.reduce((sum, y) => sum + y.maximumPence, 0)).toBe(pounds(15_074_000));
  });

  it('commits the value of an extension option once it is taken up', async () => {
    const store = createInMemoryEventStore();
    await appendFacts(store, [
      cbcContract('youth', 404_000),
      {
        type: 'ExtensionOptionExercised',
        data: {
          partnershipId: 'cbc',
          contractId: 'youth',
          optionNumber: 1,
          lengthMonths: 12,
          exercisedOn: '2024-03-01',
          previousEndsOn: '2024-08-31',
          newEndsOn: '2025-08-31',
          governanceDecisionId: null,
          valuePence: pounds(404_000),
          noticeDeadline: null,
          modules: [],
        },
      },
    ]);
    expect(await valueOf(store, 'cbc')).toMatchObject({
      committedValuePence: pounds(404_000 * 6),
      maximumValuePence: pounds(404_000 * 7),
      contracts: [{ endsOn: '2025-08-31', maximumEndsOn: '2026-08-31' }],
    });
  });

  it("values each option at its own price, and commits a module's value when the agreement's option extends it", async () => {
    const store = createInMemoryEventStore();
    const agreementOptions = priceOptions(
      [{ lengthMonths: 24, annualValuePence: null, noticeMonths: 6, modules: 'all' }],
      0,
    );
    await appendFacts(store, [
      serviceContract('cbc', 'agreement', {
        annualValuePence: 0,
        maximumTermMonths: 84,
        extensionOptions: agreementOptions,
      }),
      serviceContract('cbc', 'module', {
        agreementId: 'agreement',
        annualValuePence: pounds(100_000),
        initialTermValuePence: pounds(500_000),
        // A year at the contract price, then a year renegotiated down to £80,000.
        extensionOptions: priceOptions(
          [
            { lengthMonths: 12, annualValuePence: null, noticeMonths: null, modules: [] },
            { lengthMonths: 12, annualValuePence: pounds(80_000), noticeMonths: null, modules: [] },
          ],
          pounds(100_000),
        ),
        maximumTermMonths: 84,
        maximumValuePence: pounds(680_000),
      }),
    ]);
    const before = await valueOf(store, 'cbc');
    expect(before.contracts.find((c) => c.contractId === 'module')).toMatchObject({
      committedValuePence: pounds(500_000),
      maximumValuePence: pounds(680_000),
    });
    // The last option year (September 2025 to August 2026) carries the lower price.
    expect(
      before.contracts
        .find((c) => c.contractId === 'module')
        ?.byFinancialYear.find((y) => y.financialYear === '2026/27'),
    ).toMatchObject({ maximumPence: 3_333_334 }); // five months of £80,000 a year, to the penny
    await appendFacts(store, [
      {
        type: 'ExtensionOptionExercised',
        data: {
          partnershipId: 'cbc',
          contractId: 'agreement',
          optionNumber: 1,
          lengthMonths: 24,
          exercisedOn: '2024-01-31',
          previousEndsOn: '2024-08-31',
          newEndsOn: '2026-08-31',
          governanceDecisionId: null,
          valuePence: 0,
          noticeDeadline: '2024-02-29',
          modules: [
            {
              contractId: 'module',
              previousEndsOn: '2024-08-31',
              newEndsOn: '2026-08-31',
              lengthMonths: 24,
              valuePence: pounds(200_000),
            },
          ],
        },
      },
    ]);
    const after = await valueOf(store, 'cbc');
    expect(after.contracts.find((c) => c.contractId === 'module')).toMatchObject({
      endsOn: '2026-08-31',
      committedValuePence: pounds(700_000),
      maximumValuePence: pounds(880_000),
    });
    expect(after.committedValuePence).toBe(pounds(700_000));
  });

  it('splits a collaborative contract between its commissioners to the penny', async () => {
    const store = createInMemoryEventStore();
    await appendFacts(store, [
      {
        type: 'CommissionerJoined',
        data: {
          partnershipId: 'cbc',
          commissionerId: 'ccg',
          name: 'South Tees CCG',
          kind: 'clinical-commissioning-group',
          joinedOn: '2019-01-01',
        },
      },
      cbcContract('pooled', 100_000.01, [
        { commissionerId: 'mbro', shareBasisPoints: 3333 },
        { commissionerId: 'rcbc', shareBasisPoints: 3333 },
        { commissionerId: 'ccg', shareBasisPoints: 3334 },
      ]),
    ]);
    const value = await valueOf(store, 'cbc');
    const annual = value.commissionerShares.map((s) => s.annualPence);
    expect(annual.reduce((a, b) => a + b, 0)).toBe(10_000_001);
    // 33.33% of £100,000.01 is £33,330.0033: the penny left over goes to the largest remainder.
    expect(annual).toEqual([3_333_000, 3_333_000, 3_334_001]);
    expect(value.commissionerShares[2]).toMatchObject({ name: 'South Tees CCG' });
    expect(value.commissionerShares.reduce((a, s) => a + s.maximumPence, 0)).toBe(value.maximumValuePence);
  });

  it('adds what each modification changed, in the financial year of the extra term', async () => {
    const store = createInMemoryEventStore();
    const modification = (
      id: string,
      previousEndsOn: string,
      newEndsOn: string,
      months: number,
      change: number,
    ) => ({
      type: 'ContractModified' as const,
      data: {
        partnershipId: 'durham',
        contractId: 'consortium',
        modificationId: id,
        kind: 'term-and-value' as const,
        description: 'extended',
        agreedOn: previousEndsOn,
        termChangeMonths: months,
        previousEndsOn,
        newEndsOn,
        valueChangePence: pounds(change),
        newAnnualValuePence: null,
        permittedGround: null,
        classification: {
          regime: 'below-threshold' as const,
          provision: 'council contract procedure rules',
          category: 'outside-regulated-regime' as const,
          ground: null,
          substantial: false,
          changeNoticeRequired: false,
          termChangeBps: 0,
          valueChangeBps: 0,
          measures: null,
          explanation: 'below threshold',
        },
        governanceDecisionId: null,
      },
    });
    await appendFacts(store, [
      serviceContract('durham', 'consortium', {
        regime: 'below-threshold',
        startsOn: '2011-04-01',
        initialTerm: { years: 0, months: 6 },
        endsOn: '2011-09-30',
        maximumTermMonths: 6,
        annualValuePence: pounds(30_000),
        initialTermValuePence: pounds(15_000),
        maximumValuePence: pounds(15_000),
      }),
      modification('m1', '2011-09-30', '2012-03-31', 6, 17_000),
      modification('m2', '2012-03-31', '2013-03-31', 12, 25_000),
    ]);
    const value = await valueOf(store, 'durham');
    expect(value.committedValuePence).toBe(pounds(15_000 + 17_000 + 25_000));
    expect(value.byFinancialYear).toEqual([
      { financialYear: '2011/12', committedPence: pounds(32_000), maximumPence: pounds(32_000) },
      { financialYear: '2012/13', committedPence: pounds(25_000), maximumPence: pounds(25_000) },
    ]);
  });

  it('flags a contract whose verified open-book payments pass its maximum value', async () => {
    const store = createInMemoryEventStore();
    const officer = { id: 'fin-1', role: 'finance-officer' };
    const claimed = (claimId: string, periodStart: string, periodEnd: string, pence: number) => [
      {
        type: 'ExpenditureClaimed' as const,
        data: {
          partnershipId: 'small',
          contractId: 'outreach',
          claimId,
          periodStart,
          periodEnd,
          claimedOn: periodEnd,
          claimedPence: pence,
          lines: [],
          claimedBy: { id: 'partner-1', role: 'partner' },
        },
      },
      {
        type: 'ExpenditureVerified' as const,
        data: {
          partnershipId: 'small',
          contractId: 'outreach',
          claimId,
          verifiedOn: periodEnd,
          claimedPence: pence,
          verifiedPence: pence,
          disallowedPence: 0,
          marginBasisPoints: 0,
          rounding: 'half-up' as const,
          marginPence: 0,
          payablePence: pence,
          notes: null,
          verifiedBy: officer,
        },
      },
    ];
    await appendFacts(store, [
      serviceContract('small', 'outreach', {
        startsOn: '2022-04-01',
        initialTerm: { years: 1, months: 0 },
        endsOn: '2023-03-31',
        maximumTermMonths: 12,
        annualValuePence: pounds(15_000),
        initialTermValuePence: pounds(15_000),
        maximumValuePence: pounds(15_000),
        openBook: { marginBasisPoints: 0, rounding: 'half-up' },
      }),
      ...claimed('h1', '2022-04-01', '2022-09-30', pounds(9_000)),
    ]);
    expect((await valueOf(store, 'small')).openBook.paidAboveMaximum).toEqual([]);
    await appendFacts(store, claimed('h2', '2022-10-01', '2023-03-31', pounds(7_500)));
    const value = await valueOf(store, 'small');
    expect(value.contracts[0]?.openBook?.payableAboveMaximumPence).toBe(pounds(1_500));
    expect(value.openBook.paidAboveMaximum).toEqual([{ contractId: 'outreach', excessPence: pounds(1_500) }]);
  });

  it('counts open-book payments on verified expenditure only, against the year’s budget', async () => {
    const store = createInMemoryEventStore();
    const officer = { id: 'fin-1', role: 'finance-officer' };
    await appendFacts(store, [
      serviceContract('stockton', 'family-time', {
        startsOn: '2022-04-01',
        endsOn: '2027-03-31',
        annualValuePence: pounds(400_000),
        initialTermValuePence: pounds(2_000_000),
        maximumValuePence: pounds(2_000_000),
        openBook: { marginBasisPoints: 750, rounding: 'half-up' },
      }),
      ...[1, 2].map((n) => ({
        type: 'ExpenditureClaimed' as const,
        data: {
          partnershipId: 'stockton',
          contractId: 'family-time',
          claimId: `q${n}`,
          periodStart: n === 1 ? '2022-04-01' : '2022-07-01',
          periodEnd: n === 1 ? '2022-06-30' : '2022-09-30',
          claimedOn: n === 1 ? '2022-07-10' : '2022-10-10',
          claimedPence: pounds(100_000),
          lines: [{ category: 'staff', amountPence: pounds(100_000) }],
          claimedBy: { id: 'partner-1', role: 'partner' },
        },
      })),
      {
        type: 'ExpenditureVerified',
        data: {
          partnershipId: 'stockton',
          contractId: 'family-time',
          claimId: 'q1',
          verifiedOn: '2022-07-20',
          claimedPence: pounds(100_000),
          verifiedPence: 9_650_001,
          disallowedPence: 349_999,
          marginBasisPoints: 750,
          rounding: 'half-up',
          marginPence: 723_750,
          payablePence: 10_373_751,
          notes: null,
          verifiedBy: officer,
        },
      },
    ]);
    const value = await valueOf(store, 'stockton');
    expect(value.openBook).toEqual({
      claimedPence: pounds(200_000),
      verifiedPence: 9_650_001,
      marginPence: 723_750,
      payablePence: 10_373_751,
      awaitingVerificationPence: pounds(100_000),
      paidAboveMaximum: [],
    });
    expect(value.contracts[0]?.openBook?.byFinancialYear[0]).toMatchObject({
      financialYear: '2022/23',
      budgetPence: pounds(400_000),
      variancePence: pounds(400_000) - 10_373_751,
    });
  });

  it('measures expansion headroom against the scope the agreement allows, and drops ended contracts from the annual value', async () => {
    const store = createInMemoryEventStore();
    await appendFacts(store, [
      partnershipAgreement('stockton', 'pa', {
        title: 'Family support partnership agreement',
        potentialAnnualValuePence: pounds(2_800_000),
      }),
      serviceContract('stockton', 'outreach', {
        annualValuePence: pounds(1_100_000),
        initialTermValuePence: pounds(5_500_000),
        maximumValuePence: pounds(5_500_000),
      }),
      {
        type: 'ContractTerminated',
        data: {
          partnershipId: 'stockton',
          contractId: 'outreach',
          ground: 'performance',
          terminatedOn: '2021-03-31',
        },
      },
    ]);
    expect(await valueOf(store, 'stockton', '2020-06-01')).toMatchObject({
      annualValuePence: pounds(1_100_000),
      expansion: { potentialAnnualValuePence: pounds(2_800_000), headroomPence: pounds(1_700_000) },
    });
    const afterwards = await valueOf(store, 'stockton', '2021-06-01');
    expect(afterwards.annualValuePence).toBe(0);
    // Nothing is owed past the termination: 19 of the 60 exact monthly slices of £5.5m.
    expect(afterwards.committedValuePence).toBe(174_166_666);
  });
});
