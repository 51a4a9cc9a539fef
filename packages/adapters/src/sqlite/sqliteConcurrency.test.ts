import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { forEachPage, RecordedEvent } from '@council-partnerships/domain';
import { workerFromSourcesPreamble } from '../testing/workerFromSources';
import { createSqliteEventStore } from './sqliteEventStore';

const writers = 16;
/** Each thread loads the library from source (seconds of compiling), so a few threads carry all writers. */
const threads = 4;
const repoRoot = resolve(__dirname, '../../../..');

/**
 * Writers run in a few threads, several per thread, each writer with its own store and
 * connection to the file. better-sqlite3 blocks its thread, so threads make appends really overlap, and
 * writers within a thread interleave between appends as separate processes would. A writer reads the
 * stream, appends after its last version, and retries on ConcurrencyConflict.
 */
const writerSource = `${workerFromSourcesPreamble}const { createSqliteEventStore } = require(path.join(workerData.root, 'packages/adapters/src/sqlite/sqliteEventStore'));
const { uuidV7 } = require(path.join(workerData.root, 'packages/adapters/src/connection/uuidV7'));
const { sampleEvents } = require(path.join(workerData.root, 'packages/testing/src'));

const appendWithRetry = async (store, streamId, count) => {
  let conflicts = 0;
  for (;;) {
    const read = await store.readStream(streamId);
    const version = read._tag === 'Right' ? read.right[read.right.length - 1].streamVersion : 0;
    const events = sampleEvents(count).map((e) => ({ ...e, eventId: uuidV7() }));
    const result = await store.appendToStream(streamId, events, { expectedVersion: version });
    if (result._tag === 'Right') return { ids: result.right.events.map((e) => e.eventId), conflicts };
    if (result.left.code !== 'ConcurrencyConflict') throw new Error(JSON.stringify(result.left));
    conflicts += 1;
  }
};

const runWriter = async (filename, plan) => {
  const store = createSqliteEventStore({ filename, busyTimeoutMs: 60000 });
  const ids = [];
  let conflicts = 0;
  try {
    for (const [streamId, count] of plan) {
      const done = await appendWithRetry(store, streamId, count);
      ids.push(...done.ids);
      conflicts += done.conflicts;
    }
  } finally {
    await store.close();
  }
  return { ids, conflicts };
};

parentPort.on('message', async ({ filename, plans }) => {
  try {
    parentPort.postMessage(await Promise.all(plans.map((plan) => runWriter(filename, plan))));
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.stack ? error.stack : error) });
  }
});
parentPort.postMessage('ready');
`;

interface WriterReport {
  readonly ids: string[];
  readonly conflicts: number;
}

const startThread = async (): Promise<Worker> => {
  const worker = new Worker(writerSource, {
    eval: true,
    workerData: { root: repoRoot, tsNode: require.resolve('ts-node') },
  });
  await new Promise<void>((ok, fail) => {
    worker.once('message', () => ok());
    worker.once('error', fail);
  });
  return worker;
};

/** Hands every thread its writers' plans at once and collects what each writer appended. */
const race = async (
  workers: readonly Worker[],
  filename: string,
  plans: ReadonlyArray<ReadonlyArray<[string, number]>>,
): Promise<WriterReport[]> => {
  const perThread = plans.length / workers.length;
  const reports = workers.map(
    (w, t) =>
      new Promise<WriterReport[]>((ok, fail) => {
        w.once('message', (m: WriterReport[] | { error: string }) =>
          'error' in m ? fail(new Error(m.error)) : ok(m),
        );
        w.postMessage({ filename, plans: plans.slice(t * perThread, (t + 1) * perThread) });
      }),
  );
  return (await Promise.all(reports)).flat();
};

const wholeLog = async (filename: string): Promise<RecordedEvent[]> => {
  const store = createSqliteEventStore({ filename });
  const all: RecordedEvent[] = [];
  const done = await forEachPage(store, (events) => void all.push(...events), { pageSize: 64 });
  await store.close();
  if (done._tag === 'Left') throw new Error(JSON.stringify(done.left));
  return all;
};

describe(`SQLite with ${writers} writers on separate connections in ${threads} threads, one file`, () => {
  let workers: Worker[];
  beforeAll(async () => {
    workers = await Promise.all(Array.from({ length: threads }, startThread));
  }, 120_000);
  afterAll(() => Promise.all(workers.map((w) => w.terminate())));

  let dir: string;
  let filename: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sqlite-race-'));
    filename = join(dir, 'events.sqlite');
    const store = createSqliteEventStore({ filename });
    await store.migrate();
    await store.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('racing on one stream: every event lands exactly once, versions contiguous, global log complete', async () => {
    const plans = Array.from({ length: writers }, () =>
      Array.from({ length: 5 }, (_, i): [string, number] => ['hot', 1 + (i % 2)]),
    );
    const reports = await race(workers, filename, plans);
    const written = reports.flatMap((r) => r.ids);
    expect(reports).toHaveLength(writers);
    expect(written).toHaveLength(writers * (1 + 2 + 1 + 2 + 1));
    const log = await wholeLog(filename);
    expect(log.map((e) => e.streamVersion)).toEqual(Array.from({ length: written.length }, (_, i) => i + 1));
    expect(log.map((e) => e.eventId).sort()).toEqual([...written].sort());
    expect(log.map((e) => e.globalPosition)).toEqual(Array.from({ length: written.length }, (_, i) => i + 1));
    log.forEach((e, i) => expect(e.previousHash).toBe(i === 0 ? null : log[i - 1]!.hash));
  });

  it('racing on many streams: every event lands exactly once, versions contiguous, global log complete', async () => {
    const plans = Array.from({ length: writers }, (_, w) =>
      Array.from({ length: 8 }, (_, i): [string, number] => [`partnership-${(w + i) % 6}`, 1 + (i % 3)]),
    );
    const reports = await race(workers, filename, plans);
    const written = reports.flatMap((r) => r.ids);
    const log = await wholeLog(filename);
    expect(log).toHaveLength(written.length);
    expect(log.map((e) => e.eventId).sort()).toEqual([...written].sort());
    expect(log.map((e) => e.globalPosition)).toEqual(Array.from({ length: written.length }, (_, i) => i + 1));
    const byStream = new Map<string, number[]>();
    for (const e of log) byStream.set(e.streamId, [...(byStream.get(e.streamId) ?? []), e.streamVersion]);
    expect(byStream.size).toBe(6);
    for (const versions of byStream.values()) {
      expect(versions).toEqual(Array.from({ length: versions.length }, (_, i) => i + 1));
    }
  });
});
