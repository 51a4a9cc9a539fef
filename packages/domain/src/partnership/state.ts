import {
  Authority,
  ContractKind,
  CommissionerKindCodec,
  DecisionMaker,
  DecisionSubject,
  DeliveryModel,
  Direction,
  Procedure,
  Rag,
  Rating,
  RecordedBy,
  Regime,
  ReviewDecision,
  TerminationGround,
  ContractParty,
} from './codecs';
import * as t from 'io-ts';
import { emptyIdRecord, IdRecord } from '../shared/idRecord';
import {
  AnnualTerminationClause,
  ExtensionOptions,
  FundingShare,
  OpenBookTerms,
  SavingsLine,
} from './events/contractTerms';
import { Tolerance } from './delivery/events';
import { Lot } from './procurement/events';

/**
 * What the partnership's history adds up to, as far as the rules need it. Records keyed by id, so
 * two folds of the same events are deeply equal; every one has no prototype and is read with `own`
 * (see shared/idRecord), because ids are chosen by whoever sends a command.
 */
export interface PartnershipState {
  readonly partnershipId: string | null;
  readonly title: string | null;
  readonly conceivedOn: string | null;
  readonly leadCommissionerId: string | null;
  readonly commissioners: IdRecord<CommissionerState>;
  readonly fundingSources: IdRecord<{ readonly name: string; readonly kind: string }>;
  readonly activities: IdRecord<{ readonly stage: string; readonly completedOn: string }>;
  readonly decisions: IdRecord<GovernanceDecisionState>;
  readonly boards: IdRecord<{ readonly name: string; readonly meetingIds: readonly string[] }>;
  readonly engagementEvents: IdRecord<EngagementEventState>;
  readonly interests: IdRecord<{ readonly providerId: string; readonly engagementEventId: string | null }>;
  readonly proformas: IdRecord<ProformaState>;
  readonly frameworkMembers: IdRecord<{ readonly proformaId: string; readonly admittedOn: string }>;
  readonly procurements: IdRecord<ProcurementState>;
  /** Tier 1 and tier 2 contracts alike; the tier-1 agreement's id is also in `agreementId`. */
  readonly contracts: IdRecord<ContractState>;
  readonly agreementId: string | null;
  readonly designBriefs: IdRecord<{ readonly agreementId: string; readonly agreedOn: string | null }>;
  readonly outcomes: IdRecord<{ readonly frameworkId: string }>;
  readonly outcomesFrameworks: IdRecord<{ readonly contractIds: readonly string[] }>;
  readonly incentives: IdRecord<{ readonly contractId: string }>;
  readonly expansions: IdRecord<ExpansionState>;
  readonly externalFunding: IdRecord<{ readonly amountPence: number; readonly funder: string }>;
  /** Each modification's contract, value change and category: small changes are aggregated (PA 2023 s.74, PCR 2015 reg 72(5)). */
  /** Every correction's id: each names one, never reused. */
  readonly corrections: IdRecord<{ readonly contractId: string }>;
  readonly modifications: IdRecord<{
    readonly contractId: string;
    readonly valueChangePence: number;
    readonly category: string;
  }>;
}

export interface CommissionerState {
  readonly name: string;
  readonly kind: t.TypeOf<typeof CommissionerKindCodec> | 'lead';
  readonly lead: boolean;
}

export interface GovernanceDecisionState {
  readonly decisionMaker: DecisionMaker;
  readonly subject: DecisionSubject;
  readonly outcome: 'approved' | 'rejected' | 'deferred';
  readonly decidedOn: string;
  readonly approvedValuePence: number | null;
  /** The commissioner whose body took it; null for records that did not say (the lead's). */
  readonly commissionerId: string | null;
}

export interface EngagementEventState {
  readonly date: string;
  readonly scheduledOn: string;
  readonly heldOn: string | null;
  readonly attendanceCount: number | null;
}

export interface ProformaState {
  readonly providerId: string;
  readonly tenderReady: boolean;
  readonly safeguardingMet: boolean;
}

export interface StandstillState {
  readonly noticeDate: string;
  readonly mandatory: boolean;
  readonly voluntary: boolean;
  readonly lastDay: string;
  readonly earliestSigningDate: string;
  readonly endedOn: string | null;
}

