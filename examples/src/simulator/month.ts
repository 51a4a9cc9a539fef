import { periods, plusDays, plusMonths } from '@council-partnerships/seeds';
import { LiveModule, Run } from './beliefs';
import { marginOn } from './money';

/** A calendar month of the agreement. */
export type Month = NonNullable<ReturnType<typeof periods>[number]>;

const monthsBetween = (from: string, toExclusive: string): number =>
  (Number(toExclusive.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
  Number(toExclusive.slice(5, 7)) -
  Number(from.slice(5, 7));

export { monthsBetween };

/** Each running module's performance return and open-book claim for the month, approved and verified. */
export const deliverMonth = async (
  { shape, cast, send, report, streams }: Run,
  running: readonly LiveModule[],
  p: Month,
): Promise<void> => {
  const { money, performance, probes } = streams;
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
};

/** Reviews every so many months of each module's life, judged on the returns since the last one. */
export const reviewMonth = async (
  { shape, cast, send }: Run,
  running: readonly LiveModule[],
  p: Month,
): Promise<void> => {
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
};

/** Terminations take effect. */
export const terminationsTakeEffect = async (
  { cast, send, report }: Run,
  live: readonly LiveModule[],
  p: Month,
): Promise<void> => {
  for (const m of live) {
    if (m.noticeEffectiveOn === null || m.belief.ended !== null || m.noticeEffectiveOn > p.end) continue;
    await send('RecordTermination', cast.contractManager, m.noticeEffectiveOn, {
      contractId: m.belief.contractId,
      terminatedOn: m.noticeEffectiveOn,
    });
    m.belief.ended = 'terminated';
    report.terminations += 1;
  }
};
