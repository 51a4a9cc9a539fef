/**
 * Rehydrating the largest simulated partnership, and rebuilding every read model from 1,000,000
 * events on SQLite and PostgreSQL, each next to the bare driver reading and JSON-parsing the same
 * rows in the same run. Run from the repository root:
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register -P tsconfig.json examples/bench/rebuild.bench.ts
 *
 * Writes bench-results/rebuild.md. Environment: BENCH_EVENTS (default 1000000), BENCH_REPS (rebuild
 * repetitions, default 3), BENCH_RAW_REPS (default 3), BENCH_CAP_SECONDS (a rebuild still running after
 * this long is stopped and reported as such, default 120), BENCH_HEAP_MB (each case's Node heap limit,
 * default 256; `default` for Node's own), POSTGRES_BENCH_URL (default
 * postgres://postgres@127.0.0.1:5432/test), BENCH_SKIP_POSTGRES=1.
 *
 * Each timed case runs in a child process of its own, so that its peak resident memory (the kernel's
 * max RSS) is its own and one case's garbage cannot slow the next.
 */
import Database from 'better-sqlite3';
import { Either, right } from 'fp-ts/Either';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { uuidV7 } from '@council-partnerships/adapters';
import { createPostgresEventStore } from '@council-partnerships/adapters/postgres';
import { createSqliteEventStore } from '@council-partnerships/adapters/sqlite';
import {
  aggregateStream,
  createPartnershipDecider,
  defaultCouncilPolicy,
  EventStore,
  GlobalLogPage,
  LoggedEvent,
  NewEvent,
  partnershipEventRegistry,
  partnershipStreamId,
  ReadAllOptions,
  readAllForProjection,
  ReadError,
  RecordedEvent,
} from '@council-partnerships/domain';
import {
  auditSummaryProjection,
  auditTimelineProjection,
  combineProjections,
  contractValueProjection,
  partnershipReadModels,
  performanceProjection,
  rebuildProjection,
  registerFactsProjection,
  streamAuditTimeline,
} from '@council-partnerships/projections';
import { runSimulation } from '../src/simulator/harness';
import { LARGEST } from '../src/simulator/shape';
import { removeSqliteFile } from '../src/support/store';
import { machineLine } from './machine';
import { log, median, writeReport } from './report';

const ROOT = resolve(__dirname, '..', '..');
// Scratch files live outside the repository, in a directory of this run's own (two runs at once must
// not share files), removed when the run ends.
let DATA = '';
const scratch = (name: string) => join(DATA, name);
const POSTGRES = process.env['POSTGRES_BENCH_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 1_000_000);
// Three of each by default: the lines are medians of at least three runs.
const REBUILD_REPS = Number(process.env['BENCH_REPS'] ?? 3);
const RAW_REPS = Math.max(Number(process.env['BENCH_RAW_REPS'] ?? 3), REBUILD_REPS);
const PAGE = 1000;
/** The rebuild's rate against the bare driver's that counts as met. */
const TARGET_RATIO = 0.7;
const TEMPLATE_SEEDS = [1, 2, 3];

const READ_MODELS = {
  'contract value': contractValueProjection,
  'register facts': registerFactsProjection,
  performance: performanceProjection,
  'audit summary': auditSummaryProjection,
  'audit timeline held in memory': auditTimelineProjection,
};

/**
 * Every read model a council keeps, folded together in one pass: contract value, the register's
 * facts, performance, and the audit summary. The audit timeline itself (one entry per event) is not
 * held: over a long log it is streamed page by page (`streamAuditTimeline`), timed as its own case.
 */
const everyReadModel = combineProjections({
  name: 'bench-every-read-model',
  version: 1,
  registry: partnershipEventRegistry,
  parts: { ...partnershipReadModels, audit: auditSummaryProjection },
});

interface CaseResult {
  readonly events: number;
  readonly seconds: number;
  /** Peak resident memory of the whole child process (the kernel's max RSS). */
  readonly peakRssMb: number;
  /** Resident memory once the modules were loaded, before the case began. */
  readonly startRssMb: number;
  /** False when the case was stopped at the time cap before reaching the end of the log. */
  readonly completed: boolean;
  /** Events read and seconds elapsed at each 100,000 events: how the rate holds up as state grows. */
  readonly curve: readonly { readonly events: number; readonly seconds: number; readonly rssMb: number }[];
  /** Heap in use after a full collection at the end, with what the case built still held. */
  readonly liveHeapMb: number | null;
}

const rssMb = () => process.memoryUsage().rss / 1048576;
const peakMb = () => process.resourceUsage().maxRSS / 1024;

// ------------------------------------------------------------------------------------------ cases
// Each runs in its own process: `rebuild.bench.ts --case <name> <args>` prints one JSON CaseResult.

const CAP_SECONDS = Number(process.env['BENCH_CAP_SECONDS'] ?? 120);
/**
 * Node's heap limit for each timed case, library and raw alike, in MB (BENCH_HEAP_MB, default 256;
 * `default` leaves Node's own, about 4 GB here). Under the limit a rebuild that held the log would fail;
 * without it V8 collects lazily and peak RSS says more about its heuristics than about what is kept.
 */
const HEAP_MB = process.env['BENCH_HEAP_MB'] ?? '256';
const HEAP_FLAGS = [
  '--expose-gc',
  ...(HEAP_MB === 'default' ? [] : [`--max-old-space-size=${Number(HEAP_MB)}`]),
];

/** Progress of the running case, kept by `capped` as pages go by. */
const progress = {
  liveHeapMb: null as number | null,
  started: 0n,
  read: 0,
  stopped: false,
  curve: [] as { events: number; seconds: number; rssMb: number }[],
};
const elapsed = () => Number(process.hrtime.bigint() - progress.started) / 1e9;

/** Notes the live heap while the caller still holds what it built (children run with --expose-gc). */
const noteLiveHeap = () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return;
  gc();
  progress.liveHeapMb = process.memoryUsage().heapUsed / 1048576;
};