export interface AwardState {
  readonly supplierId: string;
  readonly supplierName: string;
  readonly decidedOn: string;
  readonly annualValuePence: number;
  readonly totalValuePence: number;
}

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

export interface KpiState {
  readonly target: number;
  readonly direction: Direction;
  readonly tolerance: Tolerance;
}

export interface ReviewState {
  readonly reviewedOn: string;
  readonly rating: Rating;
  readonly rag: Rag;
  readonly decision: ReviewDecision;
  readonly finalAssessment: boolean;
}

export interface ReturnState {
  readonly submittedBy: RecordedBy;
  readonly submittedOn: string;
  readonly measures: readonly { readonly kpiId: string; readonly actual: number; readonly rag: Rag }[];
  /** Everyone who corrected it: none of them may approve it. */
  readonly correctedBy: readonly RecordedBy[];
  readonly approvedOn: string | null;
}

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

export type ContractStatus = 'signed' | 'mobilising' | 'live' | 'expired' | 'terminated';

export interface ContractState {
  readonly contractId: string;
  readonly tier: 1 | 2;
  readonly title: string;
  readonly supplierId: string;
  readonly agreementId: string | null;
  readonly procurementId: string | null;
  readonly lotId: string | null;
  readonly expansionId: string | null;
  readonly deliveryModel: DeliveryModel | null;
  readonly regime: Regime;
  readonly lightTouch: boolean;
  readonly signedOn: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly extensionOptions: ExtensionOptions;
  readonly extensionsExercised: number;
  readonly maximumTermMonths: number;
  readonly annualValuePence: number;
  readonly initialTermValuePence: number;
  /** The value at award plus every change since (modifications); what the contract is now worth over its term. */
  readonly currentValuePence: number;
  readonly maximumValuePence: number;
  readonly potentialAnnualValuePence: number | null;
  readonly annualTerminationClause: AnnualTerminationClause | null;
  readonly openBook: OpenBookTerms | null;
  readonly savingsSchedule: readonly SavingsLine[];
  readonly fundingShares: readonly FundingShare[];
  readonly kpisRequired: boolean;
  readonly status: ContractStatus;
  readonly mobilisedOn: string | null;
  readonly liveOn: string | null;
  readonly embeddedOn: string | null;
  readonly nextKpiAssessmentDueBy: string | null;
  readonly kpis: IdRecord<KpiState>;
  readonly returns: IdRecord<ReturnState>;
  readonly reviews: IdRecord<ReviewState>;
  readonly latestReviewId: string | null;
  readonly claims: IdRecord<ClaimState>;
  readonly terminationNotice: {
    readonly ground: TerminationGround;
    readonly givenBy: ContractParty;
    readonly noticeGivenOn: string;
    readonly effectiveOn: string;
  } | null;
  readonly endedOn: string | null;
}

export interface ExpansionState {
  readonly agreementId: string;
  readonly annualValuePence: number;
  readonly deliveryModel: DeliveryModel;
  readonly proposedOn: string;
  readonly proposedBy: RecordedBy;
  readonly status: 'proposed' | 'approved' | 'rejected';
  readonly decidedOn: string | null;
  readonly contractId: string | null;
}

export const initialPartnershipState = (): PartnershipState => ({
  partnershipId: null,
  title: null,
  conceivedOn: null,
  leadCommissionerId: null,
  commissioners: emptyIdRecord(),
  fundingSources: emptyIdRecord(),
  activities: emptyIdRecord(),
  decisions: emptyIdRecord(),
  boards: emptyIdRecord(),
  engagementEvents: emptyIdRecord(),
  interests: emptyIdRecord(),
  proformas: emptyIdRecord(),
  frameworkMembers: emptyIdRecord(),
  procurements: emptyIdRecord(),
  contracts: emptyIdRecord(),
  agreementId: null,
  designBriefs: emptyIdRecord(),
  outcomes: emptyIdRecord(),
  outcomesFrameworks: emptyIdRecord(),
  incentives: emptyIdRecord(),
  expansions: emptyIdRecord(),
  externalFunding: emptyIdRecord(),
  modifications: emptyIdRecord(),
  corrections: emptyIdRecord(),
});

/** A contract still in force: signed and neither expired nor terminated. */
export const isActive = (contract: ContractState): boolean =>
  contract.status !== 'expired' && contract.status !== 'terminated';
