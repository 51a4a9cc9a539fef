import { idRecordCodec } from '@council-partnerships/domain';
import * as t from 'io-ts';
import { IntegerCodec, nullableCodec } from '../stateCodecs';

const Text = t.string;
const Date = t.string;

export const RegisterProcurementCodec = t.type({
  procurementId: Text,
  title: Text,
  procedure: Text,
  regime: Text,
  lightTouch: t.boolean,
  launchedOn: Date,
  advertisedOn: nullableCodec(Date),
  portal: nullableCodec(Text),
  noticeReference: nullableCodec(Text),
  estimatedTotalValuePence: IntegerCodec,
  finalTenderDeadline: nullableCodec(Date),
  tendersReceived: IntegerCodec,
  evaluatedLotIds: t.array(Text),
  awardedLotIds: t.array(Text),
  lotCount: IntegerCodec,
  standstills: t.array(
    t.type({
      lotIds: t.array(Text),
      noticeDate: Date,
      lastDay: Date,
      earliestSigningDate: Date,
      endedOn: nullableCodec(Date),
    }),
  ),
  cancelledOn: nullableCodec(Date),
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
  mobilisationStartedOn: nullableCodec(Date),
  liveOn: nullableCodec(Date),
  nextKpiAssessmentDueBy: nullableCodec(Date),
  terminationNotice: nullableCodec(t.type({ givenOn: Date, effectiveOn: Date, ground: Text, givenBy: Text })),
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
  reviewOn: nullableCodec(Date),
  /** References of the notices published about this contract (UK6, UK7, a PCR award notice...). */
  noticeReferences: t.array(Text),
});
export type RegisterContract = t.TypeOf<typeof RegisterContractCodec>;

export const RegisterPartnershipCodec = t.type({
  partnershipId: Text,
  title: Text,
  serviceArea: nullableCodec(Text),
  description: nullableCodec(Text),
  leadCommissioner: nullableCodec(Text),
  conceivedOn: nullableCodec(Date),
  engagementEvents: t.array(
    t.type({ engagementEventId: Text, title: Text, date: Date, heldOn: nullableCodec(Date) }),
  ),
  procurements: idRecordCodec(RegisterProcurementCodec),
  contracts: idRecordCodec(RegisterContractCodec),
});
export type RegisterPartnership = t.TypeOf<typeof RegisterPartnershipCodec>;

export const RegisterFactsStateCodec = t.type({ partnerships: idRecordCodec(RegisterPartnershipCodec) });
export type RegisterFactsState = t.TypeOf<typeof RegisterFactsStateCodec>;