const timed = async (work: () => number | Promise<number>): Promise<CaseResult> => {
  const startRssMb = rssMb();
  progress.started = process.hrtime.bigint();
  const events = await work();
  const seconds = elapsed();
  return {
    events,
    seconds,
    peakRssMb: peakMb(),
    startRssMb,
    completed: !progress.stopped,
    curve: progress.curve,
    liveHeapMb: progress.liveHeapMb,
  };
};

/**
 * The store as the rebuild sees it, with a stopwatch on both reads of the log (whole rows, and the
 * lean read the read models use): it notes the rate every 100,000 events and, past the time cap,
 * reports the end of the log so the rebuild stops cleanly with what it has folded.
 */
const capped = (store: EventStore): EventStore => {
  const timedRead =
    <Page extends GlobalLogPage<LoggedEvent>>(
      read: (options?: ReadAllOptions) => Promise<Either<ReadError, Page>>,
    ): ((options?: ReadAllOptions) => Promise<Either<ReadError, Page>>) =>
    async (options) => {
      if (elapsed() > CAP_SECONDS) {
        progress.stopped = true;
        return right({ events: [], checkpoint: options?.after ?? null, isEndOfLog: true } as unknown as Page);
      }
      const page = await read(options);
      if (page._tag === 'Right') {
        const before = progress.read;
        progress.read += page.right.events.length;
        if (Math.floor(progress.read / 100_000) > Math.floor(before / 100_000)) {
          progress.curve.push({ events: progress.read, seconds: elapsed(), rssMb: rssMb() });
        }
      }
      return page;
    };
  return {
    ...store,
    readAll: timedRead((options) => store.readAll(options)),
    readAllForProjection: timedRead((options) => readAllForProjection(store, options)),
  };
};

