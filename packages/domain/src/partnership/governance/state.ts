import { DecisionMaker, DecisionSubject } from '../codecs';

export interface GovernanceDecisionState {
  readonly decisionMaker: DecisionMaker;
  readonly subject: DecisionSubject;
  readonly outcome: 'approved' | 'rejected' | 'deferred';
  readonly decidedOn: string;
  readonly approvedValuePence: number | null;
  /** The commissioner whose body took it; null for records that did not say (the lead's). */
  readonly commissionerId: string | null;
}
