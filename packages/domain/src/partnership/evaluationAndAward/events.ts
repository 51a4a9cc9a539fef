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

/** An evaluation as the panel records it: the lot, the day, the maximum score and each tender's scores. */
export const evaluationProps = {
  procurementId: IdCodec,
  lotId: IdCodec,
  evaluatedOn: BusinessDateCodec,
  maximumScore: PositiveCountCodec,
  results: t.array(EvaluationResultCodec),
};

/** The tenders for one lot scored and ranked. */
export const TendersEvaluated = defineEvent('TendersEvaluated', partnershipData(evaluationProps));

/** An award as decided: the lot, the supplier, the day and the values. */
export const awardProps = {
  procurementId: IdCodec,
  lotId: IdCodec,
  supplierId: IdCodec,
  supplierName: TextCodec,
  decidedOn: BusinessDateCodec,
  annualValuePence: NonNegativePenceCodec,
  totalValuePence: NonNegativePenceCodec,
};

/** The award decision for one lot: who, at what annual and total value, under which governance decision. */
export const AwardDecisionMade = defineEvent(
  'AwardDecisionMade',
  partnershipData({ ...awardProps, governanceDecisionId: nullable(IdCodec) }),
);

export const evaluationAndAwardEvents = [TendersEvaluated, AwardDecisionMade] as const;
