/**
 * Cold starts of a long partnership: a command handler with nothing in memory rehydrating a
 * 20,000-event stream from its first event, against one starting from a snapshot near the head, on
 * SQLite and PostgreSQL. From the repository root:
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register -P tsconfig.json examples/bench/snapshots.bench.ts
 *
 * The stream is the long partnership of the domain's test support (a live partnership, then
 * performance returns submitted and approved), recorded once through the partnership command handler
 * in memory and copied event by event into each store. A snapshot is taken by the handler itself at
 * BENCH_SNAPSHOT_AT (19,500) events; the rest of the stream is appended after it, so a cold start
 * from the snapshot still folds the events since. Each timed run is a fresh handler, on stores each
 * side opened once before its runs, answering one command the partnership refuses, so nothing is
 * written and every run reads the same stream: rehydration, one decision, no append. BENCH_RUNS (3)
 * runs of each side, the two sides alternating after one warm-up each; the report gives medians and
 * spreads, with the load average before and after. BENCH_EVENTS (20000) sets the stream's length,
 * POSTGRES_BENCH_URL the server (default postgres://postgres@127.0.0.1:5432/test; a schema of its
 * own, dropped at the end), BENCH_OUT the report file (default bench-results/snapshots.md).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createInMemoryEventStore } from '@council-partnerships/adapters/memory';
import {
  createPostgresEventStore,
  createPostgresSnapshotStore,
} from '@council-partnerships/adapters/postgres';
import { createSqliteEventStore, createSqliteSnapshotStore } from '@council-partnerships/adapters/sqlite';
import {
  createPartnershipHandler,
  EventStore,
  NewEvent,
  PartnershipCommand,
  PartnershipStateCodec,
  RecordedEvent,
  SnapshotStore,
  SnapshotWarning,
} from '@council-partnerships/domain';
import {
  longPartnershipCommands,
  refusedOnLongPartnership,
} from '@council-partnerships/domain/testing/longPartnership';
import { loadLine, machineLine } from './machine';
import { envNumber, log, median, writeReport } from './report';

const EVENTS = envNumber('BENCH_EVENTS', 20_000);
const SNAPSHOT_AT = envNumber('BENCH_SNAPSHOT_AT', 19_500);
const RUNS = envNumber('BENCH_RUNS', 3);
const POSTGRES = process.env['POSTGRES_BENCH_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const OUT = process.env['BENCH_OUT'] ?? resolve(__dirname, '..', '..', 'bench-results', 'snapshots.md');
const STREAM = 'partnership-spec-partnership';
const TARGET = 10;

const must = <A>(result: { _tag: 'Left'; left: unknown } | { _tag: 'Right'; right: A }): A => {
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left));
  return result.right;
};

/** The long partnership as the handler records it, once, in memory. */
const recordLongPartnership = async (): Promise<RecordedEvent[]> => {
  const store = createInMemoryEventStore();
  const handle = createPartnershipHandler({ store });
  for (const command of longPartnershipCommands(EVENTS)) must(await handle(command));
  return [...must(await store.readStream(STREAM))];
};

const asNew = (e: RecordedEvent): NewEvent => ({
  eventId: e.eventId,
  type: e.type,
  schemaVersion: e.schemaVersion,
  data: e.data,
  occurredAt: e.occurredAt,
  actor: e.actor,
  commandId: e.commandId,
  correlationId: e.correlationId,
  causationId: e.causationId,
});

/** Appends events [from, to) of the partnership in batches of 1,000 with exact expected versions. */
const appendRange = async (store: EventStore, events: readonly RecordedEvent[], from: number, to: number) => {
  for (let v = from; v < to; v += 1000) {
    const batch = events.slice(v, Math.min(to, v + 1000)).map(asNew);
    must(await store.appendToStream(STREAM, batch, { expectedVersion: v === 0 ? 'no_stream' : v }));
  }
};

interface Stores {
  readonly events: EventStore;
  readonly snapshots: SnapshotStore;
}

/**
 * Stores opened once for each side and kept across its runs, as a running service keeps its
 * connections: opening one (its file or connection, its schema check, the statements a connection
 * prepares on first use) is not rehydration. The stores hold no events or state between runs.
 */
