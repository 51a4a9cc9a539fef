import { PartnershipError, refuse } from '../errors';
import { field } from '../phase/decision';
import { ProcurementState } from '../state';
import { own } from '../../shared/idRecord';

interface Scored {
  readonly lotId: string;
  readonly maximumScore: number;
  readonly results: readonly {
    readonly tenderId: string;
    readonly bidderId: string;
    readonly qualityScore: number;
    readonly priceScore: number;
    readonly totalScore: number;
    readonly rank: number;
  }[];
}

/**
 * Scores of tenders received for the lot, each total the sum of its parts within the maximum, ranked
 * 1, 2, 3... without ties in order of total score.
 */
export const rankingProblem = (p: ProcurementState, data: Scored): PartnershipError | undefined => {
  const ranks = new Set<number>();
  for (const [i, r] of data.results.entries()) {
    const tender = own(p.tenders, r.tenderId);
    if (tender === undefined || tender.bidderId !== r.bidderId || !tender.lotIds.includes(data.lotId)) {
      return refuse(
        'UnknownTender',
        `no tender ${r.tenderId} from ${r.bidderId} for lot ${data.lotId} has been received`,
        field('results', String(i), 'tenderId'),
      );
    }
    if (r.qualityScore + r.priceScore !== r.totalScore || r.totalScore > data.maximumScore) {
      return refuse(
        'EvaluationInvalid',
        `tender ${r.tenderId}: quality ${r.qualityScore} + price ${r.priceScore} must equal the total ${r.totalScore}, at most ${data.maximumScore}`,
        field('results', String(i), 'totalScore'),
      );
    }
    ranks.add(r.rank);
  }
  const ordered = [...data.results].sort((a, b) => a.rank - b.rank);
  const consistent =
    ranks.size === data.results.length &&
    ordered.every(
      (r, i) => r.rank === i + 1 && (i === 0 || (ordered[i - 1]?.totalScore ?? 0) >= r.totalScore),
    );
  return consistent
    ? undefined
    : refuse(
        'EvaluationInvalid',
        'ranks must run 1, 2, 3... without ties, in order of total score',
        field('results'),
      );
};
