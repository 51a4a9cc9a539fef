/**
 * Verifying a 1,000,000-event log against a signed checkpoint, next to the raw SHA-256 rate over the
 * same bytes in the same run. Run from the repository root:
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register -P tsconfig.json examples/bench/checkpoint.bench.ts
 *
 * Writes bench-results/checkpoint.md. Environment: BENCH_EVENTS (default 1000000), BENCH_RUNS (runs of
 * each side, interleaved, default 5).
 *
 * Two cases, each timed as library against raw, alternately, and reported as medians:
 * - "tree": the Merkle tree over the log's leaves (each event's global position and stored hash, as
 *   hex from the store), its root compared with the checkpoint's and the checkpoint's signature
 *   checked; raw is one SHA-256 call per event over the same 40 leaf bytes, each already in a buffer.
 * - "content": what `verify --checkpoint` does per event: recompute the event's hash from its content
 *   (canonical JSON of the envelope), make its leaf, add it to the tree; raw is one SHA-256 call per
 *   event over the same canonical envelope bytes, already encoded.
 * The events are in memory: reading them from a database is the same for both sides and is measured
 * by the rebuild benchmark.
 */
import * as crypto from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import {
  canonicalEnvelope,
  canonicalJson,
  chainEvents,
  hashEvent,
  openCheckpoint,
  RecordedEvent,
  signCheckpoint,
  TreeHeadBuilder,
} from '@council-partnerships/domain';
import { sampleEvents } from '@council-partnerships/domain/testing';

const ROOT = resolve(__dirname, '..', '..');
const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 1_000_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const ORIGIN = 'council.example/partnerships';

const log = (message: string) =>
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const seconds = (work: () => void): number => {
  const started = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - started) / 1e9;
};
/** The fastest one-shot SHA-256 Node offers: a digest returned as a string costs less than a Buffer. */
const sha256 = (data: Uint8Array): string => crypto.hash('sha256', data, 'binary');

const keys = crypto.generateKeyPairSync('ed25519');

/** Signs the checkpoint the verification is against (outside the timing). */
const checkpointOf = (root: Buffer, size: number): string => {
  const note = signCheckpoint({ origin: ORIGIN, size, rootHash: root }, keys.privateKey);
  if (note._tag === 'Left') throw new Error(note.left.message);
  return note.right;
};

/** The library's verification: leaves into the tree, root against the checkpoint, the signature checked. */
const verifyAgainst = (note: string, addLeaves: (builder: TreeHeadBuilder) => void): void => {
  const opened = openCheckpoint(note, keys.publicKey);
  if (opened._tag === 'Left') throw new Error(opened.left.message);
  const builder = new TreeHeadBuilder();
  addLeaves(builder);
  if (builder.size !== opened.right.size || !builder.root().equals(opened.right.rootHash)) {
    throw new Error('the benchmark log does not match its own checkpoint');
  }
};

interface Measured {
  readonly name: string;
  readonly library: number[];
  readonly raw: number[];
  readonly bytesPerEvent: number;
}

const measure = (name: string, bytesPerEvent: number, library: () => void, raw: () => void): Measured => {
  const result: Measured = { name, library: [], raw: [], bytesPerEvent };
  library();
  raw(); // warm-up, not counted
  for (let run = 0; run < RUNS; run++) {
    result.library.push(seconds(library));
    result.raw.push(seconds(raw));
    log(
      `${name}: run ${run + 1}: library ${result.library.at(-1)!.toFixed(2)} s, raw ${result.raw.at(-1)!.toFixed(2)} s`,
    );
  }
  return result;
};

const treeCase = (): Measured => {
  log(`tree: preparing ${EVENTS} leaves`);
  const positions = new Float64Array(EVENTS);
  const hashes: string[] = new Array<string>(EVENTS);
  // Each event's leaf bytes in a buffer of its own, made beforehand: the raw side does nothing but hash.
  const leafBytes: Buffer[] = new Array<Buffer>(EVENTS);
  for (let i = 0; i < EVENTS; i++) {
    positions[i] = i + 1;
    hashes[i] = crypto.createHash('sha256').update(`event ${i}`).digest('hex');
    const leaf = Buffer.alloc(40);
    leaf.writeUInt32BE(i + 1, 4);
    leaf.write(hashes[i]!, 8, 32, 'hex');
    leafBytes[i] = leaf;
  }
  const builder = new TreeHeadBuilder();
  for (let i = 0; i < EVENTS; i++) builder.appendEvent(positions[i]!, hashes[i]!);
  const note = checkpointOf(builder.root(), EVENTS);
  return measure(
    'tree',
    40,
    () =>
      verifyAgainst(note, (b) => {
        for (let i = 0; i < EVENTS; i++) b.appendEvent(positions[i]!, hashes[i]!);
      }),
    () => {
      for (let i = 0; i < EVENTS; i++) sha256(leafBytes[i]!);
    },
  );
};

