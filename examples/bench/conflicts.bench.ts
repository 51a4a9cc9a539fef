/**
 * Sixteen writers on one partnership's stream through the public command handler, at the default
 * retry settings, on a SQLite file and on PostgreSQL: how many commands still end as a concurrency
 * conflict after the handler's retries. Run from the repository root:
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register -P tsconfig.json examples/bench/conflicts.bench.ts
 *
 * Writes bench-results/conflicts.md. Environment: BENCH_COMMANDS (commands each writer sends, default
 * 50), BENCH_THREADS (worker threads the 16 writers are spread over, default 4), POSTGRES_BENCH_URL
 * (default postgres://postgres@127.0.0.1:5432/test), BENCH_SKIP_POSTGRES=1, BENCH_SKIP_SQLITE=1, and
 * BENCH_RETRY (a JSON retry policy, e.g. '{"maxAttempts":16}', to try settings other than the
 * defaults; the results file then says which were used).
 *
 * Each writer has its own store (its own SQLite connection, its own PostgreSQL pool) and its own
 * handler, and sends its commands one after another, as a council system's request handlers would.
 * better-sqlite3 blocks its thread, so the writers run in worker threads for their appends to really
 * overlap; the writers of one thread interleave wherever the handler waits (reads, backoff), as
 * separate processes would. Every command is `RecordCommissioningActivity`, which any number of
 * writers may record on one partnership, so every conflict is a lost race, never a refusal.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Client } from 'pg';
import { workerFromSourcesPreamble } from '@council-partnerships/adapters/testing/workerFromSources';
import { openEventStore } from '@council-partnerships/adapters';
import { createPartnershipHandler, defaultRetryPolicy, RetryPolicy } from '@council-partnerships/domain';
import { command } from '@council-partnerships/testing';
import { loadLine, machineLine } from './machine';
import { log, writeReport } from './report';

const ROOT = resolve(__dirname, '..', '..');
const WRITERS = 16;
const COMMANDS = Number(process.env['BENCH_COMMANDS'] ?? 50);
const THREADS = Number(process.env['BENCH_THREADS'] ?? 4);
const PG_URL = process.env['POSTGRES_BENCH_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const PARTNERSHIP = 'bench-conflicts';
/** The defaults before this benchmark tuned them, measured beside the defaults for comparison. */
const PREVIOUS: Partial<RetryPolicy> = { maxAttempts: 12, baseDelayMs: 2, maxDelayMs: 200 };
const RETRY: Partial<RetryPolicy> | undefined =
  process.env['BENCH_RETRY'] === undefined
    ? undefined
    : (JSON.parse(process.env['BENCH_RETRY']) as Partial<RetryPolicy>);

const conceive = () =>
  command('ConceivePartnership', {
    partnershipId: PARTNERSHIP,
    title: 'Sixteen writers on one partnership',
    serviceArea: "Children's services: family support",
    leadCommissioner: { commissionerId: 'bench-council', name: 'Bench Borough Council' },
    conceivedOn: '2021-07-26',
    estimatedAnnualValuePence: 110_000_000,
    intendedMinimumTermMonths: 60,
  });

