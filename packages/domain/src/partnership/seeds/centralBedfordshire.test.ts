import { createPartnershipDecider } from '../decide';
import { defaultCouncilPolicy } from '../policy/councilPolicy';
import { savingsOverYears } from '../rules/contractTerms';
import { actors, command } from '@council-partnerships/testing';
import { expectTold, tell } from '../testing/story';
import { PartnershipCommand } from '../commands';

/**
 * Central Bedfordshire (seed 001): seven lots (five locality 0-12 family service lots, £1.52M a year
 * in total; one all-area youth service, £404k; one supervised contact service, £300k), the first six
 * under Competitive Dialogue and supervised contact under the Open procedure; 5 years plus two
 * optional one-year extensions; MTFP savings of £20k a year from year 1 and £59k more from year 2;
 * standstill completed 27 May 2019; mobilisation 1 September 2019. The report gives the locality
 * total only, so it is split evenly across the five lots; bidders, scores and the notice date are
 * assumed for the story.
 */
const decider = createPartnershipDecider({
  ...defaultCouncilPolicy,
  councilName: 'Central Bedfordshire Council',
});
const P = 'central-bedfordshire-cyp-support';
const pounds = (amount: number) => amount * 100;

const localities = [1, 2, 3, 4, 5].map((n) => ({
  lotId: `family-service-${n}`,
  title: `Family Service (0-12 years), locality ${n}`,
  services: [{ name: "Children's centre family service (0-12)", annualBudgetPence: null }],
  localities: [`Locality ${n}`],
  annualBudgetPence: pounds(304_000), // £1.52M split evenly: the report gives only the total
}));
const youth = {
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
const contact = {
  lotId: 'supervised-contact',
  title: 'Supervised Contact (all ages, all areas)',
  services: [{ name: 'Supervised contact', annualBudgetPence: pounds(300_000) }],
  localities: ['All areas'],
  annualBudgetPence: pounds(300_000),
};
const mtfp = [
  { label: 'MTFP saving 2019/20', fromContractYear: 1, annualAmountPence: pounds(20_000) },
  { label: 'MTFP saving 2020/21', fromContractYear: 2, annualAmountPence: pounds(59_000) },
];
const cdLots = [...localities, youth];
const providerOf = (lotId: string) => `provider-${lotId}`;

const procurementOf = (lotId: string) => (lotId === contact.lotId ? 'cbc-open' : 'cbc-dialogue');

const tenderAndAward = (lot: { lotId: string; annualBudgetPence: number }): PartnershipCommand[] => {
  const procurementId = procurementOf(lot.lotId);
  const bidderId = providerOf(lot.lotId);
  return [
    command(
      'RecordTender',
      {
        partnershipId: P,
        procurementId,
        tenderId: `tender-${lot.lotId}`,
        bidderId,
        bidderName: `Provider for ${lot.lotId}`,
        lotIds: [lot.lotId],
        receivedOn: '2019-04-01',
      },
      actors.procurement,
    ),
    command(
      'RecordEvaluation',
      {
        partnershipId: P,
        procurementId,
        lotId: lot.lotId,
        evaluatedOn: '2019-04-26',
        maximumScore: 100,
        results: [
          {
            tenderId: `tender-${lot.lotId}`,
            bidderId,
            qualityScore: 50,
            priceScore: 30,
            totalScore: 80,
            rank: 1,
          },
        ],
      },
      actors.procurement,
    ),
    command(
      'MakeAwardDecision',
      {
        partnershipId: P,
        procurementId,
        lotId: lot.lotId,
        supplierId: bidderId,
        supplierName: `Provider for ${lot.lotId}`,
        decidedOn: '2019-05-13',
        annualValuePence: lot.annualBudgetPence,
        totalValuePence: lot.annualBudgetPence * 7,
        governanceDecisionId: 'cbc-executive-award',
      },
      actors.procurement,
    ),
  ];
};

const sign = (
  lot: { lotId: string; title: string; annualBudgetPence: number; localities: string[] },
  signedOn: string,
) =>
  command('SignServiceContract', {
    partnershipId: P,
    contractId: `contract-${lot.lotId}`,
    title: lot.title,
    services: [lot.title],
    localities: lot.localities,
    supplierId: providerOf(lot.lotId),
    supplierName: `Provider for ${lot.lotId}`,
    deliveryModel: 'third-party',
    thirdPartyProviderName: `Provider for ${lot.lotId}`,
    procurementId: procurementOf(lot.lotId),
    lotId: lot.lotId,
    signedOn,
    startsOn: '2019-09-01',
    initialTerm: { years: 5, months: 0 },
    extensionOptions: { count: 2, lengthMonths: 12 },
    annualValuePence: lot.annualBudgetPence,
    ...(lot.lotId === youth.lotId ? { savingsSchedule: mtfp } : {}),
  });

const toAward: PartnershipCommand[] = [
  command('ConceivePartnership', {
    partnershipId: P,
    title: 'Recommissioning support services for children and young people',
    serviceArea: "Children's centres, youth services and supervised contact",
    leadCommissioner: { commissionerId: 'central-bedfordshire', name: 'Central Bedfordshire Council' },
    conceivedOn: '2018-01-09',
    estimatedAnnualValuePence: pounds(2_224_000),
  }),
  command(
    'RecordGovernanceDecision',
    {
      partnershipId: P,
      decisionId: 'cbc-executive-approach',
      decisionMaker: 'executive',
      body: 'Executive',
      subject: 'commissioning-strategy',
      outcome: 'approved',
      decidedOn: '2018-01-09',
      summary: "Approach recommended by the Children's Services Commissioning team",
    },
    actors.executive,
  ),
  ...(
    [
      ['assess', 'Needs analysis and service reviews'],
      ['assess', 'Stakeholder engagement reaching over a thousand people'],
      ['assess', 'Provider forum for soft market testing'],
      ['assess', 'Options appraisal'],
      ['design', 'Outcomes framework and service objectives'],
    ] as const
  ).map(([stage, activity], i) =>
    command('RecordCommissioningActivity', {
      partnershipId: P,
      activityId: `cbc-activity-${i + 1}`,
      stage,
      activity,
      completedOn: '2018-06-29',
    }),
  ),
  command(
    'RecordGovernanceDecision',
    {
      partnershipId: P,
      decisionId: 'cbc-executive-proceed',
      decisionMaker: 'executive',
      body: 'Executive',
      subject: 'launch-procurement',
      outcome: 'approved',
      decidedOn: '2018-10-07',
      approvedValuePence: pounds(15_074_000),
      summary:
        'Approval to proceed with procurement: maximum commitment £15.07M over seven years after MTFP savings',
    },
    actors.executive,
  ),
  command(
    'LaunchProcurement',
    {
      partnershipId: P,
      procurementId: 'cbc-dialogue',
      title: 'Family Service and Youth Service lots',
      regime: 'PCR2015',
      procedure: 'competitive-dialogue',
      lightTouch: false,
      launchedOn: '2018-10-15',
      noticeReference: 'OJEU contract notice',
      estimatedAnnualValuePence: pounds(1_924_000),
      maximumTermMonths: 84,
      estimatedTotalValuePence: pounds(1_924_000 * 7 - (20_000 * 7 + 59_000 * 6)),
      lots: cdLots,
      governanceDecisionId: 'cbc-executive-proceed',
    },
    actors.procurement,
  ),
  command(
    'LaunchProcurement',
    {
      partnershipId: P,
      procurementId: 'cbc-open',
      title: 'Supervised Contact',
      regime: 'PCR2015',
      procedure: 'open',
      lightTouch: false,
      launchedOn: '2018-10-15',
      estimatedAnnualValuePence: pounds(300_000),
      maximumTermMonths: 84,
      estimatedTotalValuePence: pounds(2_100_000),
      lots: [contact],
      governanceDecisionId: 'cbc-executive-proceed',
    },
    actors.procurement,
  ),
  command(
    'ShortlistBidders',
    {
      partnershipId: P,
      procurementId: 'cbc-dialogue',
      shortlistedOn: '2018-11-30',
      bidders: cdLots.map((lot) => ({
        bidderId: providerOf(lot.lotId),
        name: `Provider for ${lot.lotId}`,
        lotIds: [lot.lotId],
      })),
    },
    actors.procurement,
  ),
  command(
    'RecordDialogueRound',
    {
      partnershipId: P,
      procurementId: 'cbc-dialogue',
      round: 1,
      startedOn: '2018-12-03',
      endedOn: '2019-02-22',
      bidderIds: cdLots.map((lot) => providerOf(lot.lotId)),
      lotIds: cdLots.map((lot) => lot.lotId),
    },
    actors.procurement,
  ),
  command(
    'InviteFinalTenders',
    { partnershipId: P, procurementId: 'cbc-dialogue', invitedOn: '2019-03-04', deadline: '2019-04-01' },
    actors.procurement,
  ),
  command(
    'RecordGovernanceDecision',
    {
      partnershipId: P,
      decisionId: 'cbc-executive-award',
      decisionMaker: 'executive',
      body: 'Executive',
      subject: 'award',
      outcome: 'approved',
      decidedOn: '2019-05-13',
      approvedValuePence: pounds(15_568_000),
      summary: 'Award of the seven contracts',
    },
    actors.executive,
  ),
  ...[...cdLots, contact].flatMap(tenderAndAward),
  // Notices sent 14 May 2019 (assumed): 10 days to Friday 24 May; the completion was recorded on 27 May.
  command(
    'IssueStandstillNotice',
    {
      partnershipId: P,
      procurementId: 'cbc-dialogue',
      lotIds: cdLots.map((l) => l.lotId),
      noticeDate: '2019-05-14',
    },
    actors.procurement,
  ),
  command(
    'IssueStandstillNotice',
    { partnershipId: P, procurementId: 'cbc-open', lotIds: [contact.lotId], noticeDate: '2019-05-14' },
    actors.procurement,
  ),
];

const afterStandstill: PartnershipCommand[] = [
  command(
    'EndStandstill',
    { partnershipId: P, procurementId: 'cbc-dialogue', endedOn: '2019-05-27' },
    actors.procurement,
  ),
  command(
    'EndStandstill',
    { partnershipId: P, procurementId: 'cbc-open', endedOn: '2019-05-27' },
    actors.procurement,
  ),
  ...[...cdLots, contact].map((lot) => sign(lot, '2019-06-03')),
  ...[...cdLots, contact].map((lot) =>
    command(
      'StartMobilisation',
      { partnershipId: P, contractId: `contract-${lot.lotId}`, startedOn: '2019-09-01' },
      actors.contractManager,
    ),
  ),
  command(
    'AdoptOutcomesFramework',
    {
      partnershipId: P,
      frameworkId: 'cbc-outcomes',
      title: 'Voice of the CYP outcomes framework',
      outcomes: [
        { outcomeId: 'cyp-friendly', statement: 'I want services that are child and young person friendly' },
        {
          outcomeId: 'right-support',
          statement:
            'I have the right support at the right time to be able to achieve my goals, aspirations and potential',
        },
      ],
      contractIds: [...cdLots, contact].map((lot) => `contract-${lot.lotId}`),
      adoptedOn: '2019-06-03',
    },
    actors.contractManager,
  ),
];

describe('Central Bedfordshire: seven lots, Competitive Dialogue and Open, 5 + 1 + 1 years', () => {
  const awarded = expectTold(tell(decider, toAward));

  it('holds seven lots with their annual budgets, £2.224M a year in all', () => {
    const lots = Object.values(awarded.state.procurements).flatMap((p) => Object.values(p.lots));
    expect(lots).toHaveLength(7);
    expect(lots.reduce((s, l) => s + l.annualBudgetPence, 0)).toBe(222_400_000);
    expect(awarded.state.procurements['cbc-dialogue']?.procedure).toBe('competitive-dialogue');
    expect(awarded.state.procurements['cbc-open']?.procedure).toBe('open');
  });

  it('refuses a youth service lot whose service budgets do not add up to £404k', () => {
    const story = tell(decider, [
      ...toAward.slice(0, 8),
      command(
        'LaunchProcurement',
        {
          partnershipId: P,
          procurementId: 'cbc-wrong',
          title: 'Youth',
          regime: 'PCR2015',
          procedure: 'competitive-dialogue',
          lightTouch: false,
          launchedOn: '2018-10-15',
          estimatedAnnualValuePence: pounds(404_000),
          maximumTermMonths: 84,
          estimatedTotalValuePence: pounds(404_000 * 7),
          lots: [{ ...youth, annualBudgetPence: pounds(400_000) }],
          governanceDecisionId: 'cbc-executive-proceed',
        },
        actors.procurement,
      ),
    ]);
    expect(story.refused?.error).toMatchObject({ code: 'LotsInvalid' });
  });

  it('will not sign before the standstill has ended', () => {
    const early = tell(decider, [sign(youth, '2019-05-24')], awarded);
    expect(early.refused?.error).toMatchObject({
      code: 'StandstillNotEnded',
      message: 'standstill ends 2019-05-24; the agreement can be signed from 2019-05-25',
    });
    const unrecorded = tell(decider, [sign(youth, '2019-05-28')], awarded);
    expect(unrecorded.refused?.error.code).toBe('StandstillNotEnded');
  });

  const live = expectTold(tell(decider, afterStandstill, awarded));

  it('records the standstill completed on 27 May 2019 and mobilisation on 1 September 2019', () => {
    expect(live.events.filter((e) => e.type === 'StandstillEnded').map((e) => e.data)).toEqual([
      { partnershipId: P, procurementId: 'cbc-dialogue', endedOn: '2019-05-27' },
      { partnershipId: P, procurementId: 'cbc-open', endedOn: '2019-05-27' },
    ]);
    expect(live.events.filter((e) => e.type === 'MobilisationStarted')).toHaveLength(7);
    expect(Object.values(live.state.contracts).every((c) => c.mobilisedOn === '2019-09-01')).toBe(true);
  });

  it('commits at most £15.07M over seven years after MTFP savings: 2,224,000 x 7 - (20,000 x 7 + 59,000 x 6)', () => {
    const contracts = Object.values(live.state.contracts);
    const maximum = contracts.reduce((s, c) => s + c.maximumValuePence, 0);
    const savings = contracts.reduce(
      (s, c) => s + savingsOverYears(c.savingsSchedule, c.maximumTermMonths / 12),
      0,
    );
    expect(maximum).toBe(pounds(15_568_000));
    expect(savings).toBe(pounds(494_000));
    expect(maximum - savings).toBe(pounds(15_074_000));
  });

  it('extends the youth service twice by a year, and no further', () => {
    const extend = (exercisedOn: string) =>
      command('ExerciseExtensionOption', {
        partnershipId: P,
        contractId: 'contract-youth-service',
        exercisedOn,
      });
    const story = tell(decider, [extend('2024-03-01'), extend('2025-03-03'), extend('2026-03-02')], live);
    expect(
      story.events.filter((e) => e.type === 'ExtensionOptionExercised').map((e) => e.data),
    ).toMatchObject([
      { optionNumber: 1, previousEndsOn: '2024-08-31', newEndsOn: '2025-08-31' },
      { optionNumber: 2, previousEndsOn: '2025-08-31', newEndsOn: '2026-08-31' },
    ]);
    expect(story.refused?.error).toMatchObject({
      code: 'ExtensionsExhausted',
      details: { granted: 2, exercised: 2 },
    });
  });

  it('will not exercise an option after the contract has ended', () => {
    const story = tell(
      decider,
      [
        command('ExerciseExtensionOption', {
          partnershipId: P,
          contractId: 'contract-supervised-contact',
          exercisedOn: '2024-09-01',
        }),
      ],
      live,
    );
    expect(story.refused?.error).toMatchObject({
      code: 'ExtensionTooLate',
      details: { endsOn: '2024-08-31' },
    });
  });
});