const opened = async (open: () => Stores): Promise<Stores> => {
  const stores = open();
  must(await stores.events.readStream(STREAM, { fromVersion: 1, toVersion: 1 }));
  must(await stores.snapshots.readLatest('no-such-stream'));
  return stores;
};

/** One cold start: a fresh handler answering the refused command; milliseconds, and the refusal's code. */
const coldStart = async (stores: Stores, withSnapshots: boolean, command: PartnershipCommand) => {
  const warnings: SnapshotWarning[] = [];
  const handle = createPartnershipHandler({
    store: stores.events,
    ...(withSnapshots ? { snapshots: { store: stores.snapshots, onWarning: (w) => warnings.push(w) } } : {}),
  });
  const start = performance.now();
  const answer = await handle(command);
  const ms = performance.now() - start;
  if (warnings.length > 0) throw new Error(warnings[0]!.message);
  if (answer._tag === 'Right') throw new Error('the command was expected to be refused');
  return { ms, code: answer.left.code };
};

interface Row {
  readonly database: string;
  readonly full: number[];
  readonly snapshot: number[];
  readonly snapshotBytes: number;
  /** The snapshot alone: read from the store and decoded into the state, no events folded. */
  readonly readAndDecode: number[];
}

/** Reads the snapshot and decodes its state, as the handler does before it folds what follows. */
const readAndDecode = async (stores: Stores): Promise<number> => {
  const start = performance.now();
  const held = must(await stores.snapshots.readLatest(STREAM));
  const body = held?.state as { state?: unknown } | undefined;
  must(PartnershipStateCodec.decode(body?.state));
  return performance.now() - start;
};

const measure = async (
  database: string,
  open: () => Stores,
  events: readonly RecordedEvent[],
): Promise<Row> => {
  log(`${database}: appending ${SNAPSHOT_AT} events`);
  const setup = open();
  await appendRange(setup.events, events, 0, SNAPSHOT_AT);
  await Promise.all([setup.events.close(), setup.snapshots.close()]);
  log(`${database}: a handler takes its snapshot at ${SNAPSHOT_AT}`);
  {
    const stores = open();
    const handle = createPartnershipHandler({
      store: stores.events,
      snapshots: { store: stores.snapshots, every: SNAPSHOT_AT },
    });
    const answer = await handle(refusedOnLongPartnership());
    if (answer._tag === 'Right') throw new Error('the command was expected to be refused');
    await Promise.all([stores.events.close(), stores.snapshots.close()]);
  }
  const rest = open();
  await appendRange(rest.events, events, SNAPSHOT_AT, events.length);
  const held = must(await rest.snapshots.readLatest(STREAM));
  if (held === null || held.streamVersion !== SNAPSHOT_AT) throw new Error(`no snapshot at ${SNAPSHOT_AT}`);
  const snapshotBytes = Buffer.byteLength(JSON.stringify(held.state));
  await Promise.all([rest.events.close(), rest.snapshots.close()]);

  const command = refusedOnLongPartnership();
  const full: number[] = [];
  const alone: number[] = [];
  const snapshot: number[] = [];
  const [fromFirst, fromSnapshot] = [await opened(open), await opened(open)];
  // One warm-up of each side, then the sides alternate. Each timed run comes straight after an untimed
  // one of its own side, so that it collects what its own kind of run leaves in the heap: run straight
  // after a cold start from the first event, one from the snapshot spent a third of its time
  // collecting the tens of megabytes that one left (21-27 ms, against 15-18 ms after its own kind).
  for (let run = 0; run <= RUNS; run++) {
    await coldStart(fromFirst, false, command);
    const a = await coldStart(fromFirst, false, command);
    await coldStart(fromSnapshot, true, command);
    const b = await coldStart(fromSnapshot, true, command);
    if (a.code !== b.code) throw new Error(`the two sides decided differently: ${a.code} and ${b.code}`);
    if (run === 0) continue;
    full.push(a.ms);
    snapshot.push(b.ms);
    alone.push(await readAndDecode(fromSnapshot));
    log(
      `${database} run ${run}: from the first event ${a.ms.toFixed(0)} ms, from the snapshot ${b.ms.toFixed(1)} ms`,
    );
  }
  for (const stores of [fromFirst, fromSnapshot])
    await Promise.all([stores.events.close(), stores.snapshots.close()]);
  return { database, full, snapshot, snapshotBytes, readAndDecode: alone };
};

