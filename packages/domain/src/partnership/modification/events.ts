import { BusinessDateCodec } from '../dates';
import { NonNegativePenceCodec, PenceCodec } from '../../money';
import { IdCodec, MeasureCodec, ModificationKindCodec, nullable, TextCodec } from '../codecs';
import { shareApprovalsRecordedProps } from '../policy/shareApprovalCodec';
import { classifiedChangeEvent } from './classifiedEvent';

/** A change as agreed: to which contract, of what kind, when, and the months it adds or takes off. */
export const changeAgreedProps = {
  contractId: IdCodec,
  modificationId: IdCodec,
  kind: ModificationKindCodec,
  description: TextCodec,
  agreedOn: BusinessDateCodec,
  termChangeMonths: MeasureCodec,
};

const contractModifiedV1 = {
  ...changeAgreedProps,
  previousEndsOn: BusinessDateCodec,
  newEndsOn: BusinessDateCodec,
  valueChangePence: PenceCodec,
  newAnnualValuePence: nullable(NonNegativePenceCodec),
  permittedGround: nullable(TextCodec),
  governanceDecisionId: nullable(IdCodec),
};

/**
 * A change to a signed contract's term, value or scope, classified. Amounts are changes to the total
 * value. A version 1 event's classification reads with the permitted ground it named. Where the
 * value raised needed a commissioner's own approval of its share, `shareApprovals` records each
 * decision named and the share's value (absent from events stored before it was recorded).
 */
export const ContractModified = classifiedChangeEvent(
  'ContractModified',
  contractModifiedV1,
  shareApprovalsRecordedProps,
  (v1) => v1.permittedGround,
);

export const modificationEvents = [ContractModified] as const;
