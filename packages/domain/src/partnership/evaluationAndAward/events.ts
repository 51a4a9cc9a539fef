import * as t from 'io-ts';
import { defineEvent } from '../../events/defineEvent';
import { BusinessDateCodec } from '../dates';
import { NonNegativePenceCodec } from '../../money';
import { CountCodec, IdCodec, nullable, PositiveCountCodec, TextCodec } from '../codecs';
import { partnershipData } from '../events/shape';

export const EvaluationResultCodec = t.type({
  tenderId: IdCodec,
  bidderId: IdCodec,
  qualityScore: CountCodec,
  priceScore: CountCodec,
  totalScore: CountCodec,
  rank: PositiveCountCodec,
});

/** The tenders for one lot scored and ranked. */
export const TendersEvaluated = defineEvent(
  'TendersEvaluated',
  partnershipData({
    procurementId: IdCodec,
    lotId: IdCodec,
    evaluatedOn: BusinessDateCodec,
    maximumScore: PositiveCountCodec,
    results: t.array(EvaluationResultCodec),
  }),
);

/** The award decision for one lot: who, at what annual and total value, under which governance decision. */
export const AwardDecisionMade = defineEvent(
  'AwardDecisionMade',
  partnershipData({
    procurementId: IdCodec,
    lotId: IdCodec,
    supplierId: IdCodec,
    supplierName: TextCodec,
    decidedOn: BusinessDateCodec,
    annualValuePence: NonNegativePenceCodec,
    totalValuePence: NonNegativePenceCodec,
    governanceDecisionId: nullable(IdCodec),
  }),
);

export const evaluationAndAwardEvents = [TendersEvaluated, AwardDecisionMade] as const;
