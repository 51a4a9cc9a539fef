import { RecordedEvent } from '../eventstore/envelope';
import { hashEvent } from '../eventstore/hashChain';

/**
 * Where each stored row of a stream was originally recorded. An event's stored hash was computed for
 * the version it was recorded at, so a row whose hash does not match its stored version is tried at
 * the version its link implies and a few either side: a match means it moved, no match that it was altered.
 */

/** The hash an event's content gives at a version; each (event, version) is hashed at most once. */
export type HashAt = (event: RecordedEvent, version: number) => string;

/**
 * How far either side of its stored version to look for the version a row was sealed at. A row
 * renumbered to close the gap left by a deletion (or make room for an insertion) moved by one.
 */
const RENUMBER_SEARCH = 3;

export interface Row {
  readonly event: RecordedEvent;
  /** The version the row is stored at. */
  readonly v: number;
  /** Its stored hash is what its content gives at the version it is stored at. */
  readonly sealed: boolean;
  /** The version its stored hash was computed for; null when no version explains it (altered). */
  original: number | null | undefined;
}

/** Hashing dominates the cost of a verification: this remembers every hash it computes. */
export const hashMemo = (): HashAt => {
  const hashes = new Map<RecordedEvent, Map<number, string>>();
  return (event, version) => {
    const known = hashes.get(event) ?? new Map<number, string>();
    hashes.set(event, known);
    let hash = known.get(version);
    if (hash === undefined) {
      hash = hashEvent({ ...event, streamVersion: version });
      known.set(version, hash);
    }
    return hash;
  };
};

export const originalOf = (row: Row): number => row.original ?? row.v;
export const altered = (row: Row): boolean => row.original === null;
export const byVersionThenOriginal = (a: Row, b: Row): number => a.v - b.v || originalOf(a) - originalOf(b);

export const short = (hash: string | null): string => (hash === null ? 'none' : `${hash.slice(0, 12)}…`);
export const label = (row: Row): string => `event ${row.event.eventId} (${row.event.type})`;

/** Whether `later` was chained to `earlier`: to its stored hash, or to the hash its content gives. */
export const linksTo =
  (hashAt: HashAt) =>
  (later: Row, earlier: Row): boolean =>
    later.event.previousHash !== null &&
    (later.event.previousHash === earlier.event.hash ||
      later.event.previousHash === hashAt(earlier.event, originalOf(earlier)));

/** The rows in stored version order, each with the version it was originally recorded at. */
export const placeRows = (events: readonly RecordedEvent[], hashAt: HashAt): Row[] => {
  const rows: Row[] = events
    .map((event) => ({
      event,
      v: event.streamVersion,
      sealed: hashAt(event, event.streamVersion) === event.hash,
      original: undefined as number | null | undefined,
    }))
    .sort((a, b) => a.v - b.v);

  const byStoredHash = new Map<string, Row[]>();
  for (const row of rows)
    byStoredHash.set(row.event.hash, [...(byStoredHash.get(row.event.hash) ?? []), row]);

  const resolve = (row: Row, visiting: Set<Row>): number | null => {
    if (row.original !== undefined) return row.original;
    if (row.sealed) return (row.original = row.v);
    if (visiting.has(row)) return null;
    visiting.add(row);
    const candidates: number[] = [];
    const previous = row.event.previousHash;
    if (previous === null) candidates.push(1);
    else {
      for (const linked of byStoredHash.get(previous) ?? []) {
        if (linked !== row) candidates.push((resolve(linked, visiting) ?? linked.v) + 1);
      }
    }
    for (let d = 1; d <= RENUMBER_SEARCH; d++) candidates.push(row.v - d, row.v + d);
    visiting.delete(row);
    const found = candidates.find((c) => c >= 1 && c !== row.v && hashAt(row.event, c) === row.event.hash);
    return (row.original = found ?? null);
  };
  for (const row of rows) resolve(row, new Set());
  return rows;
};
