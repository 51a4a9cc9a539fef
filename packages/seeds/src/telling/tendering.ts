import { Cast } from './cast';
import { Script } from './script';

/** A tender as scored (illustratively) for one lot: quality and price scores out of 100 in all. */
export interface ScoredTender {
  readonly tenderId: string;
  readonly bidderId: string;
  readonly quality: number;
  readonly price: number;
}

/** A lot's evaluation, ranked in the order the tenders are given (best first). */
export const recordEvaluation = (
  s: Script,
  cast: Cast,
  lot: {
    readonly procurementId: string;
    readonly lotId: string;
    readonly evaluatedOn: string;
    readonly ranked: readonly ScoredTender[];
  },
): void => {
  s.add('RecordEvaluation', cast.procurement, lot.evaluatedOn, {
    procurementId: lot.procurementId,
    lotId: lot.lotId,
    evaluatedOn: lot.evaluatedOn,
    maximumScore: 100,
    results: lot.ranked.map((t, i) => ({
      tenderId: t.tenderId,
      bidderId: t.bidderId,
      qualityScore: t.quality,
      priceScore: t.price,
      totalScore: t.quality + t.price,
      rank: i + 1,
    })),
  });
};

/** A bidder for one lot with its (illustrative) quality and price scores out of 100 in all. */
export interface ScoredBidder {
  readonly bidderId: string;
  readonly name: string;
  readonly quality: number;
  readonly price: number;
}

/**
 * A tender from each bidder for one lot, received on one day, then the lot's evaluation, ranked in the
 * order the bidders are given (best first). Tender ids are `tender-<bidderId>`.
 */
export const tenderAndEvaluateOneLot = (
  s: Script,
  cast: Cast,
  lot: {
    readonly procurementId: string;
    readonly lotId: string;
    readonly receivedOn: string;
    readonly evaluatedOn: string;
    readonly bidders: readonly ScoredBidder[];
  },
): void => {
  for (const b of lot.bidders) {
    s.add('RecordTender', cast.procurement, lot.receivedOn, {
      procurementId: lot.procurementId,
      tenderId: `tender-${b.bidderId}`,
      bidderId: b.bidderId,
      bidderName: b.name,
      lotIds: [lot.lotId],
      receivedOn: lot.receivedOn,
    });
  }
  recordEvaluation(s, cast, {
    procurementId: lot.procurementId,
    lotId: lot.lotId,
    evaluatedOn: lot.evaluatedOn,
    ranked: lot.bidders.map((b) => ({ tenderId: `tender-${b.bidderId}`, ...b })),
  });
};
