import { RecordedEvent } from '../eventstore/envelope';
import { hashEvent } from '../eventstore/hashChain';
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
 * How far either side of its stored version to look for the version a row was sealed at. A row
 * renumbered to close the gap left by a deletion (or make room for an insertion) moved by one.
 */
const RENUMBER_SEARCH = 3;

interface Row {
  readonly event: RecordedEvent;
  /** The version the row is stored at. */
  readonly v: number;
  /** Its stored hash is what its content gives at the version it is stored at. */
  readonly sealed: boolean;
  /** The version its stored hash was computed for; null when no version explains it (altered). */
  original: number | null | undefined;
}

const short = (hash: string | null): string => (hash === null ? 'none' : `${hash.slice(0, 12)}…`);

const byVersionThenOriginal = (a: Row, b: Row): number => a.v - b.v || originalOf(a) - originalOf(b);
const originalOf = (row: Row): number => row.original ?? row.v;

/**
 * Recomputes the hash chain of one stream and explains every way it fails. The explanation works
 * backwards from the links: an event's stored hash and `previousHash` survive most tampering, so
 * they tell where each surviving event was originally recorded, and the difference between that
 * order and the stored order says what was altered, deleted, inserted or reordered. Rows may come in
 * any order; they are taken in version order. Pure: no I/O.
 */
