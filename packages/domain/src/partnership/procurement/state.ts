import { Authority, ContractKind, Procedure, Regime } from '../codecs';
import { IdRecord } from '../../shared/idRecord';
import { Lot } from './events';
import { AwardState } from '../evaluationAndAward/state';
import { StandstillState } from '../standstill/state';

export interface ProcurementState {
  readonly procurementId: string;
  readonly regime: Regime;
  readonly procedure: Procedure;
  readonly lightTouch: boolean;
  readonly launchedOn: string;
  readonly maximumTermMonths: number;
  readonly estimatedTotalValuePence: number;
  /** What the thresholds were read for; null when launched before these were recorded (version 1). */
  readonly authority: Authority | null;
  readonly contractKind: ContractKind | null;
  /** The VAT basis of the launch estimates; null when not recorded (version 1). */
  readonly valuesIncludeVat: boolean | null;
  readonly lots: IdRecord<Lot>;
  readonly cancelledOn: string | null;
  readonly shortlist: IdRecord<{ readonly name: string; readonly lotIds: readonly string[] }>;
  readonly dialogueRounds: number;
  readonly lastDialogueEndedOn: string | null;
  readonly finalTendersInvitedOn: string | null;
  readonly tenders: IdRecord<{ readonly bidderId: string; readonly lotIds: readonly string[] }>;
  /** Per lot: the bidder ranked first. */
  readonly evaluations: IdRecord<{ readonly evaluatedOn: string; readonly firstRankedBidderId: string }>;
  readonly awards: IdRecord<AwardState>;
  /** Per lot. */
  readonly standstills: IdRecord<StandstillState>;
}