const contentCase = (): Measured => {
  // A thousand distinct recorded events, chained as a store chains them, stand for every page.
  const PAGE = 1000;
  const page: RecordedEvent[] = chainEvents(
    'partnership-bench',
    null,
    sampleEvents(PAGE),
    '2024-04-01T08:00:00.000Z',
    (i) => i + 1,
  );
  const envelopes = page.map((e) => Buffer.from(canonicalJson(canonicalEnvelope(e)), 'utf8'));
  const bytesPerEvent = Math.round(envelopes.reduce((sum, b) => sum + b.length, 0) / PAGE);
  const builder = new TreeHeadBuilder();
  for (let i = 0; i < EVENTS; i++) builder.appendEvent(i + 1, page[i % PAGE]!.hash);
  const note = checkpointOf(builder.root(), EVENTS);
  return measure(
    'content',
    bytesPerEvent,
    () =>
      verifyAgainst(note, (b) => {
        for (let i = 0; i < EVENTS; i++) b.appendEvent(i + 1, hashEvent(page[i % PAGE]!));
      }),
    () => {
      for (let i = 0; i < EVENTS; i++) sha256(envelopes[i % PAGE]!);
    },
  );
};

const main = (): void => {
  const loadBefore = loadavg();
  const started = Date.now();
  const results = [treeCase(), contentCase()];
  const loadAfter = loadavg();
  const rate = (s: number) => Math.round(EVENTS / s).toLocaleString('en-GB');
  const describe: Record<string, string> = {
    tree: `tree over the leaves (position + stored hash, 40 bytes per event), root compared, signature checked; raw: SHA-256 of each event's 40 leaf bytes`,
    content: `as verify --checkpoint: each event's hash recomputed from its content, then its leaf and the tree; raw: SHA-256 of each event's canonical envelope bytes`,
  };
  const rows = results.map((r) => {
    const library = median(r.library);
    const raw = median(r.raw);
    const ratio = raw / library;
    return `| ${describe[r.name]} | ${r.bytesPerEvent} | ${rate(library)} | ${rate(raw)} | ${Math.round(ratio * 100)}% | ${ratio >= 0.5 ? 'yes' : 'no'} |`;
  });
  const runs = results.map(
    (r) =>
      `- ${r.name}: library ${r.library.map((s) => s.toFixed(2)).join(', ')} s; raw ${r.raw.map((s) => s.toFixed(2)).join(', ')} s`,
  );
  const load = (l: number[]) => l.map((v) => v.toFixed(1)).join(', ');
  const text = [
    '# Checkpoint verification benchmark',
    '',
    `Verifying a log of ${EVENTS.toLocaleString('en-GB')} events against a signed checkpoint (RFC 9162 Merkle tree, C2SP`,
    'checkpoint, Ed25519 signature), against the raw SHA-256 rate over the same bytes in the same run: one',
    "`crypto.hash('sha256')` call per event over bytes already in memory. Medians of the runs below, library",
    'and raw alternating after one warm-up of each.',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 1073741824)} GiB, Linux ${release()}; Node ${process.version}`,
    `- Load average: ${load(loadBefore)} before, ${load(loadAfter)} after (the machine is shared; the ratio is the measure)`,
    '- Target: verification at 50% or more of the raw rate',
    '',
    '| case | bytes per event | library (events/s) | raw SHA-256 (events/s) | library / raw | target met |',
    '| --- | ---: | ---: | ---: | ---: | :---: |',
    ...rows,
    '',
    ...runs,
    '',
    `Run: \`npx ts-node --transpile-only -r tsconfig-paths/register -P tsconfig.json examples/bench/checkpoint.bench.ts\` (took ${Math.round((Date.now() - started) / 1000)} s).`,
    '',
  ].join('\n');
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results', 'checkpoint.md'), text);
  process.stdout.write(text);
};

main();
