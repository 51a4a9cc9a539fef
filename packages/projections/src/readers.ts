import { PartnershipEventType } from '@council-partnerships/domain';

/**
 * What reads partnership events: the read models, the OCDS facts about a signed contract (kept apart
 * from the rest of the OCDS facts), and the timeline's one-line descriptions (the events whose
 * description carries a figure or a title beyond their ids).
 */
export type Reader =
  'contract-value' | 'performance' | 'register' | 'ocds' | 'ocds-contract' | 'timeline-detail';

/**
 * Which readers read each type of partnership event, in lifecycle order. Every type is listed, so a
 * new event does not compile until someone decides what reads it, and each reader's switch then covers
 * exactly the types it reads (the exhaustive-switch check holds it to this table).
 */
export const READERS = {
  PartnershipConceived: ['contract-value', 'performance', 'register', 'ocds', 'timeline-detail'],
  CommissionerJoined: ['contract-value', 'ocds'],
  FundingSourceRecorded: ['contract-value'],
  CommissioningActivityRecorded: [],
  GovernanceDecisionRecorded: ['timeline-detail'],
  PartnershipBoardEstablished: [],
  BoardMeetingHeld: [],
  MarketEngagementEventScheduled: ['register', 'ocds'],
  ProviderInterestRecorded: [],
  MarketEngagementEventHeld: ['register', 'ocds'],
  ProviderProformaAssessed: [],
  FrameworkMemberAdmitted: [],
  ProcurementLaunched: ['contract-value', 'register', 'ocds'],
  BiddersShortlisted: [],
  DialogueRoundHeld: [],
  FinalTendersInvited: ['register'],
  TenderReceived: ['register'],
  TendersEvaluated: ['register'],
  AwardDecisionMade: ['contract-value', 'register', 'ocds', 'timeline-detail'],
  ProcurementCancelled: ['contract-value', 'register', 'ocds'],
  StandstillNoticeIssued: ['register', 'ocds'],
  StandstillEnded: ['register'],
  PartnershipAgreementSigned: ['contract-value', 'performance', 'register', 'ocds', 'timeline-detail'],
  ServiceContractSigned: ['contract-value', 'performance', 'register', 'ocds', 'timeline-detail'],
  DesignBriefIssued: [],
  ServiceDesignAgreed: [],
  MobilisationStarted: ['register'],
  ServiceWentLive: ['performance', 'register'],
  ModuleEmbedded: ['performance'],
  OutcomesFrameworkAdopted: [],
  KpiDefined: ['performance', 'ocds-contract'],
  KpiDutyExceptionRecorded: [],
  IncentiveAgreed: [],
  PerformanceReturnSubmitted: ['performance'],
  PerformanceReturnApproved: ['performance'],
  PerformanceReviewed: ['performance', 'register', 'ocds-contract', 'timeline-detail'],
  ExpenditureClaimed: ['contract-value'],
  ExpenditureVerified: ['contract-value', 'timeline-detail'],
  ExternalFundingSecured: ['contract-value'],
  ExtensionOptionExercised: ['contract-value', 'performance', 'ocds-contract', 'timeline-detail'],
  ContractModified: ['contract-value', 'performance', 'ocds-contract', 'timeline-detail'],
  ModuleExpansionProposed: ['contract-value', 'performance'],
  ModuleExpansionApproved: ['contract-value', 'performance'],
  ModuleExpansionRejected: ['contract-value', 'performance'],
  ContractExpired: ['contract-value', 'performance', 'ocds-contract'],
  TerminationNoticeGiven: ['performance', 'register'],
  ContractTerminated: ['contract-value', 'performance', 'ocds-contract'],
  NoticePublished: ['register', 'ocds'],
  PerformanceReturnCorrected: ['performance', 'timeline-detail'],
  ExpenditureClaimCorrected: ['contract-value', 'timeline-detail'],
  KpiDefinitionCorrected: ['performance', 'ocds-contract', 'timeline-detail'],
  ContractDatesCorrected: ['contract-value', 'performance', 'ocds-contract', 'timeline-detail'],
} as const satisfies Record<PartnershipEventType, readonly Reader[]>;

/** The event types a reader reads. */
export type ReadBy<R extends Reader> = {
  [T in keyof typeof READERS]: R extends (typeof READERS)[T][number] ? T : never;
}[keyof typeof READERS];

const readBy = (reader: Reader): ReadonlySet<string> =>
  new Set(
    Object.keys(READERS).filter((type) =>
      (READERS[type as PartnershipEventType] as readonly Reader[]).includes(reader),
    ),
  );

/**
 * Each reader's types, as the fields of one fixed object: every read model asks for every event, and a
 * field read of a known name costs less than a map look-up.
 */
const typesReadBy: { readonly [R in Reader]: ReadonlySet<string> } = {
  'contract-value': readBy('contract-value'),
  performance: readBy('performance'),
  register: readBy('register'),
  ocds: readBy('ocds'),
  'ocds-contract': readBy('ocds-contract'),
  'timeline-detail': readBy('timeline-detail'),
};

/** True when `reader` reads the event, which is then narrowed to the types it reads. */
export const isReadBy = <R extends Reader, E extends { readonly type: PartnershipEventType }>(
  reader: R,
  event: E,
): event is Extract<E, { type: ReadBy<R> }> => typesReadBy[reader].has(event.type);
