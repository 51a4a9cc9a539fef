import { own } from '@council-partnerships/domain';
import { AuditEntry, AuditState } from './state';

export interface AuditQuery {
  readonly partnershipId?: string;
  readonly actorId?: string;
  readonly role?: string;
  readonly correlationId?: string;
  readonly commandId?: string;
  readonly types?: readonly string[];
  /** Business dates, inclusive: entries whose event happened in this range. */
  readonly occurredFrom?: string;
  readonly occurredTo?: string;
  /** Only entries recorded on a later day than they happened. */
  readonly backdatedOnly?: boolean;
  /** 'recorded' (default): in the order the log holds them; 'occurred': in business-time order. */
  readonly order?: 'recorded' | 'occurred';
}

const byPosition = (a: AuditEntry, b: AuditEntry) => a.globalPosition - b.globalPosition;
const byOccurred = (a: AuditEntry, b: AuditEntry) => {
  const diff = Date.parse(a.occurredAt) - Date.parse(b.occurredAt);
  return diff !== 0 ? diff : byPosition(a, b);
};

/** The filter of a query, compiled once: whether an entry belongs in the answer. */
export const auditEntryMatches = (query: AuditQuery = {}): ((e: AuditEntry) => boolean) => {
  const types = query.types === undefined ? null : new Set(query.types);
  return (e) =>
    (query.partnershipId === undefined || e.partnershipId === query.partnershipId) &&
    (query.actorId === undefined || e.actor.id === query.actorId) &&
    (query.role === undefined || e.actor.role === query.role) &&
    (query.correlationId === undefined || e.correlationId === query.correlationId) &&
    (query.commandId === undefined || e.commandId === query.commandId) &&
    (types === null || types.has(e.type)) &&
    (query.occurredFrom === undefined || e.businessDate >= query.occurredFrom) &&
    (query.occurredTo === undefined || e.businessDate <= query.occurredTo) &&
    (!query.backdatedOnly || e.backdated);
};

/** The timeline of one partnership or of all, filtered as an auditor asks. */
export const auditTimeline = (state: AuditState, query: AuditQuery = {}): AuditEntry[] => {
  const source =
    query.partnershipId === undefined
      ? Object.values(state.partnerships).flat()
      : [...(own(state.partnerships, query.partnershipId) ?? [])];
  return source.filter(auditEntryMatches(query)).sort(query.order === 'occurred' ? byOccurred : byPosition);
};

/** Who did what: entries per actor, with the roles each acted in. */
export const activityByActor = (
  state: AuditState,
  query: AuditQuery = {},
): { actorId: string; roles: string[]; entries: number }[] => {
  const seen = new Map<string, { roles: Set<string>; entries: number }>();
  for (const e of auditTimeline(state, query)) {
    const actor = seen.get(e.actor.id) ?? { roles: new Set<string>(), entries: 0 };
    actor.roles.add(e.actor.role);
    actor.entries += 1;
    seen.set(e.actor.id, actor);
  }
  return [...seen.entries()]
    .map(([actorId, a]) => ({ actorId, roles: [...a.roles].sort(), entries: a.entries }))
    .sort((a, b) => (a.actorId < b.actorId ? -1 : 1));
};
