import * as t from 'io-ts';
import { defineEvent, olderVersion } from '../../events/defineEvent';
import { BusinessDateCodec } from '../dates';
import { NonNegativePenceCodec, PenceCodec } from '../../money';
import {
  CountCodec,
  DeliveryModelCodec,
  IdCodec,
  MeasureCodec,
  ModificationKindCodec,
  nullable,
  PositiveCountCodec,
  RecordedByCodec,
  TextCodec,
} from '../codecs';
import { partnershipData } from './shape';

export const ModificationCategoryCodec = t.keyof(
  {
    'light-touch': null,
    'below-threshold-modification': null,
    'not-substantial': null,
    'provided-for-in-contract': null,
    'substantial-permitted-ground': null,
    'outside-regulated-regime': null,
  },
  'ModificationCategory',
);
export type ModificationCategory = t.TypeOf<typeof ModificationCategoryCodec>;

/**
 * How a change was classified under PA 2023 s.74-75 (or the PCR 2015 equivalent): the term change
 * as basis points of the maximum term, the value change as basis points of the original value,
 * whether it is substantial and whether a contract change notice must be published.
 */
export const ModificationClassificationCodec = t.type(
  {
    law: TextCodec,
    category: ModificationCategoryCodec,
    substantial: t.boolean,
    changeNoticeRequired: t.boolean,
    termChangeBps: MeasureCodec,
    valueChangeBps: MeasureCodec,
    explanation: TextCodec,
  },
  'ModificationClassification',
);
export type ModificationClassification = t.TypeOf<typeof ModificationClassificationCodec>;

const extensionV1Props = {
  contractId: IdCodec,
  optionNumber: PositiveCountCodec,
  lengthMonths: CountCodec,
  exercisedOn: BusinessDateCodec,
  previousEndsOn: BusinessDateCodec,
  newEndsOn: BusinessDateCodec,
  governanceDecisionId: nullable(IdCodec),
};
/** `ExtensionOptionExercised` as stored before schema version 2: one contract, no value or deadline. */
export const ExtensionOptionExercisedV1 = partnershipData(extensionV1Props);

/** A module contract extended by the agreement's option that covers it. */
export const ModuleExtensionCodec = t.type(
  {
    contractId: IdCodec,
    previousEndsOn: BusinessDateCodec,
    newEndsOn: BusinessDateCodec,
    lengthMonths: CountCodec,
    valuePence: NonNegativePenceCodec,
  },
  'ModuleExtension',
);
export type ModuleExtension = t.TypeOf<typeof ModuleExtensionCodec>;

/**
 * The next extension option granted at award taken up, in order, by its notice deadline (if it has
 * one) and before the contract expired. `valuePence` is the option's value as granted; `modules`
 * are the module contracts an option on the agreement extends with it, each with what it adds.
 * Version 1 reads with the value and deadline not recorded (null) and no modules.
 */
export const ExtensionOptionExercised = defineEvent(
  'ExtensionOptionExercised',
  partnershipData({
    ...extensionV1Props,
    valuePence: nullable(NonNegativePenceCodec),
    noticeDeadline: nullable(BusinessDateCodec),
    modules: t.array(ModuleExtensionCodec),
  }),
  {
    schemaVersion: 2,
    olderVersions: {
      1: olderVersion(ExtensionOptionExercisedV1, (v1) => ({
        ...v1,
        valuePence: null,
        noticeDeadline: null,
        modules: [],
      })),
    },
  },
);

/** A change to a signed contract's term, value or scope, classified. Amounts are changes to the total value. */
export const ContractModified = defineEvent(
  'ContractModified',
  partnershipData({
    contractId: IdCodec,
    modificationId: IdCodec,
    kind: ModificationKindCodec,
    description: TextCodec,
    agreedOn: BusinessDateCodec,
    termChangeMonths: MeasureCodec,
    previousEndsOn: BusinessDateCodec,
    newEndsOn: BusinessDateCodec,
    valueChangePence: PenceCodec,
    newAnnualValuePence: nullable(NonNegativePenceCodec),
    permittedGround: nullable(TextCodec),
    classification: ModificationClassificationCodec,
    governanceDecisionId: nullable(IdCodec),
  }),
);

/** A new module proposed for the partnership's scope (delivered by the partner, or jointly with the council). */
export const ModuleExpansionProposed = defineEvent(
  'ModuleExpansionProposed',
  partnershipData({
    expansionId: IdCodec,
    agreementId: IdCodec,
    title: TextCodec,
    services: t.array(TextCodec),
    deliveryModel: DeliveryModelCodec,
    annualValuePence: NonNegativePenceCodec,
    proposedOn: BusinessDateCodec,
    proposedBy: RecordedByCodec,
  }),
);

/** The expansion approved: every initial module embedded, performance allowing, classified as a modification. */
export const ModuleExpansionApproved = defineEvent(
  'ModuleExpansionApproved',
  partnershipData({
    expansionId: IdCodec,
    approvedOn: BusinessDateCodec,
    approvedBy: RecordedByCodec,
    scopeAnnualValueBeforePence: NonNegativePenceCodec,
    scopeAnnualValueAfterPence: NonNegativePenceCodec,
    classification: ModificationClassificationCodec,
    governanceDecisionId: nullable(IdCodec),
  }),
);

export const ModuleExpansionRejected = defineEvent(
  'ModuleExpansionRejected',
  partnershipData({
    expansionId: IdCodec,
    rejectedOn: BusinessDateCodec,
    reason: TextCodec,
    rejectedBy: RecordedByCodec,
  }),
);

export const changeEvents = [
  ExtensionOptionExercised,
  ContractModified,
  ModuleExpansionProposed,
  ModuleExpansionApproved,
  ModuleExpansionRejected,
] as const;
