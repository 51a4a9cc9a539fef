import { DeliveryModel, Regime, TerminationGround, ContractParty } from './codecs';
import { emptyIdRecord, IdRecord } from '../shared/idRecord';
import {
  AnnualTerminationClause,
  ExtensionOptions,
  FundingShare,
  OpenBookTerms,
  SavingsLine,
} from './events/contractTerms';
import { CommissionerState } from './concept/state';
import { GovernanceDecisionState } from './governance/state';
import { EngagementEventState, ProformaState } from './marketEngagement/state';
import { ProcurementState } from './procurement/state';
import { KpiState, ReviewState, ReturnState } from './delivery/state';
import { ClaimState } from './openBook/state';
import { ExpansionState } from './expansion/state';

/** Each phase's slice of the state, kept beside the phase that writes it. */
export type { CommissionerState } from './concept/state';
export type { GovernanceDecisionState } from './governance/state';
export type { EngagementEventState, ProformaState } from './marketEngagement/state';
export type { StandstillState } from './standstill/state';
export type { AwardState } from './evaluationAndAward/state';
export type { ProcurementState } from './procurement/state';
export type { KpiState, ReviewState, ReturnState } from './delivery/state';
export type { ClaimState } from './openBook/state';
export type { ExpansionState } from './expansion/state';

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
  /** The initial term's months as signed (or as a correction of the dates left them). */
  readonly initialTermMonths: number;
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
