import * as t from 'io-ts';
import { IdCodec } from '../codecs';

/**
 * One commissioner's own approving decision for its share of a collaboratively funded contract:
 * the decision its own bodies took under its own scheme of delegation.
 */
export const ShareApprovalCodec = t.type(
  { commissionerId: IdCodec, governanceDecisionId: IdCodec },
  'ShareApproval',
);
export type ShareApproval = t.TypeOf<typeof ShareApprovalCodec>;
