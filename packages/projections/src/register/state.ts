import { idRecordCodec } from '@council-partnerships/domain';
import * as t from 'io-ts';
import { PerPartnershipState } from '../partnershipEvents';
import {
  EngagementEventStateCodec,
  IntegerCodec,
  IsoDate,
  nullableCodec,
  partnershipStateCodec,
  Text,
} from '../stateCodecs';

export const RegisterProcurementCodec = t.type({
  procurementId: Text,
  title: Text,
  procedure: Text,
  regime: Text,
  lightTouch: t.boolean,
  launchedOn: IsoDate,
  advertisedOn: nullableCodec(IsoDate),
  portal: nullableCodec(Text),
  noticeReference: nullableCodec(Text),
  estimatedTotalValuePence: IntegerCodec,
  finalTenderDeadline: nullableCodec(IsoDate),
  tendersReceived: IntegerCodec,
  evaluatedLotIds: t.array(Text),
  awardedLotIds: t.array(Text),
  lotCount: IntegerCodec,
  standstills: t.array(
    t.type({
      lotIds: t.array(Text),
      noticeDate: IsoDate,
      lastDay: IsoDate,
      earliestSigningDate: IsoDate,
      endedOn: nullableCodec(IsoDate),
    }),
  ),
  cancelledOn: nullableCodec(IsoDate),
});
export type RegisterProcurement = t.TypeOf<typeof RegisterProcurementCodec>;

export const RegisterContractCodec = t.type({
  contractId: Text,
  services: t.array(Text),
  deliveryModel: nullableCodec(Text),
  regime: Text,
  lightTouch: t.boolean,
  kpisRequired: t.boolean,
  annualTerminationClause: nullableCodec(
    t.type({ noticeMonths: IntegerCodec, exercisableBy: t.array(Text) }),
  ),
  mobilisationStartedOn: nullableCodec(IsoDate),
  liveOn: nullableCodec(IsoDate),
  nextKpiAssessmentDueBy: nullableCodec(IsoDate),
  terminationNotice: nullableCodec(
    t.type({ givenOn: IsoDate, effectiveOn: IsoDate, ground: Text, givenBy: Text }),
  ),
  /** Recorded on signing (event schema v2); null when the signing did not record them. */
  supplierDetails: nullableCodec(
    t.type({
      identifiers: t.array(t.type({ scheme: Text, id: Text })),
      sme: nullableCodec(t.boolean),
      vcse: nullableCodec(t.boolean),
      publicServiceMutual: nullableCodec(t.boolean),
    }),
  ),
  irrecoverableVatPence: nullableCodec(IntegerCodec),
  reviewOn: nullableCodec(IsoDate),
  /** References of the notices published about this contract (UK6, UK7, a PCR award notice...). */
  noticeReferences: t.array(Text),
});
export type RegisterContract = t.TypeOf<typeof RegisterContractCodec>;

export const RegisterPartnershipCodec = partnershipStateCodec({
  serviceArea: nullableCodec(Text),
  description: nullableCodec(Text),
  leadCommissioner: nullableCodec(Text),
  conceivedOn: nullableCodec(IsoDate),
  engagementEvents: t.array(EngagementEventStateCodec),
  procurements: idRecordCodec(RegisterProcurementCodec),
  contracts: idRecordCodec(RegisterContractCodec),
});
export type RegisterPartnership = t.TypeOf<typeof RegisterPartnershipCodec>;

export type RegisterFactsState = PerPartnershipState<RegisterPartnership>;
