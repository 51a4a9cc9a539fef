import { Actor, PartnershipCommandOfType, PartnershipCommandType } from '@council-partnerships/domain';

/** Who does what in the specifications: a council's officers and board, a partner, an auditor. */
export const actors = {
  officer: {
    id: 'officer-ada',
    role: 'commissioning-officer',
    organisation: 'council',
    name: 'Ada (commissioning)',
  },
  secondOfficer: { id: 'officer-ben', role: 'commissioning-officer', organisation: 'council' },
  procurement: { id: 'officer-cai', role: 'procurement-officer', organisation: 'council' },
  finance: { id: 'officer-dee', role: 'finance-officer', organisation: 'council' },
  contractManager: { id: 'officer-eve', role: 'contract-manager', organisation: 'council' },
  legal: { id: 'officer-fin', role: 'legal-officer', organisation: 'council' },
  executive: { id: 'cabinet-gus', role: 'executive', organisation: 'council' },
  board: { id: 'board-hal', role: 'board', organisation: 'council' },
  partner: { id: 'partner-ivy', role: 'partner', organisation: 'partner' },
  auditor: { id: 'auditor-jo', role: 'auditor', organisation: 'internal-audit' },
} as const satisfies Record<string, Actor>;

const DATE_FIELDS = [
  'conceivedOn',
  'joinedOn',
  'recordedOn',
  'completedOn',
  'decidedOn',
  'establishedOn',
  'heldOn',
  'scheduledOn',
  'receivedOn',
  'admittedOn',
  'launchedOn',
  'shortlistedOn',
  'startedOn',
  'invitedOn',
  'evaluatedOn',
  'cancelledOn',
  'noticeDate',
  'endedOn',
  'signedOn',
  'issuedOn',
  'agreedOn',
  'liveOn',
  'adoptedOn',
  'definedOn',
  'submittedOn',
  'approvedOn',
  'reviewedOn',
  'claimedOn',
  'verifiedOn',
  'securedOn',
  'exercisedOn',
  'proposedOn',
  'rejectedOn',
  'expiredOn',
  'noticeGivenOn',
  'terminatedOn',
];

let sequence = 0;

/**
 * Builds a command as a caller would send it: the business date in its data becomes `occurredAt`
 * (09:00 London time), and each command gets a fresh id.
 */
export const command = <T extends PartnershipCommandType>(
  type: T,
  data: PartnershipCommandOfType<T>['data'],
  actor: Actor = actors.officer,
): PartnershipCommandOfType<T> => {
  sequence += 1;
  const record = data as unknown as Record<string, unknown>;
  const date =
    DATE_FIELDS.map((f) => record[f]).find((v): v is string => typeof v === 'string') ?? '2020-01-01';
  return {
    type,
    data,
    metadata: { commandId: `cmd-${type}-${sequence}`, actor, occurredAt: `${date}T09:00:00.000Z` },
  } as unknown as PartnershipCommandOfType<T>;
};
