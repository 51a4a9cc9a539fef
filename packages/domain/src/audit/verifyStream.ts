import { RecordedEvent } from '../eventstore/envelope';
import { hashMemo, linksTo as linksWith, placeRows } from './chainRows';
import { reconstructChain } from './chainReconstruction';
import { chainBreak } from './chainWatch';
import { reportLinks } from './linkFindings';
import { reportOrder } from './orderFindings';
import { IntegrityProblem, integrityProblem } from './problems';
import { StreamHead } from './streamHeads';

/** What the hash chain of one stream says about the rows a store handed back. */
export interface StreamVerification {
  readonly streamId: string;
  readonly eventCount: number;
  /** The stored row with the highest version, as an anchor would record it; null for no rows. */
  readonly head: StreamHead | null;
  readonly problems: readonly IntegrityProblem[];
}

/**
 * Whether the rows are an intact chain in the order stores hand them back: versions 1 to n, each
 * linked to the one before and giving its stored hash. Nearly every stream an audit reads is, and one
 * pass settles it; the explanation below is for the rest.
 */
const intactInOrder = (events: readonly RecordedEvent[]): boolean => {
  for (let i = 0; i < events.length; i++) {
    if (chainBreak(events[i]!, i + 1, i === 0 ? null : events[i - 1]!.hash) !== null) return false;
  }
  return true;
};

/**
 * Recomputes the hash chain of one stream and explains every way it fails. The explanation works
 * backwards from the links: an event's stored hash and `previousHash` survive most tampering, so
 * they tell where each surviving event was originally recorded (`placeRows`), and the difference
 * between that order and the stored order (`reconstructChain`) says what was altered, deleted,
 * inserted or reordered (`reportOrder`, `reportLinks`). Rows may come in any order; they are taken in
 * version order. Pure: no I/O.
 */
export const verifyStream = (
  events: readonly RecordedEvent[],
  streamId: string = events[0]?.streamId ?? '',
): StreamVerification => {
  if (!intactInOrder(events)) return explainChain(events, streamId);
  const last = events[events.length - 1];
  return {
    streamId,
    eventCount: events.length,
    head: last === undefined ? null : { version: last.streamVersion, hash: last.hash },
    problems: [],
  };
};

/** `verifyStream` without the one-pass check for an intact chain (exported for the test that holds them equal). */
export const explainChain = (events: readonly RecordedEvent[], streamId: string): StreamVerification => {
  const hashAt = hashMemo();
  const linksTo = linksWith(hashAt);
  const rows = placeRows(events, hashAt);
  const reconstruction = reconstructChain(rows, linksTo);

  const problems: IntegrityProblem[] = [];
  const report = (
    kind: IntegrityProblem['kind'],
    version: number | null,
    eventId: string | null,
    message: string,
    related: readonly string[] = [],
  ): void => {
    problems.push(integrityProblem(kind, streamId, version, eventId, message, related));
  };
  const reordered = reportOrder(reconstruction, report);
  reportLinks(rows, reconstruction, reordered, hashAt, linksTo, report);

  const last = rows[rows.length - 1];
  return {
    streamId,
    eventCount: rows.length,
    head: last === undefined ? null : { version: last.v, hash: last.event.hash },
    problems: problems.sort(
      (a, b) => (a.streamVersion ?? 0) - (b.streamVersion ?? 0) || a.kind.localeCompare(b.kind),
    ),
  };
};
