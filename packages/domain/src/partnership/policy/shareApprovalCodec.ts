import * as t from 'io-ts';
import { NonNegativePenceCodec } from '../../money';
import { IdCodec } from '../codecs';

/**
 * One commissioner's own approving decision for its share of a collaboratively funded contract:
 * the decision its own bodies took under its own scheme of delegation.
 */
const shareApprovalProps = { commissionerId: IdCodec, governanceDecisionId: IdCodec };
export const ShareApprovalCodec = t.type(shareApprovalProps, 'ShareApproval');
export type ShareApproval = t.TypeOf<typeof ShareApprovalCodec>;

/**
 * A share approval as recorded in the event of the step it approved: the commissioner, its own
 * decision, and the value of its share that the decision was checked against.
 */
export const ShareApprovedCodec = t.type(
  { ...shareApprovalProps, sharePence: NonNegativePenceCodec },
  'ShareApproved',
);
export type ShareApproved = t.TypeOf<typeof ShareApprovedCodec>;

/**
 * The share approvals an event records: optional, so an event stored before they were recorded (or
 * one whose commissioners' shares needed none) reads and writes exactly as it was stored.
 */
export const shareApprovalsRecordedProps = { shareApprovals: t.array(ShareApprovedCodec) };
export const shareApprovalsRecordedCodec = t.partial(shareApprovalsRecordedProps);
