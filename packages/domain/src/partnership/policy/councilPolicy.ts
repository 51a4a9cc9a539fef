import { HolidayCalendar } from '../../calendar';
import { DecisionMaker, DecisionSubject, Rating, ReviewDecision } from '../codecs';
import { PartnershipCommandType } from '../commands';
import type { SchemeOfDelegation } from './schemeOfDelegation';

/** A governance threshold from a council's scheme of delegation: above this value, these bodies must approve. */
export interface ApprovalThreshold {
  /** What the threshold covers: launching a procurement, awarding, extending, expanding... */
  readonly subjects: readonly DecisionSubject[];
  /** Strictly above this value (in pence) a recorded, approved decision is needed. */
  readonly abovePence: number;
  /** Who may give that approval. */
  readonly approvers: readonly DecisionMaker[];
  /** How the council words it, quoted in refusals. */
  readonly description: string;
}

/**
 * One council's configuration: who may issue which command, which decisions its scheme of
 * delegation requires, and how it reads performance. Rules of law (standstill, KPI duties,
 * modifications) are not configurable; these are.
 */
export interface CouncilPolicy {
  readonly councilName: string;
  /** The roles that may issue each command. Segregation of duties and read-only roles apply on top. */
  readonly permissions: Readonly<Record<PartnershipCommandType, readonly string[]>>;
  readonly approvalThresholds: readonly ApprovalThreshold[];
  /**
   * In a collaborative procurement, each commissioner's own scheme of delegation, by commissioner id:
   * it governs that commissioner's approvals and no one else's. The lead's governs the steps it leads.
   * A commissioner not named here is governed by `approvalThresholds`.
   */
  readonly schemesOfDelegation?: ReadonlyMap<string, SchemeOfDelegation>;
  /** PA 2023 s.52: contracts above this estimated value (not light touch) need KPIs. */
  readonly kpi: {
    readonly valueThresholdPence: number;
    readonly minimumKpis: number;
    readonly assessEveryMonths: number;
  };
  /**
   * The bank holidays standstills are worked out with: the built-in calendar when absent, or one
   * with the council's supplied GOV.UK `bank-holidays.json` merged over it (`mergeGovUkBankHolidays`).
   * Every standstill event records which calendar (source and version) decided it.
   */
  readonly holidays?: HolidayCalendar;
  /** When performance allows the partnership's scope to grow: the latest review of every live module must pass. */
  readonly expansion: {
    readonly acceptableRatings: readonly Rating[];
    readonly acceptableDecisions: readonly ReviewDecision[];
  };
}

const COMMISSIONING = 'commissioning-officer';
const PROCUREMENT = 'procurement-officer';
const FINANCE = 'finance-officer';
const CONTRACT_MANAGER = 'contract-manager';
const LEGAL = 'legal-officer';
const DEMOCRATIC = 'democratic-services';
const BOARD = 'board';
const EXECUTIVE = 'executive';
const PARTNER = 'partner';

export const ROLES = {
  COMMISSIONING,
  PROCUREMENT,
  FINANCE,
  CONTRACT_MANAGER,
  LEGAL,
  DEMOCRATIC,
  BOARD,
  EXECUTIVE,
  PARTNER,
  AUDITOR: 'auditor',
} as const;

const officers = [COMMISSIONING, PROCUREMENT];
const contractManagement = [COMMISSIONING, CONTRACT_MANAGER];

export const defaultPermissions: Readonly<Record<PartnershipCommandType, readonly string[]>> = {
  ConceivePartnership: [COMMISSIONING],
  AddCommissioner: [COMMISSIONING],
  RecordFundingSource: [COMMISSIONING, FINANCE],
  RecordCommissioningActivity: [COMMISSIONING],
  RecordGovernanceDecision: [COMMISSIONING, DEMOCRATIC, EXECUTIVE, BOARD],
  EstablishBoard: [COMMISSIONING, BOARD],
  RecordBoardMeeting: [COMMISSIONING, BOARD],
  ScheduleEngagementEvent: officers,
  RecordProviderInterest: officers,
  RecordEngagementEventHeld: officers,
  AssessProviderProforma: [...officers, PARTNER],
  AdmitFrameworkMember: [...officers, PARTNER],
  LaunchProcurement: officers,
  ShortlistBidders: officers,
  RecordDialogueRound: officers,
  InviteFinalTenders: officers,
  RecordTender: officers,
  RecordEvaluation: officers,
  MakeAwardDecision: officers,
  CancelProcurement: officers,
  IssueStandstillNotice: officers,
  EndStandstill: officers,
  SignPartnershipAgreement: [COMMISSIONING, LEGAL],
  SignServiceContract: [COMMISSIONING, LEGAL],
  IssueDesignBrief: [COMMISSIONING, BOARD],
  AgreeServiceDesign: [COMMISSIONING, BOARD],
  StartMobilisation: contractManagement,
  GoLive: contractManagement,
  AdoptOutcomesFramework: contractManagement,
  DefineKpi: contractManagement,
  AgreeIncentive: contractManagement,
  SubmitPerformanceReturn: [PARTNER],
  ApprovePerformanceReturn: contractManagement,
  RecordPerformanceReview: [...contractManagement, BOARD],
  ClaimExpenditure: [PARTNER],
  VerifyExpenditure: [FINANCE],
  RecordExternalFunding: [PARTNER, COMMISSIONING],
  ExerciseExtensionOption: [COMMISSIONING],
  ModifyContract: [COMMISSIONING, LEGAL],
  ProposeModuleExpansion: [COMMISSIONING, PARTNER, BOARD],
  ApproveModuleExpansion: [COMMISSIONING, BOARD, EXECUTIVE],
  RejectModuleExpansion: [COMMISSIONING, BOARD, EXECUTIVE],
  RecordContractExpiry: contractManagement,
  GiveTerminationNotice: [COMMISSIONING, PARTNER],
  RecordTermination: contractManagement,
  RecordNoticePublication: [...officers, CONTRACT_MANAGER],
  // Whoever recorded a fact may correct it; the council may correct what the partner returned.
  CorrectPerformanceReturn: [PARTNER, ...contractManagement],
  CorrectExpenditureClaim: [PARTNER, FINANCE],
  // The council's own records: a KPI by those who manage the contract, dates by those who sign it.
  CorrectKpiDefinition: contractManagement,
  CorrectContractDates: [COMMISSIONING, LEGAL],
};

/**
 * A sensible starting point: the Executive approves launches and awards of contracts over £150,000
 * (as in the South Tees scheme of delegation), PA 2023 KPI duties above £5m, and expansion only
 * while every live module's latest review is Good or Approaching target with a decision to continue.
 */
export const defaultCouncilPolicy: CouncilPolicy = {
  councilName: 'Council',
  permissions: defaultPermissions,
  approvalThresholds: [
    {
      subjects: ['launch-procurement', 'award'],
      abovePence: 15_000_000,
      approvers: ['executive', 'full-council'],
      description: 'Executive approval where a contract will be let in excess of £150,000',
    },
  ],
  kpi: { valueThresholdPence: 500_000_000, minimumKpis: 3, assessEveryMonths: 12 },
  expansion: { acceptableRatings: ['good', 'approaching-target'], acceptableDecisions: ['continue'] },
};