/** One writer's commands, timed one by one: how each ended, how many appends it took, how long. */
const writerSource = `${workerFromSourcesPreamble}const { openEventStore } = require(path.join(workerData.root, 'packages/adapters/src'));
const { createPartnershipHandler } = require(path.join(workerData.root, 'packages/domain/src'));
const { command } = require(path.join(workerData.root, 'packages/testing/src'));

const runWriter = async (connection, writer, count, partnershipId) => {
  const opened = await openEventStore(connection);
  if (opened._tag === 'Left') throw new Error(opened.left.message);
  const store = opened.right;
  let appends = 0;
  const counted = new Proxy(store, {
    get(target, prop) {
      const value = target[prop];
      if (prop === 'appendToStream') return (...args) => { appends += 1; return value.apply(target, args); };
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const handle = createPartnershipHandler({ store: counted, ...(workerData.retry ? { retry: workerData.retry } : {}) });
  const records = [];
  try {
    for (let i = 0; i < count; i++) {
      const c = command('RecordCommissioningActivity', {
        partnershipId,
        activityId: 'w' + writer + '-' + i,
        stage: 'assess',
        activity: 'Needs assessment workshop ' + i + ' of writer ' + writer,
        completedOn: '2021-08-02',
      });
      const sent = { ...c, metadata: { ...c.metadata, commandId: 'bench-w' + writer + '-' + i + '-' + workerData.run } };
      const before = appends;
      const started = process.hrtime.bigint();
      const result = await handle(sent);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const outcome = result._tag === 'Right' ? 'ok' : result.left.code === 'ConcurrencyConflict' ? 'conflict' : result.left.code;
      records.push({ outcome, attempts: appends - before, ms });
    }
  } finally {
    await store.close();
  }
  return records;
};

parentPort.on('message', async ({ connection, writers, count, partnershipId }) => {
  try {
    const done = await Promise.all(writers.map((w) => runWriter(connection, w, count, partnershipId)));
    parentPort.postMessage(done.flat());
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.stack ? error.stack : error) });
  }
});
parentPort.postMessage('ready');
`;

interface CommandRecord {
  readonly outcome: string;
  readonly attempts: number;
  readonly ms: number;
}

const startThread = (run: string, retry: Partial<RetryPolicy> | undefined): Promise<Worker> =>
  new Promise((resolveReady, reject) => {
    const worker = new Worker(writerSource, {
      eval: true,
      workerData: { root: ROOT, tsNode: require.resolve('ts-node'), run, retry },
    });
    worker.once('message', (m) => (m === 'ready' ? resolveReady(worker) : reject(new Error(String(m)))));
    worker.once('error', reject);
  });

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

interface Figures {
  readonly store: string;
  readonly tuned: boolean;
  readonly commands: number;
  readonly conflicts: number;
  readonly otherErrors: number;
  readonly medianAttempts: number;
  readonly maxAttempts: number;
  readonly retried: number;
  readonly p50: number;
  readonly p95: number;
  readonly seconds: number;
}

