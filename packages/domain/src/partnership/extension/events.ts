import * as t from 'io-ts';
import { defineEvent, olderVersion } from '../../events/defineEvent';
import { BusinessDateCodec } from '../dates';
import { NonNegativePenceCodec } from '../../money';
import { CountCodec, IdCodec, nullable, PositiveCountCodec } from '../codecs';
import { partnershipData } from '../events/shape';
import { shareApprovalsRecordedCodec } from '../policy/shareApprovalCodec';

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
 * Version 1 reads with the value and deadline not recorded (null) and no modules. `shareApprovals`
 * records each commissioner's own decision that approved its share of what the option commits,
 * where its scheme needed one (absent from events stored before it was recorded).
 */
export const ExtensionOptionExercised = defineEvent(
  'ExtensionOptionExercised',
  t.intersection([
    partnershipData({
      ...extensionV1Props,
      valuePence: nullable(NonNegativePenceCodec),
      noticeDeadline: nullable(BusinessDateCodec),
      modules: t.array(ModuleExtensionCodec),
    }),
    shareApprovalsRecordedCodec,
  ]),
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

export const extensionEvents = [ExtensionOptionExercised] as const;