/** Runs `work` once to warm up and then `REHYDRATIONS` times; the result is the median run. */
const REHYDRATIONS = 7;
const repeated = async (work: () => number | Promise<number>): Promise<CaseResult> => {
  const startRssMb = rssMb();
  const seconds: number[] = [];
  let events = 0;
  for (let i = 0; i <= REHYDRATIONS; i++) {
    const started = process.hrtime.bigint();
    events = await work();
    if (i > 0) seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  return {
    events,
    seconds: median(seconds),
    peakRssMb: peakMb(),
    startRssMb,
    completed: true,
    curve: [],
    liveHeapMb: null,
  };
};

/** Rehydrates one partnership through the library: readStream, decode and upcast, evolve. */
const rehydrateWith = (store: EventStore, partnershipId: string) => {
  const decider = createPartnershipDecider(defaultCouncilPolicy);
  return repeated(async () => {
    const folded = await aggregateStream(
      store,
      partnershipEventRegistry,
      decider,
      partnershipStreamId(partnershipId),
    );
    if (folded._tag === 'Left') throw new Error(folded.left.message);
    return folded.right.version;
  });
};

const cases: Record<string, (args: string[]) => Promise<CaseResult>> = {
  /** Rehydration, each in a process of its own so that its peak memory is its own. */
  'rehydrate-sqlite': async ([file, partnershipId]) => {
    const store = createSqliteEventStore({ filename: file! });
    const result = await rehydrateWith(store, partnershipId!);
    await store.close();
    return result;
  },
  'rehydrate-raw-sqlite': async ([file, partnershipId]) => {
    const db = new Database(file, { readonly: true });
    const stmt = db.prepare('SELECT * FROM events WHERE stream_id = ? ORDER BY stream_version');
    const result = await repeated(() => {
      const rows = stmt.all(partnershipStreamId(partnershipId!)) as { data: string; actor: string }[];
      for (const row of rows) {
        JSON.parse(row.data);
        JSON.parse(row.actor);
      }
      return rows.length;
    });
    db.close();
    return result;
  },
  'rehydrate-postgres': async ([url, schema, partnershipId]) => {
    const created = createPostgresEventStore({ connectionString: url!, schema: schema!, poolSize: 2 });
    if (created._tag === 'Left') throw new Error(created.left.message);
    const result = await rehydrateWith(created.right, partnershipId!);
    await created.right.close();
    return result;
  },
  'rehydrate-raw-postgres': async ([url, schema, partnershipId]) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    const result = await repeated(async () => {
      const { rows } = await client.query(
        `SELECT position, transaction_id::text AS transaction_id, event_id, stream_id, stream_version, event_type,
           schema_version, data, actor, occurred_at, recorded_at, command_id, correlation_id, causation_id,
           previous_hash, hash
         FROM "${schema}".events WHERE stream_id = $1 ORDER BY stream_version`,
        [partnershipStreamId(partnershipId!)],
      );
      return rows.length;
    });
    await client.end();
    return result;
  },
  /** The bare driver: keyset pages of the events table, data and actor parsed from JSON text. */
  'raw-sqlite': async ([file]) =>
    timed(() => {
      const db = new Database(file, { readonly: true });
      const page = db.prepare(
        'SELECT * FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?',
      );
      let after = 0;
      let n = 0;
      for (;;) {
        const rows = page.all(after, PAGE) as { global_position: number; data: string; actor: string }[];
        if (rows.length === 0) break;
        for (const row of rows) {
          JSON.parse(row.data);
          JSON.parse(row.actor);
          n += 1;
        }
        after = rows[rows.length - 1]!.global_position;
      }
      db.close();
      return n;
    }),
  'rebuild-sqlite': async ([file]) =>
    timed(async () => {
      const store = createSqliteEventStore({ filename: file! });
      const folded = await rebuildProjection(capped(store), everyReadModel, { pageSize: PAGE });
      await store.close();
      if (folded._tag === 'Left') throw new Error(folded.left.message);
      noteLiveHeap();
      return folded.right.eventsApplied;
    }),
  /** The whole audit timeline, entry by entry, handed on a page at a time (counted, not kept). */
  'timeline-sqlite': async ([file]) =>
    timed(async () => {
      const store = createSqliteEventStore({ filename: file! });
      let n = 0;
      const streamed = await streamAuditTimeline(capped(store), {}, (entries) => void (n += entries.length), {
        pageSize: PAGE,
      });
      await store.close();
      if (streamed._tag === 'Left') throw new Error(streamed.left.message);
      return n;
    }),
  'timeline-postgres': async ([url, schema]) =>
    timed(async () => {
      const created = createPostgresEventStore({ connectionString: url!, schema: schema!, poolSize: 2 });
      if (created._tag === 'Left') throw new Error(created.left.message);
      let n = 0;
      const streamed = await streamAuditTimeline(
        capped(created.right),
        {},
        (entries) => void (n += entries.length),
        {
          pageSize: PAGE,
        },
      );
      await created.right.close();
      if (streamed._tag === 'Left') throw new Error(streamed.left.message);
      return n;
    }),
  /** One read model alone, to see where the time and memory of the combined rebuild go. */
  'rebuild-one-sqlite': async ([file, part]) =>
    timed(async () => {
      const projection = READ_MODELS[part as keyof typeof READ_MODELS];
      const store = createSqliteEventStore({ filename: file! });
      const folded = await rebuildProjection(store, projection as typeof contractValueProjection, {
        pageSize: PAGE,
      });
      await store.close();
      if (folded._tag === 'Left') throw new Error(folded.left.message);
      return folded.right.eventsApplied;
    }),
  /** The bare driver: keyset pages in the store's log order; pg parses jsonb columns into objects. */
  'raw-postgres': async ([url, schema]) =>
    timed(async () => {
      const client = new Client({ connectionString: url });
      await client.connect();
      let tx = '0';
      let position = '0';
      let n = 0;
      for (;;) {
        const { rows } = await client.query<{ transaction_id: string; position: string }>(
          // Columns qualified with the table: an unqualified ORDER BY transaction_id would sort by the
          // text alias below, defeating the primary-key index.
          `SELECT e.position, e.transaction_id::text AS transaction_id, e.event_id, e.stream_id, e.stream_version,
             e.event_type, e.schema_version, e.data, e.actor, e.occurred_at, e.recorded_at, e.command_id,
             e.correlation_id, e.causation_id, e.previous_hash, e.hash
           FROM "${schema}".events e WHERE (e.transaction_id, e.position) > ($1::xid8, $2::bigint)
           ORDER BY e.transaction_id, e.position LIMIT $3`,
          [tx, position, PAGE],
        );
        if (rows.length === 0) break;
        n += rows.length;
        const last = rows[rows.length - 1]!;
        tx = last.transaction_id;
        position = String(last.position);
      }
      await client.end();
      return n;
    }),
  'rebuild-postgres': async ([url, schema]) =>
    timed(async () => {
      const created = createPostgresEventStore({ connectionString: url!, schema: schema!, poolSize: 2 });
      if (created._tag === 'Left') throw new Error(created.left.message);
      const folded = await rebuildProjection(capped(created.right), everyReadModel, { pageSize: PAGE });
      await created.right.close();
      if (folded._tag === 'Left') throw new Error(folded.left.message);
      noteLiveHeap();
      return folded.right.eventsApplied;
    }),
};

