import { altered, HashAt, label, originalOf, Row, short } from './chainRows';
import { Reconstruction } from './chainReconstruction';
import { Report } from './orderFindings';

/**
 * Findings about content and links: rows whose content no longer gives their stored hash (edited, or
 * the hash overwritten), and links along the original order that do not hold. A gap is already a
 * deletion; an altered event's own link is part of what was altered (its previousHash is hashed content).
 */
export const reportLinks = (
  rows: readonly Row[],
  { chain, intruders }: Reconstruction,
  reordered: ReadonlySet<Row>,
  hashAt: HashAt,
  linksTo: (later: Row, earlier: Row) => boolean,
  report: Report,
): void => {
  const isIntruder = new Set(intruders.map((x) => x.row));
  for (const row of rows) {
    if (!altered(row) || isIntruder.has(row)) continue;
    const contentHash = hashAt(row.event, row.v);
    const hashOverwritten = rows.some((other) => other.event.previousHash === contentHash);
    report(
      'altered-event',
      row.v,
      row.event.eventId,
      hashOverwritten
        ? `${label(row)} at version ${row.v} has had its stored hash overwritten: its content still gives the hash the next event was chained to, not the stored ${short(row.event.hash)}`
        : `${label(row)} at version ${row.v} was changed after it was recorded: its content no longer gives its stored hash ${short(row.event.hash)}`,
    );
  }

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
      report(
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
      report(
        'altered-event',
        previous.v,
        previous.event.eventId,
        `${label(previous)} at version ${previous.v} was rewritten and its hash recomputed: ${label(row)} was chained to a different predecessor (${short(row.event.previousHash)})${atEnd ? `; at the end of a stream this cannot be told apart from a rewritten link in ${label(row)}` : ''}`,
        [row.event.eventId],
      );
      continue;
    }
    report(
      'broken-chain',
      row.v,
      row.event.eventId,
      elsewhere.length > 0
        ? `${label(row)} at version ${row.v} is chained to ${elsewhere.map((o) => `${label(o)} at version ${o.v}`).join(', ')} instead of its predecessor at version ${previous.v}${rehashNote}`
        : `${label(row)} at version ${row.v} is chained to ${short(row.event.previousHash)}, which is not the hash of its predecessor at version ${previous.v} (${short(previous.event.hash)})${rehashNote}`,
      [previous.event.eventId, ...elsewhere.map((o) => o.event.eventId)],
    );
  }
};
