import { RecordedBy } from '../codecs';

export interface ClaimState {
  /** Everyone who corrected it: none of them may verify it. */
  readonly correctedBy: readonly RecordedBy[];
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly claimedPence: number;
  readonly claimedOn: string;
  readonly claimedBy: RecordedBy;
  readonly verifiedPence: number | null;
  readonly payablePence: number | null;
}