/**
 * The cases run as plain JavaScript, compiled once per run: under ts-node every child would carry the
 * TypeScript compiler in memory (about 100 MB) and spend seconds compiling before its case began.
 */
const compiled = () => scratch('js');
const PACKAGES = [
  'packages/domain',
  'packages/adapters',
  'packages/projections',
  'packages/cli',
  'packages/seeds',
  'examples',
];

const compileCases = (): string | null => {
  rmSync(compiled(), { recursive: true, force: true });
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  spawnSync(
    process.execPath,
    [
      tsc,
      '-p',
      join(ROOT, 'tsconfig.json'),
      '--noEmit',
      'false',
      '--outDir',
      compiled(),
      '--rootDir',
      ROOT,
      '--declaration',
      'false',
      '--declarationMap',
      'false',
      '--sourceMap',
      'false',
      '--incremental',
      'false',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const entry = join(compiled(), 'examples', 'bench', 'rebuild.bench.js');
  if (!existsSync(entry)) return null;
  // Each compiled package finds its dependencies where pnpm installed them.
  for (const pkg of PACKAGES) {
    const link = join(compiled(), pkg, 'node_modules');
    if (existsSync(join(compiled(), pkg)) && !existsSync(link))
      symlinkSync(join(ROOT, pkg, 'node_modules'), link, 'dir');
  }
  const name = (pkg: string) => `@council-partnerships/${pkg.split('/')[1]}`;
  const paths = Object.fromEntries(
    PACKAGES.filter((p) => p.startsWith('packages/')).flatMap((p) => [
      [name(p), [`${p}/src/index.js`]],
      [`${name(p)}/*`, [`${p}/src/*`]],
    ]),
  );
  writeFileSync(
    join(compiled(), 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { baseUrl: '.', paths } }),
  );
  return entry;
};

let compiledEntry: string | null = null;

const runCase = (name: string, ...args: string[]): CaseResult => {
  const register = require.resolve('tsconfig-paths/register', { paths: [__dirname] });
  const [program, project] =
    compiledEntry === null
      ? [['-r', 'ts-node/register/transpile-only', '-r', register, __filename], join(ROOT, 'tsconfig.json')]
      : [['-r', register, compiledEntry], join(compiled(), 'tsconfig.json')];
  const child = spawnSync(process.execPath, [...HEAP_FLAGS, ...program, '--case', name, ...args], {
    cwd: ROOT,
    env: { ...process.env, TS_NODE_PROJECT: project },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`case ${name} failed: ${child.stderr}`);
  const last = child.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as CaseResult;
};

// ------------------------------------------------------------------------------------ generation

/** Simulates the template partnerships through the command handler into one SQLite file. */
const simulateTemplates = async () => {
  const started = process.hrtime.bigint();
  let events = 0;
  let commands = 0;
  for (const seed of TEMPLATE_SEEDS) {
    const file = scratch(`template-${seed}.sqlite`);
    const run = await runSimulation(
      seed,
      { ...LARGEST, startYear: LARGEST.startYear - seed + 1 },
      { kind: 'sqlite', filename: file },
    );
    if (run.report.unexpected.length > 0)
      throw new Error(`seed ${seed}: ${run.report.unexpected[0]?.message}`);
    events += run.report.eventsRecorded;
    commands += run.report.commandsSent;
    await run.store.close();
  }
  return { events, commands, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
};

const readStreamOf = async (store: EventStore, partnershipId: string): Promise<RecordedEvent[]> => {
  const read = await store.readStream(partnershipStreamId(partnershipId));
  if (read._tag === 'Left') throw new Error(read.left.message);
  return [...read.right];
};

/** A template's events as new events of another partnership: same facts, new ids, same order. */
const cloneAs = (events: readonly RecordedEvent[], partnershipId: string, from: string): NewEvent[] =>
  events.map((e) => ({
    eventId: uuidV7(),
    type: e.type,
    schemaVersion: e.schemaVersion,
    data: { ...e.data, partnershipId },
    occurredAt: e.occurredAt,
    actor: e.actor,
    commandId: e.commandId.replace(from, partnershipId),
    correlationId: e.correlationId.replace(from, partnershipId),
    causationId: e.causationId === null ? null : e.causationId.replace(from, partnershipId),
  }));

/**
 * Fills a store to `EVENTS` events: the templates as the handler recorded them (copy 0), then copies
 * of them as further partnerships, each appended through the store in batches of up to 1000 events
 * with the exact expected version (so the store validates, chains and hashes every one).
 */
const fill = async (
  store: EventStore,
  templates: readonly { id: string; events: RecordedEvent[] }[],
  total = EVENTS,
) => {
  const started = process.hrtime.bigint();
  let written = 0;
  let copy = 0;
  while (written < total) {
    for (const t of templates) {
      if (written >= total) break;
      const id = copy === 0 ? t.id : `${t.id}-copy-${copy}`;
      const events = cloneAs(t.events.slice(0, total - written), id, t.id);
      for (let i = 0; i < events.length; i += 1000) {
        const batch = events.slice(i, i + 1000);
        const appended = await store.appendToStream(partnershipStreamId(id), batch, {
          expectedVersion: i === 0 ? 'no_stream' : i,
        });
        if (appended._tag === 'Left') throw new Error(appended.left.message);
      }
      written += events.length;
    }
    copy += 1;
    if (copy % 50 === 0) log(`  ${store.name}: ${written} events`);
  }
  return {
    events: written,
    partnerships: copy * templates.length,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
};

// ------------------------------------------------------------------------------------------ main

interface Row {
  database: string;
  case: string;
  events: number;
  libraryRate: number;
  rawRate: number;
  libraryPeakMb: number | null;
  rawPeakMb: number | null;
  libraryStartMb: number | null;
  libraryLiveMb: number | null;
  note: string;
}

const rebuildCases = (
  database: string,
  raw: () => CaseResult,
  measured: readonly { label: string; run: () => CaseResult }[],
): Row[] => {
  const raws: CaseResult[] = [];
  const results = measured.map(() => [] as CaseResult[]);
  for (let i = 0; i < RAW_REPS; i++) {
    log(`  ${database}: raw read ${i + 1}/${RAW_REPS}`);
    raws.push(raw());
    if (i >= REBUILD_REPS) continue;
    for (const [k, m] of measured.entries()) {
      log(`  ${database}: ${m.label} ${i + 1}/${REBUILD_REPS}`);
      const result = m.run();
      results[k]!.push(result);
      log(
        `    ${Math.round(result.events / result.seconds)} events/s, peak ${result.peakRssMb.toFixed(0)} MB`,
      );
    }
  }
  const rawRate = median(raws.map((r) => r.events / r.seconds));
  return measured.map((m, k) => {
    const runs = results[k]!;
    const first = runs[0]!;
    const stopped = runs.some((r) => !r.completed);
    const curve = first.curve
      .map(
        (c) =>
          `${(c.events / 1000).toFixed(0)}k in ${c.seconds.toFixed(0)} s (${Math.round(c.events / c.seconds).toLocaleString('en-GB')}/s, ${c.rssMb.toFixed(0)} MB)`,
      )
      .join('; ');
    return {
      database,
      case:
        `${m.label}: ${EVENTS.toLocaleString('en-GB')} events, pages of ${PAGE}` +
        (stopped
          ? ` — stopped at the ${CAP_SECONDS} s cap after ${first.events.toLocaleString('en-GB')} events`
          : ''),
      events: first.events,
      libraryRate: median(runs.map((r) => r.events / r.seconds)),
      rawRate,
      libraryPeakMb: Math.max(...runs.map((r) => r.peakRssMb)),
      rawPeakMb: Math.max(...raws.map((r) => r.peakRssMb)),
      libraryStartMb: median(runs.map((r) => r.startRssMb)),
      libraryLiveMb: first.liveHeapMb,
      note: `${m.label}: median of ${REBUILD_REPS} run(s) against ${RAW_REPS} raw reads of all ${EVENTS.toLocaleString('en-GB')} events; progress: ${curve || 'under 100k events'}`,
    };
  });
};

/** A row comparing one library case with its raw case, both run as processes of their own. */
const comparedRow = (
  database: string,
  label: string,
  library: CaseResult,
  raw: CaseResult,
  note = '',
): Row => ({
  database,
  case: label,
  events: library.events,
  libraryRate: library.events / library.seconds,
  rawRate: raw.events / raw.seconds,
  libraryPeakMb: library.peakRssMb,
  rawPeakMb: raw.peakRssMb,
  libraryStartMb: null,
  libraryLiveMb: null,
  note,
});

const rehydrationRow = (database: string, library: CaseResult, raw: CaseResult): Row => {
  if (library.events !== raw.events)
    throw new Error(`raw read ${raw.events} rows, the store ${library.events}`);
  return comparedRow(
    database,
    `rehydrate the largest simulated partnership (${library.events} events: read, decode, fold with evolve)`,
    library,
    raw,
    `median of ${REHYDRATIONS} after a warm-up, each side in a process of its own; ${(library.seconds * 1000).toFixed(0)} ms per rehydration, raw ${(raw.seconds * 1000).toFixed(1)} ms`,
  );
};

const REBUILD_LABEL =
  'rebuild every read model in one pass (contract value, register facts, performance, audit summary)';
const TIMELINE_LABEL = 'stream the audit timeline (every entry, a page at a time)';

/** What a run leaves behind until it ends: dropped on a normal end, an error, or Ctrl-C. */
let schemaToDrop: string | null = null;
const cleanUp = async () => {
  if (DATA !== '') rmSync(DATA, { recursive: true, force: true });
  if (schemaToDrop !== null) {
    const client = new Client({ connectionString: POSTGRES });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schemaToDrop}" CASCADE`);
    await client.end();
    schemaToDrop = null;
  }
};

const main = async () => {
  const benchStarted = process.hrtime.bigint();
  DATA = mkdtempSync(join(tmpdir(), 'council-partnerships-rebuild-bench-'));
  const rows: Row[] = [];
  const notes: string[] = [];

  log('compiling the cases to JavaScript');
  compiledEntry = compileCases();
  notes.push(
    compiledEntry === null
      ? 'Cases ran under ts-node (compiling to JavaScript failed): peak memory includes the TypeScript compiler.'
      : "Each timed case ran in a fresh Node process of compiled JavaScript; peak RSS is that process's own (getrusage max RSS).",
  );
  log('simulating the template partnerships through the command handler (10 years of monthly returns each)');
  const templatesRun = await simulateTemplates();
  notes.push(
    `Templates: ${TEMPLATE_SEEDS.length} partnerships of the largest shape (10 years, 3 modules, 2 expansions, monthly returns and open-book claims), ` +
      `${templatesRun.commands} commands through the partnership command handler, ${templatesRun.events} events, ${templatesRun.seconds.toFixed(1)} s ` +
      "(SQLite; the command handler keeps each partnership's folded state between commands).",
  );
  const templates: { id: string; events: RecordedEvent[] }[] = [];
  for (const seed of TEMPLATE_SEEDS) {
    const store = createSqliteEventStore({ filename: scratch(`template-${seed}.sqlite`) });
    templates.push({ id: `simulated-${seed}`, events: await readStreamOf(store, `simulated-${seed}`) });
    await store.close();
  }
  const largest = templates.reduce((a, b) => (b.events.length > a.events.length ? b : a));

  // Rehydration on SQLite: the template file as the handler wrote it.
  log(`rehydrating ${largest.id} (${largest.events.length} events) on SQLite`);
  {
    const file = scratch(`template-${largest.id.split('-')[1]}.sqlite`);
    rows.push(
      rehydrationRow(
        'SQLite',
        runCase('rehydrate-sqlite', file, largest.id),
        runCase('rehydrate-raw-sqlite', file, largest.id),
      ),
    );
  }

  // One million events on SQLite.
  log(`filling ${scratch('rebuild.sqlite')} to ${EVENTS} events`);
  removeSqliteFile(scratch('rebuild.sqlite'));
  {
    const store = createSqliteEventStore({ filename: scratch('rebuild.sqlite'), synchronous: 'NORMAL' });
    const filled = await fill(store, templates);
    await store.close();
    notes.push(
      `SQLite fill: ${filled.events} events as ${filled.partnerships} partnerships in ${filled.seconds.toFixed(0)} s ` +
        `(${Math.round(filled.events / filled.seconds)} events/s through appendToStream, batches of up to 1000).`,
    );
  }
  log('SQLite cases');
  rows.push(
    ...rebuildCases('SQLite', () => runCase('raw-sqlite', scratch('rebuild.sqlite')), [
      { label: REBUILD_LABEL, run: () => runCase('rebuild-sqlite', scratch('rebuild.sqlite')) },
      { label: TIMELINE_LABEL, run: () => runCase('timeline-sqlite', scratch('rebuild.sqlite')) },
    ]),
  );

  // Where the time and memory go: each read model alone, over a smaller log of the same events.
  const SAMPLE = Math.min(EVENTS, 50_000);
  const sampleFile = scratch('sample.sqlite');
  removeSqliteFile(sampleFile);
  {
    const store = createSqliteEventStore({ filename: sampleFile, synchronous: 'NORMAL' });
    await fill(store, templates, SAMPLE);
    await store.close();
  }
  const raw = runCase('raw-sqlite', sampleFile);
  for (const part of Object.keys(READ_MODELS)) {
    log(`  SQLite: ${part} alone over ${SAMPLE} events`);
    const one = runCase('rebuild-one-sqlite', sampleFile, part);
    rows.push(
      comparedRow('SQLite', `profile: ${part} alone, ${SAMPLE.toLocaleString('en-GB')} events`, one, raw),
    );
  }

  if (process.env['BENCH_SKIP_POSTGRES'] !== '1') {
    const schema = `bench_rebuild_${randomBytes(4).toString('hex')}`;
    schemaToDrop = schema;
    const created = createPostgresEventStore({ connectionString: POSTGRES, schema });
    if (created._tag === 'Left') throw new Error(created.left.message);
    const store = created.right;
    try {
      const migrated = await store.migrate();
      if (migrated._tag === 'Left') throw new Error(migrated.left.message);
      log(`filling PostgreSQL schema ${schema} to ${EVENTS} events`);
      const filled = await fill(store, templates);
      notes.push(
        `PostgreSQL fill: ${filled.events} events in ${filled.seconds.toFixed(0)} s ` +
          `(${Math.round(filled.events / filled.seconds)} events/s through appendToStream), schema ${schema}, dropped afterwards.`,
      );
      log(`rehydrating ${largest.id} on PostgreSQL`);
      rows.push(
        rehydrationRow(
          'PostgreSQL',
          runCase('rehydrate-postgres', POSTGRES, schema, largest.id),
          runCase('rehydrate-raw-postgres', POSTGRES, schema, largest.id),
        ),
      );
      log('PostgreSQL cases');
      rows.push(
        ...rebuildCases('PostgreSQL', () => runCase('raw-postgres', POSTGRES, schema), [
          { label: REBUILD_LABEL, run: () => runCase('rebuild-postgres', POSTGRES, schema) },
          { label: TIMELINE_LABEL, run: () => runCase('timeline-postgres', POSTGRES, schema) },
        ]),
      );
    } finally {
      await store.close();
      await cleanUp();
    }
  }

  rmSync(DATA, { recursive: true, force: true });
  const totalSeconds = Number(process.hrtime.bigint() - benchStarted) / 1e9;
  const report = renderReport(rows, notes, totalSeconds);
  writeReport(join(ROOT, 'bench-results', 'rebuild.md'), report);
};

const renderReport = (rows: readonly Row[], notes: readonly string[], totalSeconds: number): string => {
  const rate = (n: number) => Math.round(n).toLocaleString('en-GB');
  const mb = (n: number | null) => (n === null ? '–' : n.toFixed(0));
  const lines = [
    '# Rebuild benchmark',
    '',
    'The library against the bare driver reading and JSON-parsing the same rows, in the same run. "Library" is',
    "`aggregateStream` (rehydration: the store's readStream, the registry's upcast and decode of every event, the",
    "decider's evolve); `rebuildProjection` over the read models combined in one pass (the store's readAll in pages,",
    'decode, and the contract value, register facts, performance and audit summary reducers); or `streamAuditTimeline`',
    '(every audit entry built and handed on a page at a time, not held). "Raw" is the driver alone: a keyset-paged',
    'SELECT of the same rows with the JSON columns parsed. The profile rows fold one read model alone over a smaller',
    'log of the same events, including the audit timeline held in memory (one entry per event).',
    '',
    `- Date: ${new Date().toISOString()}`,
    machineLine(),
    `- Load average when the run ended: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')} (the machine is shared; ratios are the measure)`,
    `- Targets: rebuild at least ${TARGET_RATIO * 100}% of the raw rate; peak memory under 300 MB`,
    HEAP_MB === 'default'
      ? "- Each timed case ran with Node's own heap limit."
      : `- Each timed case ran with Node's heap limit at ${Number(HEAP_MB)} MB (\`--max-old-space-size\`, BENCH_HEAP_MB), library and raw alike: a fold that held the log would fail there, and peak RSS shows what a case needs rather than how lazily V8 collects when it may grow to gigabytes.`,
    '',
    '| database | case | library (events/s) | raw driver (events/s) | library / raw | peak RSS, library (MB) | peak RSS, raw (MB) | target met |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | :---: |',
    ...rows.map((r) => {
      const ratio = r.libraryRate / r.rawRate;
      const met =
        // The targets are the rebuild's; rehydration and the profiles are reported beside them.
        r.libraryPeakMb === null || r.case.startsWith('profile') || r.case.startsWith('rehydrate')
          ? '–'
          : ratio >= TARGET_RATIO && r.libraryPeakMb < 300
            ? 'yes'
            : ratio >= TARGET_RATIO
              ? 'rate yes, memory no'
              : r.libraryPeakMb < 300
                ? 'memory yes, rate no'
                : 'no';
      return `| ${r.database} | ${r.case} | ${rate(r.libraryRate)} | ${rate(r.rawRate)} | ${(ratio * 100).toFixed(0)}% | ${mb(r.libraryPeakMb)} | ${mb(r.rawPeakMb)} | ${met} |`;
    }),
    '',
    ...rows
      .filter((r) => r.libraryStartMb !== null)
      .map(
        (r) =>
          `- ${r.database} rebuild: ${r.note}; the process held ${mb(r.libraryStartMb)} MB before the rebuild began (Node and the libraries loaded)` +
          (r.libraryLiveMb === null
            ? '.'
            : `; live heap after a full collection at the end, read models held: ${mb(r.libraryLiveMb)} MB.`),
      ),
    ...rows
      .filter((r) => r.case.startsWith('rehydrate'))
      .map((r) => `- ${r.database} rehydration: ${r.note}.`),
    ...notes.map((n) => `- ${n}`),
    '',
    `Run: \`npx ts-node --transpile-only -r tsconfig-paths/register -P tsconfig.json examples/bench/rebuild.bench.ts\` (took ${totalSeconds.toFixed(0)} s).`,
    '',
  ];
  return lines.join('\n');
};

const caseIndex = process.argv.indexOf('--case');
if (caseIndex >= 0) {
  const name = process.argv[caseIndex + 1] ?? '';
  const work = cases[name];
  if (work === undefined) throw new Error(`no case ${name}`);
  void work(process.argv.slice(caseIndex + 2)).then((result) =>
    process.stdout.write(JSON.stringify(result) + '\n'),
  );
} else {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  }
  void main().catch(async (error: unknown) => {
    console.error(error);
    await cleanUp();
    process.exitCode = 1;
  });
}
