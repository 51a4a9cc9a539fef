import { IntegrityProblem } from './problems';
import { byVersionThenOriginal, label, originalOf, Row } from './chainRows';
import { Reconstruction } from './chainReconstruction';

/** Records one finding about the stream being verified. */
export type Report = (
  kind: IntegrityProblem['kind'],
  version: number | null,
  eventId: string | null,
  message: string,
  related?: readonly string[],
) => void;

const renumberNote = (renumbered: readonly Row[], direction: string): string =>
  renumbered.length === 0
    ? ''
    : `; ${renumbered.length} later event${renumbered.length === 1 ? ' was' : 's were'} renumbered ${direction} by one to hide it (versions ${renumbered[0]?.v}–${renumbered[renumbered.length - 1]?.v})`;

/**
 * Findings about the order of the stream: stored order against original order. Blocks that are out of
 * order were reordered; rows that moved without changing order were renumbered, which a deletion or
 * insertion before them may explain (they are then named with it) and which is otherwise an altered
 * version number. Answers the reordered rows, whose links are then not judged on their own.
 */
export const reportOrder = ({ chain, intruders, deletions }: Reconstruction, report: Report): Set<Row> => {
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
    report(
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
    report(
      'altered-event',
      row.v,
      row.event.eventId,
      `${label(row)} is stored at version ${row.v} but its hash was sealed for version ${originalOf(row)}: its version number was changed`,
    );
  }

  for (const d of deletions) {
    report(
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
    report(
      'inserted-event',
      x.row.v,
      x.row.event.eventId,
      `${label(x.row)} at version ${x.row.v} was inserted: it is ${copy} ${label(x.genuine)}, which the chain runs through at version ${originalOf(x.genuine)}${renumberNote(x.renumbered, 'up')}`,
      [x.genuine.event.eventId, ...x.renumbered.map((r) => r.event.eventId)],
    );
  }
  return reordered;
};