const measure = async (
  storeName: string,
  connection: string,
  retry: Partial<RetryPolicy> | undefined = RETRY,
): Promise<Figures> => {
  const opened = await openEventStore(connection);
  if (opened._tag === 'Left') throw new Error(opened.left.message);
  const seeded = await createPartnershipHandler({ store: opened.right })(conceive());
  await opened.right.close();
  if (seeded._tag === 'Left') throw new Error(JSON.stringify(seeded.left));
  const run = randomBytes(4).toString('hex');
  log(`${storeName}: starting ${THREADS} threads`);
  const threads = await Promise.all(Array.from({ length: THREADS }, () => startThread(run, retry)));
  const started = process.hrtime.bigint();
  const results = await Promise.all(
    threads.map(
      (worker, t) =>
        new Promise<CommandRecord[]>((done, reject) => {
          worker.once('message', (m: CommandRecord[] | { error: string }) =>
            'error' in m ? reject(new Error(m.error)) : done(m),
          );
          worker.postMessage({
            connection,
            writers: Array.from({ length: WRITERS }, (_, w) => w).filter((w) => w % THREADS === t),
            count: COMMANDS,
            partnershipId: PARTNERSHIP,
          });
        }),
    ),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await Promise.all(threads.map((w) => w.terminate()));
  const records = results.flat();
  const attempts = records.map((r) => r.attempts);
  const figures: Figures = {
    store: storeName,
    tuned: retry === RETRY,
    commands: records.length,
    conflicts: records.filter((r) => r.outcome === 'conflict').length,
    otherErrors: records.filter((r) => r.outcome !== 'ok' && r.outcome !== 'conflict').length,
    medianAttempts: percentile(attempts, 50),
    maxAttempts: Math.max(...attempts),
    retried: records.filter((r) => r.attempts > 1).length,
    p50: percentile(
      records.map((r) => r.ms),
      50,
    ),
    p95: percentile(
      records.map((r) => r.ms),
      95,
    ),
    seconds,
  };
  log(`${storeName}: ${JSON.stringify(figures)}`);
  return figures;
};

const main = async (): Promise<void> => {
  const loadBefore = loadavg();
  const measured: Figures[] = [];
  if (process.env['BENCH_SKIP_SQLITE'] !== '1') {
    const dir = mkdtempSync(join(tmpdir(), 'partnerships-conflicts-'));
    try {
      measured.push(await measure('SQLite file (WAL)', `sqlite:${join(dir, 'conflicts.sqlite')}`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (process.env['BENCH_SKIP_POSTGRES'] !== '1') {
    const schema = `bench_conflicts_${randomBytes(4).toString('hex')}`;
    try {
      measured.push(await measure('PostgreSQL 15', `${PG_URL}?schema=${schema}`));
      if (RETRY === undefined) {
        measured.push(
          await measure('PostgreSQL 15, previous defaults', `${PG_URL}?schema=${schema}_previous`, PREVIOUS),
        );
      }
    } finally {
      const client = new Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.query(`DROP SCHEMA IF EXISTS "${schema}_previous" CASCADE`);
      await client.end();
    }
  }
  const loadAfter = loadavg();
  const pct = (f: Figures) => ((100 * f.conflicts) / f.commands).toFixed(2);
  const policy = { ...defaultRetryPolicy, ...RETRY };
  const text = [
    '# Conflicts: sixteen writers on one stream',
    '',
    `Written by \`examples/bench/conflicts.bench.ts\` on ${new Date().toISOString().slice(0, 10)}.`,
    '',
    machineLine(),
    loadLine(loadBefore, loadAfter),
    `- Load: ${WRITERS} writers on one partnership stream, ${COMMANDS} commands each, one after another, spread over ${THREADS} worker threads; each writer with its own store and handler`,
    `- Retry policy: ${RETRY === undefined ? 'the defaults' : `NOT the defaults (BENCH_RETRY=${JSON.stringify(RETRY)})`}, ${policy.maxAttempts} attempts, each wait drawn from [0, ${policy.baseDelayMs} ms × 2^(attempt − 2)), capped at ${policy.maxDelayMs} ms, jittered by command id`,
    '- Run: `npx ts-node --transpile-only -r tsconfig-paths/register -P tsconfig.json examples/bench/conflicts.bench.ts`',
    '',
    '| store | commands | ended as conflicts | % | other errors | retried | median attempts | most attempts | median latency | p95 latency | wall time |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...measured.map(
      (f) =>
        `| ${f.store} | ${f.commands} | ${f.conflicts} | ${pct(f)} | ${f.otherErrors} | ${f.retried} | ${f.medianAttempts} | ${f.maxAttempts} | ${f.p50.toFixed(1)} ms | ${f.p95.toFixed(1)} ms | ${f.seconds.toFixed(1)} s |`,
    ),
    '',
    'A command "ended as a conflict" when the handler gave back `ConcurrencyConflict` after its last',
    'attempt; "retried" counts commands that needed more than one append. Latency is from sending the',
    'command to its result, retries and waits included.',
    '',
    '## Why these defaults',
    '',
    `The handler used to retry ${PREVIOUS.maxAttempts} times with waits from ${PREVIOUS.baseDelayMs} ms doubling up to ${PREVIOUS.maxDelayMs} ms. On SQLite`,
    'that was enough, but on PostgreSQL, where an append takes a round trip and a transaction, 2-3% of',
    'commands ran out of attempts (the "previous defaults" row, measured in the same run on a fresh',
    'schema): the first waits were shorter than an append, so the writers kept colliding. Starting the',
    'waits at 4 ms, letting them grow to 250 ms and allowing 16 attempts spreads the writers out',
    'within the first few attempts; the median command still needs one append. The price is in the',
    'tail: a command that loses many races waits longer before it gives up (compare the p95 columns).',
    '',
    measured.filter((f) => f.tuned).every((f) => f.conflicts / f.commands < 0.01)
      ? 'Target met: under 1% of commands end as conflicts on every store at the default settings.'
      : 'Target NOT met: 1% or more of commands ended as conflicts on some store.',
    '',
  ].join('\n');
  writeReport(resolve(ROOT, 'bench-results', 'conflicts.md'), text);
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