export const verifyStream = (
  events: readonly RecordedEvent[],
  streamId: string = events[0]?.streamId ?? '',
): StreamVerification => {
  // Hashing dominates the cost: each (event, version) is hashed at most once.
  const hashes = new Map<RecordedEvent, Map<number, string>>();
  const hashAt = (event: RecordedEvent, version: number): string => {
    const known = hashes.get(event) ?? new Map<number, string>();
    hashes.set(event, known);
    let hash = known.get(version);
    if (hash === undefined) {
      hash = hashEvent({ ...event, streamVersion: version });
      known.set(version, hash);
    }
    return hash;
  };

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

  const altered = (row: Row): boolean => row.original === null;
  /** Whether `later` was chained to `earlier`: to its stored hash, or to the hash its content gives. */
  const linksTo = (later: Row, earlier: Row): boolean =>
    later.event.previousHash !== null &&
    (later.event.previousHash === earlier.event.hash ||
      later.event.previousHash === hashAt(earlier.event, originalOf(earlier)));

  const problems: IntegrityProblem[] = [];
  const problem = (
    kind: IntegrityProblem['kind'],
    version: number | null,
    eventId: string | null,
    message: string,
    related: readonly string[] = [],
  ): IntegrityProblem => {
    const found = integrityProblem(kind, streamId, version, eventId, message, related);
    problems.push(found);
    return found;
  };
  const label = (row: Row): string => `event ${row.event.eventId} (${row.event.type})`;

  // Two rows claiming the same original place: the one the chain runs through is genuine.
  const byOriginal = new Map<number, Row[]>();
  for (const row of rows) byOriginal.set(originalOf(row), [...(byOriginal.get(originalOf(row)) ?? []), row]);
  const chainScore = (row: Row): number[] => {
    const at = originalOf(row);
    const linkedByNext = (byOriginal.get(at + 1) ?? []).some((next) => linksTo(next, row));
    const linksToPrevious =
      at === 1
        ? row.event.previousHash === null
        : (byOriginal.get(at - 1) ?? []).some((previous) => linksTo(row, previous));
    return [linkedByNext ? 1 : 0, linksToPrevious ? 1 : 0, altered(row) ? 0 : 1, -row.event.globalPosition];
  };
  const compareScores = (a: number[], b: number[]): number => {
    for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (b[i] ?? 0) - (a[i] ?? 0);
    return 0;
  };

  const chain: Row[] = [];
  const intruders: { row: Row; genuine: Row; renumbered: Row[] }[] = [];
  for (const [, claimants] of [...byOriginal.entries()].sort(([a], [b]) => a - b)) {
    const ranked = [...claimants].sort((a, b) => compareScores(chainScore(a), chainScore(b)));
    const genuine = ranked[0] as Row;
    chain.push(genuine);
    for (const extra of ranked.slice(1)) intruders.push({ row: extra, genuine, renumbered: [] });
  }

  // Versions the chain passes through with no event left at them.
  const deletions: { version: number; next: Row; renumbered: Row[] }[] = [];
  let expected = 1;
  for (const row of chain) {
    for (let missing = expected; missing < originalOf(row); missing++) {
      deletions.push({ version: missing, next: row, renumbered: [] });
    }
    expected = originalOf(row) + 1;
  }

  // Stored order against original order: blocks that are out of order were reordered; rows that moved
  // without changing order were renumbered, which a deletion or insertion before them may explain.
  const rankOf = new Map(chain.map((row, i) => [row, i]));
  const stored = [...chain].sort(byVersionThenOriginal);
  const reordered = new Set<Row>();
  let blockStart = 0;
  let highestRank = -1;
  stored.forEach((row, i) => {
    highestRank = Math.max(highestRank, rankOf.get(row) ?? i);
    if (highestRank !== i) return;
    const block = stored.slice(blockStart, i + 1);
    blockStart = i + 1;
    if (block.length < 2) return;
    const moved = block.filter((r) => r.v !== originalOf(r));
    const named = moved.length > 0 ? moved : block;
    named.forEach((r) => reordered.add(r));
    const first = named[0] as Row;
    problem(
      'reordered-events',
      first.v,
      first.event.eventId,
      `events were put in a different order from the one they were recorded in: ${named
        .map((r) => `${label(r)} is stored at version ${r.v} but was recorded as version ${originalOf(r)}`)
        .join('; ')}`,
      named.slice(1).map((r) => r.event.eventId),
    );
  });

  for (const row of chain) {
    if (reordered.has(row) || row.v === originalOf(row)) continue;
    const inserted = intruders.filter((x) => x.row.v < row.v);
    const deleted = deletions.filter((d) => d.version < originalOf(row));
    if (row.v - originalOf(row) === inserted.length - deleted.length) {
      const cause = [
        ...inserted.map((x) => ({ at: originalOf(x.row), list: x.renumbered })),
        ...deleted.map((d) => ({ at: d.version, list: d.renumbered })),
      ].sort((a, b) => b.at - a.at)[0];
      cause?.list.push(row);
      continue;
    }
    problem(
      'altered-event',
      row.v,
      row.event.eventId,
      `${label(row)} is stored at version ${row.v} but its hash was sealed for version ${originalOf(row)}: its version number was changed`,
    );
  }

  const renumberNote = (renumbered: readonly Row[], direction: string): string =>
    renumbered.length === 0
      ? ''
      : `; ${renumbered.length} later event${renumbered.length === 1 ? ' was' : 's were'} renumbered ${direction} by one to hide it (versions ${renumbered[0]?.v}–${renumbered[renumbered.length - 1]?.v})`;

  for (const d of deletions) {
    problem(
      'deleted-event',
      d.version,
      null,
      `the event recorded as version ${d.version} is missing: ${label(d.next)}, now at version ${d.next.v}, was chained to a predecessor that is no longer stored${renumberNote(d.renumbered, 'down')}`,
      [
        d.next.event.eventId,
        ...d.renumbered.map((r) => r.event.eventId).filter((id) => id !== d.next.event.eventId),
      ],
    );
  }
  for (const x of intruders) {
    const copy =
      x.row.event.eventId === x.genuine.event.eventId ? 'a second copy of' : 'an extra event beside';
    problem(
      'inserted-event',
      x.row.v,
      x.row.event.eventId,
      `${label(x.row)} at version ${x.row.v} was inserted: it is ${copy} ${label(x.genuine)}, which the chain runs through at version ${originalOf(x.genuine)}${renumberNote(x.renumbered, 'up')}`,
      [x.genuine.event.eventId, ...x.renumbered.map((r) => r.event.eventId)],
    );
  }

  const isIntruder = new Set(intruders.map((x) => x.row));
  for (const row of rows) {
    if (!altered(row) || isIntruder.has(row)) continue;
    const contentHash = hashAt(row.event, row.v);
    const hashOverwritten = rows.some((other) => other.event.previousHash === contentHash);
    problem(
      'altered-event',
      row.v,
      row.event.eventId,
      hashOverwritten
        ? `${label(row)} at version ${row.v} has had its stored hash overwritten: its content still gives the hash the next event was chained to, not the stored ${short(row.event.hash)}`
        : `${label(row)} at version ${row.v} was changed after it was recorded: its content no longer gives its stored hash ${short(row.event.hash)}`,
    );
  }

  // Links along the original order. A gap is already a deletion; an altered event's own link is part
  // of what was altered (its previousHash is hashed content).
  const breaks: number[] = [];
  chain.forEach((row, i) => {
    const previous = chain[i - 1];
    if (previous === undefined) {
      if (originalOf(row) === 1 && row.event.previousHash !== null && !altered(row)) breaks.push(i);
      return;
    }
    if (originalOf(row) !== originalOf(previous) + 1 || altered(row) || linksTo(row, previous)) return;
    breaks.push(i);
  });
  // A row that was itself relinked and rehashed breaks two links: into it, and out of it (the next
  // event still names its original hash). That is one finding, at the row.
  const broken = new Set(breaks);
  const explained = new Set<number>();
  for (const i of breaks) {
    if (explained.has(i)) continue;
    const row = chain[i] as Row;
    const previous = chain[i - 1];
    const rehashed = broken.has(i + 1);
    if (rehashed) explained.add(i + 1);
    const rehashNote = rehashed
      ? `, and its hash was recomputed (the next event is still chained to its original hash)`
      : '';
    if (previous === undefined) {
      problem(
        'broken-chain',
        row.v,
        row.event.eventId,
        `${label(row)} is the first event of the stream but is chained to a predecessor (${short(row.event.previousHash)})${rehashNote}`,
      );
      continue;
    }
    const elsewhere = rows.filter((other) => other !== previous && other !== row && linksTo(row, other));
    const previousSound =
      !altered(previous) && !reordered.has(previous) && previous.v === originalOf(previous);
    if (elsewhere.length === 0 && !rehashed && previousSound) {
      const atEnd = i === chain.length - 1;
      problem(
        'altered-event',
        previous.v,
        previous.event.eventId,
        `${label(previous)} at version ${previous.v} was rewritten and its hash recomputed: ${label(row)} was chained to a different predecessor (${short(row.event.previousHash)})${atEnd ? `; at the end of a stream this cannot be told apart from a rewritten link in ${label(row)}` : ''}`,
        [row.event.eventId],
      );
      continue;
    }
    problem(
      'broken-chain',
      row.v,
      row.event.eventId,
      elsewhere.length > 0
        ? `${label(row)} at version ${row.v} is chained to ${elsewhere.map((o) => `${label(o)} at version ${o.v}`).join(', ')} instead of its predecessor at version ${previous.v}${rehashNote}`
        : `${label(row)} at version ${row.v} is chained to ${short(row.event.previousHash)}, which is not the hash of its predecessor at version ${previous.v} (${short(previous.event.hash)})${rehashNote}`,
      [previous.event.eventId, ...elsewhere.map((o) => o.event.eventId)],
    );
  }

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
