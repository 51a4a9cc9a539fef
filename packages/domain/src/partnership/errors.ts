import { LibraryError } from '../shared/errors';

/**
 * Every refusal of the partnership decider. Codes are stable: programs switch on them, so a code is
 * never renamed; a new rule gets a new code.
 */
export const PARTNERSHIP_ERROR_CODES = [
  // who may do what
  'NotPermitted',
  'SegregationOfDuties',
  // lifecycle and identity
  'PartnershipNotConceived',
  'PartnershipAlreadyConceived',
  'AlreadyRecorded',
  'UnknownCommissioner',
  'UnknownEngagementEvent',
  'UnknownProforma',
  'UnknownBoard',
  'UnknownDecision',
  'UnknownProcurement',
  'UnknownLot',
  'UnknownTender',
  'UnknownContract',
  'UnknownKpi',
  'UnknownOutcome',
  'UnknownReturn',
  'UnknownReview',
  'UnknownClaim',
  'UnknownExpansion',
  'UnknownDesignBrief',
  'DatesOutOfOrder',
  'InvalidTimes',
  // governance
  'ApprovalRequired',
  // market engagement
  'ProformaNotPassed',
  'EngagementAlreadyHeld',
  // procurement
  'RegimeNotInForce',
  'AboveThreshold',
  'ThresholdUnknown',
  'VatBasisNeeded',
  'ProcedureNotInRegime',
  'LotsInvalid',
  'ProcurementClosed',
  'ProcedureHasNoDialogue',
  'NotShortlisted',
  'DialogueNotHeld',
  'FinalTendersNotInvited',
  'EvaluationInvalid',
  'NotEvaluated',
  'NotMostAdvantageousTender',
  'LotAlreadyAwarded',
  // standstill
  'NotAwarded',
  'StandstillNotApplicable',
  'StandstillAlreadyIssued',
  'StandstillInvalid',
  'StandstillNotEnded',
  'StandstillRequired',
  'NoStandstillRunning',
  // award and agreement
  'AgreementAlreadySigned',
  'NoAgreement',
  'SupplierNotAwarded',
  'ExceedsAwardedValue',
  'TermInvalid',
  'FundingSharesInvalid',
  'SavingsScheduleInvalid',
  'ThirdPartyProviderRequired',
  'ContractSourceMissing',
  'ExpansionNotApproved',
  'ExpansionAlreadyContracted',
  'ExceedsApprovedValue',
  'DesignAlreadyAgreed',
  // mobilisation and delivery
  'ContractNotActive',
  'AlreadyLive',
  'KpisRequired',
  'KpiDutyExceptionInvalid',
  'ModuleNotLive',
  'ToleranceInvalid',
  'ReturnAlreadyApproved',
  'RatingExplanationRequired',
  'KpiNotAssessed',
  'ReviewContradicts',
  // open book
  'NotOpenBook',
  'ClaimLinesMismatch',
  'ClaimAlreadyVerified',
  'VerifiedExceedsClaimed',
  'DuplicateClaim',
  // corrections
  'CorrectionChangesNothing',
  // change
  'ExtensionsExhausted',
  'ExtensionTooLate',
  'ExtensionOutOfOrder',
  'SubstantialModification',
  'ModificationInvalid',
  'ExpansionNotPending',
  'ModulesNotEmbedded',
  'PerformanceDoesNotAllow',
  // end
  'NotYetExpired',
  'FinalAssessmentRequired',
  'NoAnnualTerminationClause',
  'NotAnAnniversary',
  'NoticeTooShort',
  'TerminationNotDecided',
  'TerminationAlreadyNoticed',
  'NoTerminationNotice',
  'TerminationNotYetEffective',
  // publication
  'DuplicateSupplierIdentifier',
  'NoticeSubjectMissing',
] as const;

export type PartnershipErrorCode = (typeof PARTNERSHIP_ERROR_CODES)[number];

/** A refusal: what was refused and why, with what would allow it, and the field at fault. */
export type PartnershipError = {
  [K in PartnershipErrorCode]: LibraryError & {
    readonly code: K;
    readonly details?: Readonly<Record<string, unknown>>;
  };
}[PartnershipErrorCode];

export const refuse = <K extends PartnershipErrorCode>(
  code: K,
  message: string,
  path: readonly string[] = [],
  details?: Readonly<Record<string, unknown>>,
): PartnershipError =>
  (details === undefined ? { code, message, path } : { code, message, path, details }) as PartnershipError;
