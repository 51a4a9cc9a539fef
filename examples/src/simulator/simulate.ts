import {
  BUILT_IN_HOLIDAYS,
  createPartnershipHandler,
  EventStore,
  projectedByRule,
  RecordedEvent,
  standstillPeriod,
} from '@council-partnerships/domain';
import { castFor } from '../support/cast';
import { policyFor } from '../support/handler';
import { periods, plusDays, plusMonths } from '../support/periods';
import { Refusal } from '../support/run';
import { DataOf, londonTime, partnershipCommand } from '../support/script';
import { PartnershipCommandType } from '@council-partnerships/domain';
import { SimulatedClock, seededEventIds } from './clock';
import { marginOn, pounds, proRataPence } from './money';
import { mulberry32, Prng } from './prng';
import { SimulationShape, shapeProblems } from './shape';

export interface SimulationOptions {
  readonly seed: number;
  readonly shape: SimulationShape;
  /** The clock the store was given, so recordedAt follows the simulated business time. */
  readonly clock: SimulatedClock;
  readonly partnershipId?: string;
  /** Called with the events of every recorded command (for inline read models). */
  readonly onRecorded?: (events: readonly RecordedEvent[]) => void;
  /**
   * Let the command handler keep the partnership's folded state between commands (default true); false
   * has it re-read and re-fold the whole stream for every command.
   */
  readonly cacheStreams?: boolean;
}

/** What the simulator believes about one open-book claim. */
export interface ClaimBelief {
  readonly contractId: string;
  readonly claimId: string;
  readonly claimedPence: number;
  readonly verifiedPence: number;
  readonly marginPence: number;
  readonly payablePence: number;
}

/** What the simulator believes about one contract when it has finished. */
export interface ContractBelief {
  readonly contractId: string;
  readonly tier: 1 | 2;
  readonly annualValuePence: number;
  readonly initialTermMonths: number;
  readonly initialTermValuePence: number;
  readonly extensionsGranted: number;
  extensionsExercised: number;
  endsOn: string;
  ended: 'expired' | 'terminated' | null;
  readonly kpisRequired: boolean;
  readonly kpiIds: readonly string[];
  returns: number;
  reviews: number;
}

export interface SimulationReport {
  readonly partnershipId: string;
  readonly seed: number;
  readonly shape: SimulationShape;
  commandsSent: number;
  commandsRecorded: number;
  eventsRecorded: number;
  readonly expectedRefusals: Refusal[];
  readonly unexpected: Refusal[];
  readonly claims: ClaimBelief[];
  readonly contracts: Record<string, ContractBelief>;
  expansionsApproved: number;
  terminations: number;
  readonly marginBasisPoints: number;
}

/** A refusal the simulator did not expect stops it: every later step would rest on a false belief. */
class Stopped extends Error {}

const PA2023_FROM = '2025-02-24';
/**
 * Simulated partnerships run to the 2050s, beyond the years whose bank holidays are known: the
 * simulator takes the rules as known that far, and every standstill event says so in its calendar.
 */
const SIMULATED_HOLIDAYS = projectedByRule(BUILT_IN_HOLIDAYS, 2060);
const KPI_DUTY_ABOVE_PENCE = 500_000_000;
const MINIMUM_KPIS = 3;
/** The refusals a probe may provoke; any other refusal is a fault. */
export const PROBE_REFUSALS = ['ExtensionsExhausted', 'VerifiedExceedsClaimed'] as const;

