import { Either, left, right } from 'fp-ts/Either';
import { Checkpoint, EventStore, partnershipEventRegistry } from '@council-partnerships/domain';
import { AsOf, validateAsOf, visibleAsOf } from '../asOf';
import { ProjectionError } from '../errors';
import { PartnershipProjected } from '../partnershipEvents';
import { auditEntryOf } from './projection';
import { AuditEntry } from './state';
import { AuditQuery, auditEntryMatches } from './view';

export interface StreamedTimeline {
  /** Entries handed to the callback. */
  readonly entries: number;
  /** The log position reached. */
  readonly checkpoint: Checkpoint | null;
}

/**
 * The audit timeline of the whole log without holding it: reads the global log page by page and hands
 * each page's matching entries to `onEntries` (in log order) before reading the next, so memory stays
 * one page whatever the length of the log. An export writes them out; a screen shows the first few.
 * Return `'stop'` from `onEntries` to stop early. Business-time order needs every entry at once: use
 * `auditTimeline` over one partnership's state for that.
 */
export const streamAuditTimeline = async (
  store: EventStore,
  query: Omit<AuditQuery, 'order'>,
  onEntries: (entries: AuditEntry[]) => void | 'stop' | Promise<void | 'stop'>,
  options: { pageSize?: number; asOf?: AsOf; after?: Checkpoint | null } = {},
): Promise<Either<ProjectionError, StreamedTimeline>> => {
  const asOf = validateAsOf(options.asOf);
  if (asOf._tag === 'Left') return asOf;
  const visible = visibleAsOf(asOf.right);
  const matches = auditEntryMatches(query);
  const types = new Set<string>(partnershipEventRegistry.types);
  let checkpoint = options.after ?? null;
  let count = 0;
  for (;;) {
    const page = await store.readAll({ after: checkpoint, limit: options.pageSize ?? 1000 });
    if (page._tag === 'Left') return left(page.left);
    const entries: AuditEntry[] = [];
    for (const recorded of page.right.events) {
      if (!types.has(recorded.type) || !visible(recorded)) continue;
      const decoded = partnershipEventRegistry.decode(recorded);
      if (decoded._tag === 'Left') return left(decoded.left);
      const entry = auditEntryOf({
        type: decoded.right.type,
        data: decoded.right.data,
        envelope: recorded,
      } as PartnershipProjected);
      if (matches(entry)) entries.push(entry);
    }
    checkpoint = page.right.checkpoint;
    count += entries.length;
    const next = entries.length > 0 ? await onEntries(entries) : undefined;
    if (next === 'stop' || page.right.isEndOfLog || page.right.events.length === 0) {
      return right({ entries: count, checkpoint });
    }
  }
};
