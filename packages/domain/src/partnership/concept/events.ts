import * as t from 'io-ts';
import { defineEvent } from '../../events/defineEvent';
import { BusinessDateCodec } from '../dates';
import { NonNegativePenceCodec } from '../../money';
import {
  CommissionerKindCodec,
  CommissioningStageCodec,
  CountCodec,
  FundingKindCodec,
  IdCodec,
  nullable,
  TextCodec,
} from '../codecs';
import { partnershipData } from '../events/shape';

/** The idea of a partnership is recorded, with the council that leads it. */
export const PartnershipConceived = defineEvent(
  'PartnershipConceived',
  partnershipData({
    title: TextCodec,
    serviceArea: TextCodec,
    description: nullable(TextCodec),
    leadCommissioner: t.type({ commissionerId: IdCodec, name: TextCodec }),
    conceivedOn: BusinessDateCodec,
    estimatedAnnualValuePence: nullable(NonNegativePenceCodec),
    intendedMinimumTermMonths: nullable(CountCodec),
  }),
);

/** Another commissioner joins a collaborative partnership (a neighbouring council, a CCG or ICB). */
export const CommissionerJoined = defineEvent(
  'CommissionerJoined',
  partnershipData({
    commissionerId: IdCodec,
    name: TextCodec,
    kind: CommissionerKindCodec,
    joinedOn: BusinessDateCodec,
  }),
);

/** Where the money comes from: a core budget, a pooled budget such as the Better Care Fund, a grant. */
export const FundingSourceRecorded = defineEvent(
  'FundingSourceRecorded',
  partnershipData({
    fundingSourceId: IdCodec,
    name: TextCodec,
    kind: FundingKindCodec,
    contributorIds: t.array(IdCodec),
    annualAmountPence: nullable(NonNegativePenceCodec),
    recordedOn: BusinessDateCodec,
  }),
);

/** A step of the commissioning cycle done (assess, design, deliver, review): a needs analysis, an options appraisal. */
export const CommissioningActivityRecorded = defineEvent(
  'CommissioningActivityRecorded',
  partnershipData({
    activityId: IdCodec,
    stage: CommissioningStageCodec,
    activity: TextCodec,
    completedOn: BusinessDateCodec,
  }),
);

export const conceptEvents = [
  PartnershipConceived,
  CommissionerJoined,
  FundingSourceRecorded,
  CommissioningActivityRecorded,
] as const;
