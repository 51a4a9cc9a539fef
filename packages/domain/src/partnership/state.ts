import {
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
import {
  AnnualTerminationClause,
  ExtensionOptions,
  FundingShare,
  OpenBookTerms,
  SavingsLine,
} from './events/contractTerms';
import { Tolerance } from './events/delivery';
import { Lot } from './events/procurement';

/**
 * What the partnership's history adds up to, as far as the rules need it. Plain records keyed by
 * id, so two folds of the same events are deeply equal.
 */
export interface PartnershipState {
  readonly partnershipId: string | null;
  readonly title: string | null;
  readonly conceivedOn: string | null;
  readonly leadCommissionerId: string | null;
  readonly commissioners: Readonly<Record<string, CommissionerState>>;
  readonly fundingSources: Readonly<Record<string, { readonly name: string; readonly kind: string }>>;
  readonly activities: Readonly<Record<string, { readonly stage: string; readonly completedOn: string }>>;
  readonly decisions: Readonly<Record<string, GovernanceDecisionState>>;
  readonly boards: Readonly<
    Record<string, { readonly name: string; readonly meetingIds: readonly string[] }>
  >;
  readonly engagementEvents: Readonly<Record<string, EngagementEventState>>;
  readonly interests: Readonly<
    Record<string, { readonly providerId: string; readonly engagementEventId: string | null }>
  >;
  readonly proformas: Readonly<Record<string, ProformaState>>;
  readonly frameworkMembers: Readonly<
    Record<string, { readonly proformaId: string; readonly admittedOn: string }>
  >;
  readonly procurements: Readonly<Record<string, ProcurementState>>;
  /** Tier 1 and tier 2 contracts alike; the tier-1 agreement's id is also in `agreementId`. */
  readonly contracts: Readonly<Record<string, ContractState>>;
  readonly agreementId: string | null;
  readonly designBriefs: Readonly<
    Record<string, { readonly agreementId: string; readonly agreedOn: string | null }>
  >;
  readonly outcomes: Readonly<Record<string, { readonly frameworkId: string }>>;
  readonly outcomesFrameworks: Readonly<Record<string, { readonly contractIds: readonly string[] }>>;
  readonly incentives: Readonly<Record<string, { readonly contractId: string }>>;
  readonly expansions: Readonly<Record<string, ExpansionState>>;
  readonly externalFunding: Readonly<
    Record<string, { readonly amountPence: number; readonly funder: string }>
  >;
  /** Each modification's contract, value change and category: small changes are aggregated (PA 2023 s.74, PCR 2015 reg 72(5)). */
  readonly modifications: Readonly<
    Record<
      string,
      { readonly contractId: string; readonly valueChangePence: number; readonly category: string }
    >
  >;
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
  readonly lots: Readonly<Record<string, Lot>>;
  readonly cancelledOn: string | null;
  readonly shortlist: Readonly<Record<string, { readonly name: string; readonly lotIds: readonly string[] }>>;
  readonly dialogueRounds: number;
  readonly lastDialogueEndedOn: string | null;
  readonly finalTendersInvitedOn: string | null;
  readonly tenders: Readonly<
    Record<string, { readonly bidderId: string; readonly lotIds: readonly string[] }>
  >;
  /** Per lot: the bidder ranked first. */
  readonly evaluations: Readonly<
    Record<string, { readonly evaluatedOn: string; readonly firstRankedBidderId: string }>
  >;
  readonly awards: Readonly<Record<string, AwardState>>;
  /** Per lot. */
  readonly standstills: Readonly<Record<string, StandstillState>>;
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

export interface ClaimState {
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
  readonly kpis: Readonly<Record<string, KpiState>>;
  readonly returns: Readonly<
    Record<string, { readonly submittedBy: RecordedBy; readonly approvedOn: string | null }>
  >;
  readonly reviews: Readonly<Record<string, ReviewState>>;
  readonly latestReviewId: string | null;
  readonly claims: Readonly<Record<string, ClaimState>>;
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
  commissioners: {},
  fundingSources: {},
  activities: {},
  decisions: {},
  boards: {},
  engagementEvents: {},
  interests: {},
  proformas: {},
  frameworkMembers: {},
  procurements: {},
  contracts: {},
  agreementId: null,
  designBriefs: {},
  outcomes: {},
  outcomesFrameworks: {},
  incentives: {},
  expansions: {},
  externalFunding: {},
  modifications: {},
});

/** A contract still in force: signed and neither expired nor terminated. */
export const isActive = (contract: ContractState): boolean =>
  contract.status !== 'expired' && contract.status !== 'terminated';