const monthsBetween = (from: string, toExclusive: string): number =>
  (Number(toExclusive.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
  Number(toExclusive.slice(5, 7)) -
  Number(from.slice(5, 7));

/**
 * Drives one partnership through its whole lifecycle by commands, through the partnership command
 * handler: concept, procurement with Executive approvals, evaluation, award, standstill, agreement and
 * modules, mobilisation, monthly performance returns and open-book claims, reviews, embedding,
 * expansion, extensions, termination for poor performance, expiry. Every choice comes from the seed,
 * so a seed always writes the same log.
 */
export const simulate = async (store: EventStore, options: SimulationOptions): Promise<SimulationReport> => {
  const { seed, shape, clock } = options;
  const problems = shapeProblems(shape);
  if (problems.length > 0) throw new Error(`invalid shape: ${problems.map((p) => p.message).join('; ')}`);
  const prng = mulberry32(seed);
  const money = prng.fork(1);
  const performance = prng.fork(2);
  const probes = prng.fork(3);
  const pid = options.partnershipId ?? `simulated-${seed}`;
  const partnerName = `Simulated Partner ${seed}`;
  const cast = castFor(pid, 'Simulated Council', partnerName);
  const handle = createPartnershipHandler({
    store,
    policy: { ...policyFor({ councilName: 'Simulated Council' }), holidays: SIMULATED_HOLIDAYS },
    newEventId: seededEventIds(prng.fork(4), clock.peek),
    ...(options.cacheStreams === false ? { cachedStreams: 0 } : {}),
  });
  const report: SimulationReport = {
    partnershipId: pid,
    seed,
    shape,
    commandsSent: 0,
    commandsRecorded: 0,
    eventsRecorded: 0,
    expectedRefusals: [],
    unexpected: [],
    claims: [],
    contracts: {},
    expansionsApproved: 0,
    terminations: 0,
    marginBasisPoints: shape.marginBasisPoints,
  };

  const send = async <T extends PartnershipCommandType>(
    type: T,
    actor: (typeof cast)[keyof typeof cast],
    date: string,
    data: DataOf<T>,
    expectRefusal?: string,
  ): Promise<void> => {
    report.commandsSent += 1;
    const occurredAt = londonTime(date, '10:00');
    clock.recordAfter(occurredAt);
    const commandId = `${pid}/${String(report.commandsSent).padStart(5, '0')}/${type}`;
    const result = await handle(partnershipCommand(type, pid, data, { commandId, actor, occurredAt }));
    const refusal = (code: string, message: string, path: readonly string[]): Refusal => ({
      step: report.commandsSent,
      commandType: type,
      commandId,
      code,
      message,
      path,
      note: expectRefusal === undefined ? null : `probe: expected ${expectRefusal}`,
    });
    if (result._tag === 'Left') {
      const r = refusal(result.left.code, result.left.message, result.left.path);
      if (result.left.code === expectRefusal) {
        report.expectedRefusals.push(r);
        return;
      }
      report.unexpected.push(r);
      throw new Stopped(r.message);
    }
    if (expectRefusal !== undefined) {
      report.unexpected.push(refusal('NotRefused', `expected ${expectRefusal}, but it was recorded`, []));
      throw new Stopped('a probe was not refused');
    }
    report.commandsRecorded += 1;
    report.eventsRecorded += result.right.events.length;
    options.onRecorded?.(result.right.events);
  };

  try {
    await run(shape, pid, cast, send, report, { money, performance, probes });
  } catch (error) {
    if (!(error instanceof Stopped)) throw error;
  }
  return report;
};

type Send = <T extends PartnershipCommandType>(
  type: T,
  actor: ReturnType<typeof castFor>[keyof ReturnType<typeof castFor>],
  date: string,
  data: DataOf<T>,
  expectRefusal?: string,
) => Promise<void>;

interface Streams {
  readonly money: Prng;
  readonly performance: Prng;
  readonly probes: Prng;
}

interface LiveModule {
  readonly belief: ContractBelief;
  readonly startsOn: string;
  readonly targets: Record<string, number>;
  /** RAG of each monthly return since the last review (the simulator's own reading of its numbers). */
  since: ('good' | 'poor')[];
  lastRating: string | null;
  embedded: boolean;
  noticeEffectiveOn: string | null;
  readonly expansion: boolean;
}

const run = async (
  shape: SimulationShape,
  pid: string,
  cast: ReturnType<typeof castFor>,
  send: Send,
  report: SimulationReport,
  { money, performance, probes }: Streams,
): Promise<void> => {
  const startsOn = `${shape.startYear}-04-01`;
  const launchedOn = plusDays(`${shape.startYear - 1}-09-01`, money.int(0, 20));
  const regime = launchedOn >= PA2023_FROM ? ('PA2023' as const) : ('PCR2015' as const);
  const termMonths = shape.years * 12;
  const options = shape.extensionOptions;
  const maxTermMonths = termMonths + options.count * options.lengthMonths;
  const moduleValues = Array.from({ length: shape.modules }, () => pounds(money.int(100, 900) * 1000));
  const expansionValues = Array.from({ length: shape.expansions }, () => pounds(money.int(50, 600) * 1000));
  const annual = moduleValues.reduce((a, b) => a + b, 0);
  const potential = annual + expansionValues.reduce((a, b) => a + b, 0);
  const procurementId = `${pid}-procurement`;
  const agreementId = `${pid}-agreement`;
  const lot = 'partnership';
  const openBook = { marginBasisPoints: shape.marginBasisPoints, rounding: 'half-up' as const };
  // PA 2023 s.52: the maximum value (initial term plus every option) over £5m, not light touch.
  const kpisDue = (annualPence: number, months: number) =>
    regime === 'PA2023' &&
    !shape.lightTouch &&
    proRataPence(annualPence, months) + proRataPence(annualPence, options.count * options.lengthMonths) >
      KPI_DUTY_ABOVE_PENCE;

  await send('ConceivePartnership', cast.commissioning, plusDays(launchedOn, -120), {
    title: `Simulated family support partnership ${pid}`,
    serviceArea: 'Family support',
    leadCommissioner: { commissionerId: 'simulated-council', name: 'Simulated Council' },
    conceivedOn: plusDays(launchedOn, -120),
    estimatedAnnualValuePence: annual,
    intendedMinimumTermMonths: termMonths,
  });
  const totalValue = proRataPence(annual, maxTermMonths);
  await send('RecordGovernanceDecision', cast.executive, plusDays(launchedOn, -14), {
    decisionId: 'launch-approval',
    decisionMaker: 'executive',
    body: 'Executive',
    subject: 'launch-procurement',
    outcome: 'approved',
    decidedOn: plusDays(launchedOn, -14),
    summary: 'Approve the procurement of a strategic partner',
    approvedValuePence: totalValue,
  });
  await send('LaunchProcurement', cast.procurement, launchedOn, {
    procurementId,
    title: 'Strategic partnership for family support',
    regime,
    procedure: 'open',
    lightTouch: shape.lightTouch,
    launchedOn,
    advertisedOn: launchedOn,
    estimatedAnnualValuePence: annual,
    maximumTermMonths: maxTermMonths,
    estimatedTotalValuePence: totalValue,
    lots: [
      {
        lotId: lot,
        title: 'Strategic partnership',
        services: moduleValues.map((v, i) => ({ name: `Module ${i + 1}`, annualBudgetPence: v })),
        localities: ['Simulated Borough'],
        annualBudgetPence: annual,
      },
    ],
    governanceDecisionId: 'launch-approval',
  });
  const bidders = Array.from({ length: money.int(2, 4) }, (_, i) => ({
    bidderId: i === 0 ? 'partner' : `bidder-${i}`,
    name: i === 0 ? `Simulated Partner ${report.seed}` : `Bidder ${i}`,
    quality: 60 - i * 3,
    price: 30 - i,
  }));
  const tendersOn = plusDays(launchedOn, 40);
  for (const b of bidders) {
    await send('RecordTender', cast.procurement, tendersOn, {
      procurementId,
      tenderId: `tender-${b.bidderId}`,
      bidderId: b.bidderId,
      bidderName: b.name,
      lotIds: [lot],
      receivedOn: tendersOn,
    });
  }
  const evaluatedOn = plusDays(launchedOn, 60);
  await send('RecordEvaluation', cast.procurement, evaluatedOn, {
    procurementId,
    lotId: lot,
    evaluatedOn,
    maximumScore: 100,
    results: bidders.map((b, i) => ({
      tenderId: `tender-${b.bidderId}`,
      bidderId: b.bidderId,
      qualityScore: b.quality,
      priceScore: b.price,
      totalScore: b.quality + b.price,
      rank: i + 1,
    })),
  });
  const awardOn = plusDays(launchedOn, 75);
  await send('RecordGovernanceDecision', cast.executive, awardOn, {
    decisionId: 'award-approval',
    decisionMaker: 'executive',
    body: 'Executive',
    subject: 'award',
    outcome: 'approved',
    decidedOn: awardOn,
    summary: 'Award the partnership',
    approvedValuePence: totalValue,
    procurementId,
  });
  await send('MakeAwardDecision', cast.procurement, awardOn, {
    procurementId,
    lotId: lot,
    supplierId: 'partner',
    supplierName: `Simulated Partner ${report.seed}`,
    decidedOn: awardOn,
    annualValuePence: annual,
    totalValuePence: totalValue,
    governanceDecisionId: 'award-approval',
  });
  // The library's own standstill arithmetic tells the simulator when it may sign.
  const period = standstillPeriod(
    { regime, noticeDate: awardOn, lightTouch: shape.lightTouch, voluntary: shape.lightTouch },
    SIMULATED_HOLIDAYS,
  );
  if (period._tag === 'Left') throw new Error(period.left.message);
  await send('IssueStandstillNotice', cast.procurement, awardOn, {
    procurementId,
    lotIds: [lot],
    noticeDate: awardOn,
    voluntary: shape.lightTouch,
  });
  await send('EndStandstill', cast.procurement, period.right.lastDay, {
    procurementId,
    endedOn: period.right.lastDay,
  });
  const signedOn = plusDays(period.right.earliestSigningDate, money.int(0, 10));
  const agreementEnds = plusDays(plusMonths(startsOn, termMonths), -1);
  await send('SignPartnershipAgreement', cast.legal, signedOn, {
    agreementId,
    kind: 'partnership-agreement',
    title: 'Partnership agreement',
    partnerId: 'partner',
    partnerName: `Simulated Partner ${report.seed}`,
    procurementId,
    lotId: lot,
    signedOn,
    startsOn,
    initialTerm: { years: shape.years, months: 0 },
    annualValuePence: 0,
    minimumTermMonths: termMonths,
    potentialAnnualValuePence: potential,
    ...(options.count > 0 ? { extensionOptions: options } : {}),
    openBook,
  });
  report.contracts[agreementId] = {
    contractId: agreementId,
    tier: 1,
    annualValuePence: 0,
    initialTermMonths: termMonths,
    initialTermValuePence: 0,
    extensionsGranted: options.count,
    extensionsExercised: 0,
    endsOn: agreementEnds,
    ended: null,
    kpisRequired: false,
    kpiIds: [],
    returns: 0,
    reviews: 0,
  };

  const live: LiveModule[] = [];
  const addModule = async (
    contractId: string,
    annualPence: number,
    moduleStarts: string,
    months: number,
    signed: string,
    expansionId: string | null,
  ) => {
    const required = kpisDue(annualPence, months);
    const kpiCount = required ? Math.max(MINIMUM_KPIS, shape.kpisPerModule) : shape.kpisPerModule;
    const kpiIds = Array.from({ length: kpiCount }, (_, k) => `${contractId}-kpi-${k + 1}`);
    const targets: Record<string, number> = {};
    for (const kpiId of kpiIds) targets[kpiId] = performance.int(50, 200);
    const kpiOf = (kpiId: string) => ({
      kpiId,
      name: `Measure ${kpiId}`,
      unit: 'families supported',
      target: targets[kpiId]!,
      direction: 'higher-is-better' as const,
      tolerance: { greenWithinBps: 500, amberWithinBps: 1500 },
      frequency: 'monthly' as const,
    });
    await send('SignServiceContract', cast.legal, signed, {
      contractId,
      title: `Module ${contractId}`,
      services: [`Family support module ${contractId}`],
      supplierId: 'partner',
      supplierName: `Simulated Partner ${report.seed}`,
      deliveryModel: 'partner',
      agreementId,
      ...(expansionId === null ? { procurementId, lotId: lot } : { expansionId }),
      signedOn: signed,
      startsOn: moduleStarts,
      initialTerm: { years: Math.floor(months / 12), months: months % 12 },
      annualValuePence: annualPence,
      ...(options.count > 0 ? { extensionOptions: options } : {}),
      openBook,
      // PA 2023 s.52: over £5m, the KPIs are set before the contract is entered into.
      ...(required ? { kpis: kpiIds.map(kpiOf) } : {}),
    });
    const belief: ContractBelief = {
      contractId,
      tier: 2,
      annualValuePence: annualPence,
      initialTermMonths: months,
      initialTermValuePence: proRataPence(annualPence, months),
      extensionsGranted: options.count,
      extensionsExercised: 0,
      endsOn: plusDays(plusMonths(moduleStarts, months), -1),
      ended: null,
      kpisRequired: required,
      kpiIds,
      returns: 0,
      reviews: 0,
    };
    report.contracts[contractId] = belief;
    const mobilisedOn = plusDays(moduleStarts, -21) < signed ? signed : plusDays(moduleStarts, -21);
    await send('StartMobilisation', cast.contractManager, mobilisedOn, {
      contractId,
      startedOn: mobilisedOn,
    });
    if (!required) {
      for (const kpiId of kpiIds) {
        await send('DefineKpi', cast.contractManager, mobilisedOn, {
          ...kpiOf(kpiId),
          contractId,
          definedOn: mobilisedOn,
        });
      }
    }
    await send('GoLive', cast.contractManager, moduleStarts, { contractId, liveOn: moduleStarts });
    live.push({
      belief,
      startsOn: moduleStarts,
      targets,
      since: [],
      lastRating: null,
      embedded: false,
      noticeEffectiveOn: null,
      expansion: expansionId !== null,
    });
  };

  for (const [i, value] of moduleValues.entries()) {
    await addModule(`${pid}-module-${i + 1}`, value, startsOn, termMonths, signedOn, null);
  }

  const agreement = report.contracts[agreementId]!;
  let expansionsLeft = shape.expansions;
  let extensionsLeft = shape.extensionsTaken;
  let probedExtension = false;
  let month = 0;
  for (;;) {
    const [p] = periods(plusMonths(startsOn, month), 1, 1);
    if (p === undefined || p.start > agreement.endsOn) break;
    const running = live.filter(
      (m) => m.belief.ended === null && m.startsOn <= p.start && p.end <= m.belief.endsOn,
    );
    for (const m of running) {
      const id = m.belief.contractId;
      const submittedOn = plusDays(p.end, 5);
      const poor = performance.chance(shape.poorPerformanceChance);
      const measures = m.belief.kpiIds.map((kpiId) => {
        const target = m.targets[kpiId]!;
        // A poor month falls 30-60% short (red); an ordinary one lands within 5% below to 10% above.
        const actual = poor
          ? Math.floor((target * performance.int(40, 70)) / 100)
          : target + Math.floor((target * performance.int(-4, 10)) / 100);
        return { kpiId, actual };
      });
      m.since.push(poor ? 'poor' : 'good');
      await send('SubmitPerformanceReturn', cast.partner, submittedOn, {
        contractId: id,
        returnId: `${id}-return-${p.start.slice(0, 7)}`,
        periodStart: p.start,
        periodEnd: p.end,
        submittedOn,
        measures,
      });
      await send('ApprovePerformanceReturn', cast.contractManager, plusDays(submittedOn, 3), {
        contractId: id,
        returnId: `${id}-return-${p.start.slice(0, 7)}`,
        approvedOn: plusDays(submittedOn, 3),
      });
      m.belief.returns += 1;
      const monthly = Math.floor(m.belief.annualValuePence / 12);
      const claimedPence = Math.floor((monthly * money.int(85, 98)) / 100) + money.int(0, 99);
      const disallowed = money.chance(0.2) ? Math.floor((claimedPence * money.int(1, 5)) / 100) : 0;
      const verifiedPence = claimedPence - disallowed;
      const claimId = `${id}-claim-${p.start.slice(0, 7)}`;
      await send('ClaimExpenditure', cast.partner, submittedOn, {
        contractId: id,
        claimId,
        periodStart: p.start,
        periodEnd: p.end,
        claimedOn: submittedOn,
        claimedPence,
      });
      if (shape.probes && probes.chance(0.02)) {
        await send(
          'VerifyExpenditure',
          cast.finance,
          plusDays(submittedOn, 9),
          { contractId: id, claimId, verifiedOn: plusDays(submittedOn, 9), verifiedPence: claimedPence + 1 },
          'VerifiedExceedsClaimed',
        );
      }
      await send('VerifyExpenditure', cast.finance, plusDays(submittedOn, 10), {
        contractId: id,
        claimId,
        verifiedOn: plusDays(submittedOn, 10),
        verifiedPence,
      });
      const marginPence = marginOn(verifiedPence, shape.marginBasisPoints);
      report.claims.push({
        contractId: id,
        claimId,
        claimedPence,
        verifiedPence,
        marginPence,
        payablePence: verifiedPence + marginPence,
      });
    }

    // Reviews every so many months of each module's life, judged on the returns since the last one.
    const reviewOn = plusDays(p.end, 15);
    for (const m of running) {
      const monthsLive = monthsBetween(m.startsOn, plusDays(p.end, 1));
      const lastMonth = p.end === m.belief.endsOn;
      if (monthsLive % shape.reviewEveryMonths !== 0 && !lastMonth) continue;
      if (m.noticeEffectiveOn !== null) continue;
      const poorShare = m.since.filter((s) => s === 'poor').length / Math.max(1, m.since.length);
      const rating =
        poorShare > 0.5
          ? 'inadequate'
          : poorShare > 0.25
            ? 'requires-improvement'
            : poorShare > 0
              ? 'approaching-target'
              : 'good';
      const terminate = rating === 'inadequate' && m.lastRating === 'inadequate' && !lastMonth;
      const decision = terminate
        ? 'terminate'
        : rating === 'good' || rating === 'approaching-target'
          ? 'continue'
          : 'improvement-plan';
      const rag = rating === 'good' ? 'green' : rating === 'inadequate' ? 'red' : 'amber';
      const confirmsEmbedded = !m.embedded && decision === 'continue';
      const finalAssessment = m.belief.kpisRequired && (lastMonth || terminate);
      const reviewId = `${m.belief.contractId}-review-${p.end}`;
      await send('RecordPerformanceReview', cast.contractManager, reviewOn, {
        contractId: m.belief.contractId,
        reviewId,
        reviewedOn: reviewOn,
        periodStart: plusMonths(plusDays(p.end, 1), -Math.max(1, m.since.length)),
        periodEnd: p.end,
        rating,
        rag,
        decision,
        kpiAssessments: m.belief.kpiIds.map((kpiId) => ({ kpiId, rating, rag })),
        confirmsEmbedded,
        finalAssessment,
      });
      m.belief.reviews += 1;
      m.since = [];
      m.lastRating = rating;
      if (confirmsEmbedded) m.embedded = true;
      if (terminate) {
        const effectiveOn =
          plusMonths(reviewOn, 3) < m.belief.endsOn ? plusMonths(reviewOn, 3) : m.belief.endsOn;
        await send('GiveTerminationNotice', cast.commissioning, reviewOn, {
          contractId: m.belief.contractId,
          ground: 'performance',
          givenBy: 'council',
          noticeGivenOn: reviewOn,
          effectiveOn,
          reviewId,
          reason: 'Inadequate at two reviews running',
        });
        m.noticeEffectiveOn = effectiveOn;
      }
    }

    // Terminations take effect.
    for (const m of live) {
      if (m.noticeEffectiveOn === null || m.belief.ended !== null || m.noticeEffectiveOn > p.end) continue;
      await send('RecordTermination', cast.contractManager, m.noticeEffectiveOn, {
        contractId: m.belief.contractId,
        terminatedOn: m.noticeEffectiveOn,
      });
      m.belief.ended = 'terminated';
      report.terminations += 1;
    }

    // Expansion: every initial module embedded, every live module's latest review acceptable.
    const active = live.filter((m) => m.belief.ended === null);
    const initialEmbedded = live
      .filter((m) => !m.expansion && m.belief.ended === null)
      .every((m) => m.embedded);
    // A module signed and live but not yet reviewed holds expansion back too (it has no rating yet).
    const acceptable = active.every(
      (m) =>
        (m.lastRating === 'good' || m.lastRating === 'approaching-target') && m.noticeEffectiveOn === null,
    );
    const nextStart = plusDays(p.end, 1);
    const monthsLeft = monthsBetween(nextStart, plusDays(agreement.endsOn, 1));
    if (expansionsLeft > 0 && initialEmbedded && acceptable && monthsLeft >= 6) {
      const index = shape.expansions - expansionsLeft;
      const expansionId = `${pid}-expansion-${index + 1}`;
      const value = expansionValues[index]!;
      const proposedOn = plusDays(p.end, 16);
      await send('ProposeModuleExpansion', cast.partner, proposedOn, {
        expansionId,
        agreementId,
        title: `Expansion module ${index + 1}`,
        services: [`Additional family support ${index + 1}`],
        deliveryModel: 'partner',
        annualValuePence: value,
        proposedOn,
      });
      await send('ApproveModuleExpansion', cast.commissioning, plusDays(proposedOn, 1), {
        expansionId,
        approvedOn: plusDays(proposedOn, 1),
      });
      report.expansionsApproved += 1;
      expansionsLeft -= 1;
      const moduleStarts = plusMonths(nextStart, 1);
      await addModule(
        `${pid}-expansion-module-${index + 1}`,
        value,
        moduleStarts,
        monthsLeft - 1,
        plusDays(proposedOn, 2),
        expansionId,
      );
    }

    // Extensions: taken up at the start of the agreement's last month, for it and its running modules.
    const lastFull = plusDays(plusMonths(plusDays(agreement.endsOn, 1), -1), -1);
    if (p.end === lastFull) {
      const exercisedOn = plusDays(p.end, 1);
      const extendable = [
        agreement,
        ...live.filter((m) => m.belief.ended === null && m.noticeEffectiveOn === null).map((m) => m.belief),
      ].filter((c) => c.endsOn === agreement.endsOn);
      if (extensionsLeft > 0) {
        for (const c of extendable) {
          await send('ExerciseExtensionOption', cast.commissioning, exercisedOn, {
            contractId: c.contractId,
            exercisedOn,
          });
          c.extensionsExercised += 1;
          c.endsOn = plusDays(plusMonths(plusDays(c.endsOn, 1), options.lengthMonths), -1);
        }
        extensionsLeft -= 1;
      } else if (shape.probes && !probedExtension && agreement.extensionsExercised >= options.count) {
        probedExtension = true;
        await send(
          'ExerciseExtensionOption',
          cast.commissioning,
          exercisedOn,
          { contractId: agreementId, exercisedOn },
          'ExtensionsExhausted',
        );
      }
    }
    month += 1;
  }

  // The end: every contract still running expires the day after its last day.
  for (const c of [...live.map((m) => m.belief), agreement]) {
    if (c.ended !== null) continue;
    await send('RecordContractExpiry', cast.contractManager, plusDays(c.endsOn, 1), {
      contractId: c.contractId,
      expiredOn: c.endsOn,
    });
    c.ended = 'expired';
  }
};
