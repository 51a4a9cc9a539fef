/**
 * The committee report of the largest simulated partnership (ten years of monthly returns, reviews,
 * claims and expansions), on SQLite, next to the replay of the same partnership (read and fold every
 * read model: what `partnerships replay` does) measured in the same run. Run from the repository root:
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register -P tsconfig.json packages/cli/bench/report.bench.ts
 *
 * Writes bench-results/report.md. Environment: BENCH_REPS (timed runs of each case, default 5).
 */
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { LARGEST, runSimulation } from '@council-partnerships/examples/simulator';
import { buildReport } from '../src/report/build';
import { replayPartnership } from '../src/replay/partnershipAsOf';

const ROOT = resolve(__dirname, '..', '..', '..');
const REPS = Number(process.env['BENCH_REPS'] ?? 5);

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const timed = async (work: () => Promise<unknown>): Promise<number> => {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e9;
};

/** One warm-up, then REPS timed runs; the median. */
const measure = async (work: () => Promise<unknown>): Promise<number> => {
  await work();
  const seconds: number[] = [];
  for (let i = 0; i < REPS; i++) seconds.push(await timed(work));
  return median(seconds);
};

const main = async (): Promise<void> => {
  const filename = join(mkdtempSync(join(tmpdir(), 'report-bench-')), 'largest.sqlite');
  const simulated = await runSimulation(1, LARGEST, { kind: 'sqlite', filename });
  const store = simulated.store;
  const partnershipId = simulated.report.partnershipId;
  const today = '2036-06-30';
  let events = 0;
  const replaySeconds = await measure(async () => {
    const replayed = await replayPartnership(store, partnershipId, {}, today);
    if (replayed._tag === 'Left') throw new Error(replayed.left.message);
    events = replayed.right.eventsInStream;
  });
  let html = '';
  let charts = 0;
  const reportSeconds = await measure(async () => {
    const built = await buildReport(store, {
      partnership: partnershipId,
      today,
      generatedAt: new Date().toISOString(),
    });
    if (built._tag === 'Left') throw new Error(built.left.message);
    html = built.right.html;
    charts = built.right.charts;
  });
  await store.close();
  const sizeKb = Math.round(Buffer.byteLength(html) / 1024);
  const lines = [
    '# Report benchmark',
    '',
    '`partnerships report --partnership <id>` in process (verify the store, replay the partnership, read its stream,',
    'draw three Vega-Lite charts to SVG, write the page) for the largest simulated partnership, next to `replay` of the',
    'same partnership (read its stream, fold the decider and every read model) in the same run.',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Linux ${release()}; Node ${process.version}`,
    `- Load average when the run ended: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')} (the machine is shared)`,
    `- Store: SQLite file (${Math.round(statSync(filename).size / 1024)} KiB); ${events} events in the partnership's stream; median of ${REPS} runs after one warm-up`,
    '- Target: the report in a few seconds',
    '',
    '| case | median (s) | ratio to replay |',
    '| --- | ---: | ---: |',
    `| replay the partnership (baseline) | ${replaySeconds.toFixed(3)} | 1.0 |`,
    `| report: verify, replay, ${charts} charts, ${sizeKb} KiB of HTML | ${reportSeconds.toFixed(3)} | ${(reportSeconds / replaySeconds).toFixed(1)} |`,
    '',
  ];
  writeFileSync(join(ROOT, 'bench-results', 'report.md'), lines.join('\n'));
  console.log(lines.join('\n'));
};

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
