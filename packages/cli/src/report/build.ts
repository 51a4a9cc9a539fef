import { Either, left, right } from 'fp-ts/Either';
import { EventStore, IntegrityProblem, LibraryError, verifyStore } from '@council-partnerships/domain';
import { listPartnerships } from '../read/partnershipList';
import { readPartnershipStream } from '../read/partnershipStream';
import { replayPartnership } from '../replay/partnershipAsOf';
import { isKnownType, ReadCheck } from '../read/readCheck';
import { lifecycleChartSpec, ragChartSpec, renderChart, valueChartSpec } from './charts';
import { reportDataOf } from './data';
import { partnershipHtml, reportPage, verificationHtml } from './html';

export interface ReportOptions {
  /** One partnership (its id or stream id); all of them when absent. */
  readonly partnership?: string;
  /** The business date the register is read on: phases, what is overdue, what is due next. */
  readonly today: string;
  readonly generatedAt: string;
  readonly onProgress?: (step: string) => void;
  /** Counts the events of types this release does not read, which are left out (the chains are verified here). */
  readonly check?: ReadCheck;
}

export interface BuiltReport {
  readonly html: string;
  readonly partnerships: number;
  readonly charts: number;
  readonly intact: boolean;
  /** What the verification of the whole store found. */
  readonly problems: readonly IntegrityProblem[];
}

const chartOrNull = async (
  draw: boolean,
  spec: () => Parameters<typeof renderChart>[0],
): Promise<string | null> => (draw ? renderChart(spec()) : null);

/**
 * The committee report: the store verified first (the result heads the page), then each partnership
 * replayed and drawn. Reads only.
 */
export const buildReport = async (
  store: EventStore,
  options: ReportOptions,
): Promise<Either<LibraryError, BuiltReport>> => {
  options.onProgress?.('verifying');
  const verified = await verifyStore(store);
  if (verified._tag === 'Left') return verified;
  let ids: string[];
  if (options.partnership !== undefined) {
    const read = await readPartnershipStream(store, options.partnership);
    if (read._tag === 'Left') return read;
    ids = [read.right.partnershipId];
  } else {
    options.onProgress?.('listing partnerships');
    const listed = await listPartnerships(store, options.today, undefined, options.check);
    if (listed._tag === 'Left') return listed;
    ids = listed.right.map((p) => p.partnershipId);
  }
  const parts: string[] = [];
  let charts = 0;
  let title = 'Council partnerships: audit report';
  for (const id of ids) {
    options.onProgress?.(`replaying ${id}`);
    const stream = await readPartnershipStream(store, id);
    if (stream._tag === 'Left') return stream;
    const replayed = await replayPartnership(store, id, {}, options.today, undefined, options.check);
    if (replayed._tag === 'Left') return left(replayed.left);
    const data = reportDataOf(
      replayed.right,
      stream.right.events.filter((e) => isKnownType(e.type)),
    );
    options.onProgress?.(`drawing ${id}`);
    const drawn = {
      lifecycle: await chartOrNull(data.milestones.length > 0, () => lifecycleChartSpec(data.milestones)),
      value: await chartOrNull(data.valueByYear.length > 0, () => valueChartSpec(data.valueByYear)),
      rag: await chartOrNull(data.rag.length > 0, () => ragChartSpec(data.rag)),
    };
    charts += Object.values(drawn).filter((c) => c !== null).length;
    parts.push(partnershipHtml(data, drawn));
    if (ids.length === 1)
      title = `${replayed.right.register?.title ?? replayed.right.state.title ?? id}: audit report`;
  }
  const streamId = options.partnership === undefined || ids[0] === undefined ? null : `partnership-${ids[0]}`;
  const html = reportPage({
    title,
    generatedAt: options.generatedAt,
    readOn: options.today,
    verification: verificationHtml(verified.right, store.name, streamId),
    body: parts.length === 0 ? '<p class="none">The store holds no partnership.</p>' : parts.join('\n'),
  });
  return right({
    html,
    partnerships: ids.length,
    charts,
    intact: verified.right.intact,
    problems: verified.right.problems,
  });
};
