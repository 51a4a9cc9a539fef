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
  Regime,
  RegimeCodec,
  TextCodec,
} from '../codecs';
import { ModificationGroundCodec } from '../rules/modificationGrounds';
import { partnershipData } from '../events/shape';

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

/** Version 1 of the classification: the deciding provision was in `law`, the measures were not kept. */
const ModificationClassificationV1Codec = t.type(
  {
    law: TextCodec,
    category: ModificationCategoryCodec,
    substantial: t.boolean,
    changeNoticeRequired: t.boolean,
    termChangeBps: MeasureCodec,
    valueChangeBps: MeasureCodec,
    explanation: TextCodec,
  },
  'ModificationClassificationV1',
);
type ModificationClassificationV1 = t.TypeOf<typeof ModificationClassificationV1Codec>;

/**
 * What a change was measured against, so that an auditor can redo the sums: the value on award, the
 * net earlier changes aggregated with it (PA 2023 s.74(6); PCR 2015 reg 72(5) "net cumulative
 * value"), the threshold in force on the day (null when the table has none) and the percentage line
 * that applied (10% for goods and services, 15% for works), in basis points.
 */
export const ModificationMeasuresCodec = t.type(
  {
    originalValuePence: NonNegativePenceCodec,
    earlierChangesPence: PenceCodec,
    aggregateChangePence: PenceCodec,
    thresholdPence: nullable(NonNegativePenceCodec),
    lineBps: MeasureCodec,
  },
  'ModificationMeasures',
);

/**
 * How a change was classified under the law the contract was let under (`regime`): the provision
 * that decided it (PA 2023 s.74 or Schedule 8, PCR 2015 reg 72, PCR 2006 case law), the ground from
 * the closed list relied on, the term change as basis points of the maximum term, the value change
 * as basis points of the original value, whether it is substantial and whether a contract change
 * notice must be published, with the measures it was judged on.
 */
export const ModificationClassificationCodec = t.type(
  {
    regime: RegimeCodec,
    provision: TextCodec,
    category: ModificationCategoryCodec,
    ground: nullable(ModificationGroundCodec),
    substantial: t.boolean,
    changeNoticeRequired: t.boolean,
    termChangeBps: MeasureCodec,
    valueChangeBps: MeasureCodec,
    measures: nullable(ModificationMeasuresCodec),
    explanation: TextCodec,
  },
  'ModificationClassification',
);
export type ModificationClassification = t.TypeOf<typeof ModificationClassificationCodec>;

/** The regime a version 1 classification was made under, read from the provision it named. */
const regimeOfProvision = (law: string): Regime =>
  law.startsWith('PA 2023')
    ? 'PA2023'
    : law.startsWith('PCR 2015')
      ? 'PCR2015'
      : law.startsWith('PCR 2006')
        ? 'PCR2006'
        : 'below-threshold';

/** A version 1 classification read as version 2: its provision kept, its measures not recorded. */
const upcastClassification = (
  v1: ModificationClassificationV1,
  ground: unknown,
): ModificationClassification => ({
  regime: regimeOfProvision(v1.law),
  provision: v1.law,
  category: v1.category,
  ground: ModificationGroundCodec.is(ground) ? ground : null,
  substantial: v1.substantial,
  changeNoticeRequired: v1.changeNoticeRequired,
  termChangeBps: v1.termChangeBps,
  valueChangeBps: v1.valueChangeBps,
  measures: null,
  explanation: v1.explanation,
});

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

const contractModifiedV1 = {
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
  governanceDecisionId: nullable(IdCodec),
};

/**
 * A change to a signed contract's term, value or scope, classified. Amounts are changes to the total
 * value. Version 2 records the regime, the deciding provision, the ground and the measures in the
 * classification; version 1 events read with the provision they named and no measures.
 */
export const ContractModified = defineEvent(
  'ContractModified',
  partnershipData({ ...contractModifiedV1, classification: ModificationClassificationCodec }),
  {
    schemaVersion: 2,
    olderVersions: {
      1: olderVersion(
        partnershipData({ ...contractModifiedV1, classification: ModificationClassificationV1Codec }),
        (v1) => ({ ...v1, classification: upcastClassification(v1.classification, v1.permittedGround) }),
      ),
    },
  },
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

const expansionApprovedV1 = {
  expansionId: IdCodec,
  approvedOn: BusinessDateCodec,
  approvedBy: RecordedByCodec,
  scopeAnnualValueBeforePence: NonNegativePenceCodec,
  scopeAnnualValueAfterPence: NonNegativePenceCodec,
  governanceDecisionId: nullable(IdCodec),
};

/**
 * The expansion approved: every initial module embedded, performance allowing, classified as a
 * modification of the agreement against the scope as procured and every earlier expansion. Version 1
 * events read as version 2 with the provision they named and no measures.
 */
export const ModuleExpansionApproved = defineEvent(
  'ModuleExpansionApproved',
  partnershipData({ ...expansionApprovedV1, classification: ModificationClassificationCodec }),
  {
    schemaVersion: 2,
    olderVersions: {
      1: olderVersion(
        partnershipData({ ...expansionApprovedV1, classification: ModificationClassificationV1Codec }),
        (v1) => ({ ...v1, classification: upcastClassification(v1.classification, null) }),
      ),
    },
  },
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