const report = (rows: readonly Row[], before: number[], after: number[], seconds: number): string => {
  const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  const spread = (xs: number[]) => `${ms(Math.min(...xs))}–${ms(Math.max(...xs))}`;
  const lines = rows.map((r) => {
    const ratio = median(r.full) / median(r.snapshot);
    return `| ${r.database} | ${ms(median(r.full))} (${spread(r.full)}) | ${ms(median(r.snapshot))} (${spread(r.snapshot)}) | ${ratio.toFixed(1)}× | ${ratio >= TARGET ? 'yes' : 'no'} | ${(r.snapshotBytes / 1024).toFixed(0)} KiB | ${ms(median(r.readAndDecode))} |`;
  });
  return [
    '# Snapshot benchmark',
    '',
    `A command handler with nothing in memory answers one command on a ${EVENTS.toLocaleString('en-GB')}-event partnership stream:`,
    'rehydrating from the first event, or from the snapshot the handler took at',
    `version ${SNAPSHOT_AT.toLocaleString('en-GB')} (then folding the ${(EVENTS - SNAPSHOT_AT).toLocaleString('en-GB')} events after it). The command is one the partnership`,
    'refuses, so nothing is written and every run reads the same stream. Times are the whole command: the',
    'snapshot read and its checks (the hash of the event it was taken at is read back and compared, the',
    'state decoded by its codec), the fold, the decision. A fresh handler for every run, on stores each side',
    'opened once before its runs and kept, as a running service keeps its connections.',
    '',
    `- Date: ${new Date().toISOString()}`,
    machineLine(),
    loadLine(before, after, 'the ratio is the measure'),
    `- Stream: the live partnership of the test support (14 events), then performance returns submitted and approved; every return stays in the state`,
    `- Runs: median of ${RUNS} per side after one warm-up each, the two sides alternating; spread is lowest–highest`,
    `- Target: from a snapshot at least ${TARGET}× faster than from the first event`,
    '',
    '| database | from the first event, ms | from the snapshot, ms | speed-up | target met | snapshot size | of which snapshot read and decoded, ms |',
    '| --- | ---: | ---: | ---: | :---: | ---: | ---: |',
    ...lines,
    '',
    ...rows.map(
      (r) =>
        `- ${r.database}: first event ${r.full.map(ms).join(', ')} ms; snapshot ${r.snapshot.map(ms).join(', ')} ms`,
    ),
    '',
    `Run: \`npx ts-node --transpile-only -r tsconfig-paths/register -P tsconfig.json examples/bench/snapshots.bench.ts\` (took ${Math.round(seconds)} s).`,
    '',
  ].join('\n');
};

const main = async () => {
  const started = performance.now();
  const before = loadavg();
  log(`recording the long partnership (${EVENTS} events) in memory`);
  const events = await recordLongPartnership();
  if (events.length !== EVENTS) throw new Error(`expected ${EVENTS} events, recorded ${events.length}`);
  const rows: Row[] = [];

  const dir = mkdtempSync(join(tmpdir(), 'council-partnerships-snapshot-bench-'));
  try {
    const filename = join(dir, 'events.sqlite');
    rows.push(
      await measure(
        'SQLite',
        () => ({
          events: createSqliteEventStore({ filename, synchronous: 'NORMAL' }),
          snapshots: createSqliteSnapshotStore({ filename }),
        }),
        events,
      ),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const schema = `bench_snapshots_${randomBytes(4).toString('hex')}`;
  try {
    rows.push(
      await measure(
        'PostgreSQL',
        () => ({
          events: must(createPostgresEventStore({ connectionString: POSTGRES, schema, poolSize: 2 })),
          snapshots: must(createPostgresSnapshotStore({ connectionString: POSTGRES, schema })),
        }),
        events,
      ),
    );
  } finally {
    const client = new Client({ connectionString: POSTGRES });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }

  const text = report(rows, before, loadavg(), (performance.now() - started) / 1000);
  writeReport(OUT, text);
};

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
