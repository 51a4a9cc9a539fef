/**
 * The library beside a peer, Emmett, and beside the bare drivers writing a narrow row (stream,
 * version, type, data), on the same workloads in the same run. Emmett is installed for this benchmark
 * only, in a directory of its own outside the workspace. From the repository root:
 *
 *   (cd examples/bench/peer && npm install --no-package-lock)
 *   npx ts-node --transpile-only -r tsconfig-paths/register -P tsconfig.json examples/bench/peer.bench.ts
 *
 * Writes bench-results/peer.md (and prints it). Every case runs in a process of its own, BENCH_RUNS
 * times (default 3), the three contenders alternating; the table gives the median of events (or
 * commands) per second and the spread (lowest to highest) over the runs, with the load average
 * before and after. Ratios are taken within one run, so they hold when the machine is busy; absolute
 * figures do not.
 *
 * Sizes (defaults are the issue's): BENCH_WRITERS (16) × BENCH_PER_WRITER (300) single-event appends;
 * BENCH_BATCHES (100) appends of BENCH_BATCH (100) events; BENCH_STREAM (10000) events read and
 * folded BENCH_READS (10) times a sample, and rehydrated in memory; BENCH_HANDLER_SIZES (1000,20000)
 * events already in the one stream that BENCH_WRITERS handlers then extend by BENCH_HANDLER_COMMANDS
 * (50) commands each; BENCH_VERIFY (20000) events verified. POSTGRES_BENCH_URL names the server (default
 * postgres://postgres@127.0.0.1:5432/test); the benchmark works in a database of its own on that
 * server, council_peer_bench, dropped and created afresh at the start. BENCH_OUT overrides the report
 * file. BENCH_SKIP_EMMETT=1 runs without the peer; BENCH_ONLY runs only the cases whose name contains it.
 */
import Database from 'better-sqlite3';
import { right } from 'fp-ts/Either';
import * as t from 'io-ts';
import { spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { uuidV7 } from '@council-partnerships/adapters';
import { createInMemoryEventStore } from '@council-partnerships/adapters/memory';
import { createPostgresEventStore } from '@council-partnerships/adapters/postgres';
import { createSqliteEventStore } from '@council-partnerships/adapters/sqlite';
import {
  aggregateStream,
  canonicalEnvelope,
  canonicalJson,
  commandCodec,
  createCommandHandler,
  createEventRegistry,
  Decider,
  defineEvent,
  EventStore,
  LibraryError,
  NewEvent,
  RecordedEvent,
  verifyStream,
} from '@council-partnerships/domain';
import { loadLine, machineLine } from './machine';
import { envNumber, median, writeReport } from './report';

const RUNS = envNumber('BENCH_RUNS', 3);
const WRITERS = envNumber('BENCH_WRITERS', 16);
const PER_WRITER = envNumber('BENCH_PER_WRITER', 300);
const BATCHES = envNumber('BENCH_BATCHES', 100);
const BATCH = envNumber('BENCH_BATCH', 100);
const STREAM = envNumber('BENCH_STREAM', 10_000);
const HANDLER_SIZES = (process.env['BENCH_HANDLER_SIZES'] ?? '1000,20000').split(',').map(Number);
const HANDLER_COMMANDS = envNumber('BENCH_HANDLER_COMMANDS', 50);
const VERIFY = envNumber('BENCH_VERIFY', 20_000);
const SERVER = process.env['POSTGRES_BENCH_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const DATABASE = 'council_peer_bench';
const URL_ = SERVER.replace(/\/[^/?]*(\?.*)?$/, `/${DATABASE}$1`);
const ONLY = process.env['BENCH_ONLY'];
const OUT = process.env['BENCH_OUT'] ?? resolve(__dirname, '..', '..', 'bench-results', 'peer.md');
const PEER_DIR = join(__dirname, 'peer', 'node_modules', '@event-driven-io');

// ---------------------------------------------------------------- the peer, as far as this benchmark uses it

type Version = bigint | 'STREAM_DOES_NOT_EXIST';
interface PeerStore {
  appendToStream(
    stream: string,
    events: { type: string; data: object }[],
    options?: { expectedStreamVersion: Version },
  ): Promise<{ nextExpectedStreamVersion: bigint }>;
  aggregateStream<S>(
    stream: string,
    options: { evolve: (state: S, event: { type: string; data: Payment }) => S; initialState: () => S },
  ): Promise<{ state: S; currentStreamVersion: bigint }>;
  close?(): Promise<void>;
}
interface Peer {
  postgres: (url: string) => PeerStore;
  memory: () => PeerStore;
}
const loadPeer = (): Peer | null => {
  if (process.env['BENCH_SKIP_EMMETT'] === '1') return null;
  if (!existsSync(join(PEER_DIR, 'emmett-postgresql'))) {
    throw new Error('Emmett is not installed: run (cd examples/bench/peer && npm install --no-package-lock)');
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pg = require(join(PEER_DIR, 'emmett-postgresql')) as {
    getPostgreSQLEventStore: (url: string, options: object) => PeerStore;
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const core = require(join(PEER_DIR, 'emmett')) as { getInMemoryEventStore: () => PeerStore };
  return {
    postgres: (url) => pg.getPostgreSQLEventStore(url, { schema: { autoMigration: 'CreateOrUpdate' } }),
    memory: () => core.getInMemoryEventStore(),
  };
};

// ---------------------------------------------------------------- the payload, the same for everyone

interface Payment {
  partnershipId: string;
  instalment: number;
  amountPence: number;
  dueOn: string;
  note: string;
}
let sequence = 0;
const payment = (): Payment => {
  sequence += 1;
  return {
    partnershipId: 'p-0001',
    instalment: sequence,
    amountPence: 1_250_000 + (sequence % 977),
    dueOn: '2025-06-30',
    note: 'Quarterly payment for the family hubs partnership, as set out in schedule 3',
  };
};
const actor = { id: 'officer-17', role: 'commissioning-officer', organisation: 'Example Borough Council' };
const newEvent = (): NewEvent => ({
  eventId: uuidV7(),
  type: 'PaymentScheduled',
  schemaVersion: 1,
  data: { ...payment() },
  occurredAt: '2025-04-01T09:00:00.000+01:00',
  actor,
  commandId: uuidV7(),
  correlationId: 'corr-bench',
  causationId: null,
});
const peerEvent = () => ({ type: 'PaymentScheduled', data: payment() });

const PaymentScheduled = defineEvent(
  'PaymentScheduled',
  t.type({
    partnershipId: t.string,
    instalment: t.Int,
    amountPence: t.Int,
    dueOn: t.string,
    note: t.string,
  }),
);
const registry = createEventRegistry([PaymentScheduled] as const);
type PaymentEvent = { type: 'PaymentScheduled'; data: Payment };
/** The fold every contender runs: a total, so each event's data is read. */
const evolveTotal = (total: number, event: { data: Payment }) => total + event.data.amountPence;
const totalDecider: Decider<never, PaymentEvent, number, never> = {
  initialState: () => 0,
  decide: () => right([]),
  evolve: evolveTotal,
};

// ---------------------------------------------------------------- the single-stream handler's ledger

const Counted = defineEvent('Counted', t.type({ by: t.Int }));
const counterRegistry = createEventRegistry([Counted] as const);
const Count = commandCodec('Count', t.type({ counterId: t.string, by: t.Int }));
const counter: Decider<
  t.TypeOf<typeof Count>,
  { type: 'Counted'; data: { by: number } },
  number,
  LibraryError
> = {
  initialState: () => 0,
  decide: (command) => right([{ type: 'Counted', data: { by: command.data.by } }]),
  evolve: (total, event) => total + event.data.by,
};

// ---------------------------------------------------------------- measuring

const must = <A>(result: { _tag: 'Left'; left: unknown } | { _tag: 'Right'; right: A }): A => {
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left));
  return result.right;
};
/** Appends the long stream the rehydration cases read, in batches. */
const fillLongStream = async (store: EventStore): Promise<void> => {
  for (let v = 0; v < STREAM; v += BATCH)
    must(
      await store.appendToStream('long', Array.from({ length: Math.min(BATCH, STREAM - v) }, newEvent), {
        expectedVersion: 'any',
      }),
    );
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};
const timed = async (items: number, work: () => unknown): Promise<number> => {
  const start = performance.now();
  await work();
  return items / ((performance.now() - start) / 1000);
};

/** Times `times` folds of the long stream in a row, as one sample. */
const repeatedly = (times: number, fold: () => unknown): Promise<number> =>
  timed(STREAM * times, async () => {
    for (let i = 0; i < times; i++) await fold();
  });
/**
 * An in-memory fold of the stream takes about a millisecond, too short for one timing to mean much:
 * each sample times REHYDRATIONS folds in a row, for both contenders alike.
 */
const REHYDRATIONS = 100;
/**
 * A read and fold from a database takes 15 to 80 ms here, about as long as one collection of the
 * garbage the case before left, so one read per sample mostly timed that: each sample times READS
 * reads in a row, for every contender alike, after one read of the same stream before the clock
 * (which also connects and prepares the statement).
 */
const READS = envNumber('BENCH_READS', 10);

interface Sample {
  readonly rate: number;
  readonly latenciesMs?: number[];
}
type Contender = 'ours' | 'emmett' | 'raw';
interface Case {
  readonly name: string;
  readonly unit: string;
  readonly run: Partial<Record<Contender, (run: number) => Promise<Sample>>>;
}

// ---------------------------------------------------------------- PostgreSQL

const freshDatabase = async () => {
  const admin = new Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  const client = new Client({ connectionString: URL_ });
  await client.connect();
  await client.query(
    'CREATE TABLE narrow (stream_id text NOT NULL, version integer NOT NULL, type text NOT NULL, data jsonb NOT NULL, PRIMARY KEY (stream_id, version))',
  );
  await client.end();
};

const clients = async (n: number): Promise<Client[]> =>
  Promise.all(
    Array.from({ length: n }, async () => {
      const c = new Client({ connectionString: URL_ });
      await c.connect();
      return c;
    }),
  );

/** Runs `writers` loops of `perWriter` appends each, timing every append. */
const concurrentAppends = async (
  writers: number,
  perWriter: number,
  append: (writer: number, version: number) => Promise<void>,
): Promise<Sample> => {
  const latenciesMs: number[] = [];
  const rate = await timed(writers * perWriter, () =>
    Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        for (let v = 0; v < perWriter; v++) {
          const start = performance.now();
          await append(w, v);
          latenciesMs.push(performance.now() - start);
        }
      }),
    ),
  );
  return { rate, latenciesMs };
};

const postgresCases = (peer: Peer | null): Case[] => {
  const ours = () =>
    must(createPostgresEventStore({ connectionString: URL_, schema: 'ours', poolSize: WRITERS }));
  const narrowInsert = (rows: number) =>
    `INSERT INTO narrow (stream_id, version, type, data) VALUES ${Array.from(
      { length: rows },
      (_, i) => `($${i * 4 + 1}, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4}::jsonb)`,
    ).join(', ')}`;
  const rawBatch = async (client: Client, stream: string, from: number, rows: number) => {
    const values: unknown[] = [];
    for (let i = 0; i < rows; i++) {
      const e = peerEvent();
      values.push(stream, from + i + 1, e.type, JSON.stringify(e.data));
    }
    await client.query({ name: `narrow_${rows}`, text: narrowInsert(rows), values });
  };
  const filled = new Map<Contender, string>();

  return [
    {
      name: `PostgreSQL, ${WRITERS} writers × ${PER_WRITER} single-event appends, own streams, exact versions`,
      unit: 'events/s',
      run: {
        ours: async (run) => {
          const store = ours();
          must(await store.migrate());
          must(await store.appendToStream(`warm-${run}`, [newEvent()], { expectedVersion: 'no_stream' }));
          const sample = await concurrentAppends(WRITERS, PER_WRITER, async (w, v) => {
            must(
              await store.appendToStream(`w-${run}-${w}`, [newEvent()], {
                expectedVersion: v === 0 ? 'no_stream' : v,
              }),
            );
          });
          await store.close();
          return sample;
        },
        ...(peer && {
          emmett: async (run) => {
            const store = peer.postgres(URL_);
            await store.appendToStream(`warm-${run}`, [peerEvent()]);
            const sample = await concurrentAppends(WRITERS, PER_WRITER, async (w, v) => {
              await store.appendToStream(`w-${run}-${w}`, [peerEvent()], {
                expectedStreamVersion: v === 0 ? 'STREAM_DOES_NOT_EXIST' : BigInt(v),
              });
            });
            await store.close?.();
            return sample;
          },
        }),
        raw: async (run) => {
          const cs = await clients(WRITERS);
          await rawBatch(cs[0]!, `warm-${run}`, 0, 1);
          const sample = await concurrentAppends(WRITERS, PER_WRITER, (w, v) =>
            rawBatch(cs[w]!, `w-${run}-${w}`, v, 1),
          );
          await Promise.all(cs.map((c) => c.end()));
          return sample;
        },
      },
    },
    {
      name: `PostgreSQL, ${BATCHES} appends of ${BATCH} events to one stream`,
      unit: 'events/s',
      run: {
        ours: async (run) => {
          const store = ours();
          must(await store.migrate());
          must(
            await store.appendToStream(`warm-b-${run}`, Array.from({ length: BATCH }, newEvent), {
              expectedVersion: 'no_stream',
            }),
          );
          const rate = await timed(BATCHES * BATCH, async () => {
            for (let b = 0; b < BATCHES; b++) {
              const events = Array.from({ length: BATCH }, newEvent);
              must(
                await store.appendToStream(`batch-${run}`, events, {
                  expectedVersion: b === 0 ? 'no_stream' : b * BATCH,
                }),
              );
            }
          });
          await store.close();
          return { rate };
        },
        ...(peer && {
          emmett: async (run) => {
            const store = peer.postgres(URL_);
            await store.appendToStream(`warm-b-${run}`, Array.from({ length: BATCH }, peerEvent));
            const rate = await timed(BATCHES * BATCH, async () => {
              for (let b = 0; b < BATCHES; b++) {
                await store.appendToStream(`batch-${run}`, Array.from({ length: BATCH }, peerEvent), {
                  expectedStreamVersion: b === 0 ? 'STREAM_DOES_NOT_EXIST' : BigInt(b * BATCH),
                });
              }
            });
            await store.close?.();
            return { rate };
          },
        }),
        raw: async (run) => {
          const [c] = await clients(1);
          await rawBatch(c!, `warm-b-${run}`, 0, BATCH);
          const rate = await timed(BATCHES * BATCH, async () => {
            for (let b = 0; b < BATCHES; b++) await rawBatch(c!, `batch-${run}`, b * BATCH, BATCH);
          });
          await c!.end();
          return { rate };
        },
      },
    },
    {
      name: `PostgreSQL, read and fold a ${STREAM}-event stream`,
      unit: 'events/s',
      run: {
        ours: async () => {
          const store = ours();
          if (!filled.has('ours')) {
            for (let v = 0; v < STREAM; v += BATCH) {
              const n = Math.min(BATCH, STREAM - v);
              must(
                await store.appendToStream('long', Array.from({ length: n }, newEvent), {
                  expectedVersion: v === 0 ? 'no_stream' : v,
                }),
              );
            }
            filled.set('ours', 'long');
          }
          const read = async () => must(await aggregateStream(store, registry, totalDecider, 'long'));
          await read();
          const rate = await repeatedly(READS, read);
          await store.close();
          return { rate };
        },
        ...(peer && {
          emmett: async () => {
            const store = peer.postgres(URL_);
            if (!filled.has('emmett')) {
              for (let v = 0; v < STREAM; v += BATCH)
                await store.appendToStream(
                  'long',
                  Array.from({ length: Math.min(BATCH, STREAM - v) }, peerEvent),
                );
              filled.set('emmett', 'long');
            }
            const read = () => store.aggregateStream('long', { evolve: evolveTotal, initialState: () => 0 });
            await read();
            const rate = await repeatedly(READS, read);
            await store.close?.();
            return { rate };
          },
        }),
        raw: async () => {
          const [c] = await clients(1);
          if (!filled.has('raw')) {
            for (let v = 0; v < STREAM; v += BATCH)
              await rawBatch(c!, 'long', v, Math.min(BATCH, STREAM - v));
            filled.set('raw', 'long');
          }
          const read = async () => {
            const { rows } = await c!.query<{ type: string; data: Payment }>({
              name: 'narrow_read',
              text: 'SELECT type, data FROM narrow WHERE stream_id = $1 ORDER BY version',
              values: ['long'],
            });
            return rows.reduce(evolveTotal, 0);
          };
          await read();
          const rate = await repeatedly(READS, read);
          await c!.end();
          return { rate };
        },
      },
    },
    ...HANDLER_SIZES.map((size): Case => ({
      name: `PostgreSQL, ${WRITERS} command handlers on one stream of ${size} events, ${HANDLER_COMMANDS} commands each`,
      unit: 'commands/s',
      run: {
        ours: async (run) => {
          const store = ours();
          const streamId = `counter-${size}-${run}`;
          for (let v = 0; v < size; v += BATCH) {
            const events = Array.from({ length: Math.min(BATCH, size - v) }, () => ({
              ...newEvent(),
              type: 'Counted',
              data: { by: 1 },
            }));
            must(
              await store.appendToStream(streamId, events, { expectedVersion: v === 0 ? 'no_stream' : v }),
            );
          }
          const handlers = Array.from({ length: WRITERS }, () =>
            createCommandHandler({
              store,
              decider: counter,
              registry: counterRegistry,
              commandCodec: Count,
              streamIdOf: () => streamId,
              newEventId: uuidV7,
              maxAttempts: 1000,
            }),
          );
          const command = () => ({
            type: 'Count' as const,
            data: { counterId: streamId, by: 1 },
            metadata: { commandId: uuidV7(), actor, occurredAt: '2025-04-01T09:00:00.000+01:00' },
          });
          // Each handler folds the stream once (its cold start) before the clock starts.
          for (const handle of handlers) must(await handle(command()));
          const latenciesMs: number[] = [];
          const rate = await timed(WRITERS * HANDLER_COMMANDS, () =>
            Promise.all(
              handlers.map(async (handle) => {
                for (let i = 0; i < HANDLER_COMMANDS; i++) {
                  const start = performance.now();
                  must(await handle(command()));
                  latenciesMs.push(performance.now() - start);
                }
              }),
            ),
          );
          await store.close();
          return { rate, latenciesMs };
        },
      },
    })),
  ];
};

// ---------------------------------------------------------------- in memory, SQLite and verify

const memoryCases = (peer: Peer | null): Case[] => [
  {
    name: `in memory, rehydrate ${STREAM} events`,
    unit: 'events/s',
    run: {
      ours: async () => {
        const store = createInMemoryEventStore();
        await fillLongStream(store);
        await aggregateStream(store, registry, totalDecider, 'long');
        return {
          rate: await repeatedly(REHYDRATIONS, () => aggregateStream(store, registry, totalDecider, 'long')),
        };
      },
      ...(peer && {
        emmett: async () => {
          const store = peer.memory();
          for (let v = 0; v < STREAM; v += BATCH)
            await store.appendToStream(
              'long',
              Array.from({ length: Math.min(BATCH, STREAM - v) }, peerEvent),
            );
          const fold = () => store.aggregateStream('long', { evolve: evolveTotal, initialState: () => 0 });
          await fold();
          return { rate: await repeatedly(REHYDRATIONS, fold) };
        },
      }),
    },
  },
];

const sqliteCases = (dir: string): Case[] => {
  const file = (name: string) => join(dir, `${name}.sqlite`);
  const narrow = (name: string) => {
    const db = new Database(file(name));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(
      'CREATE TABLE IF NOT EXISTS narrow (stream_id TEXT NOT NULL, version INTEGER NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (stream_id, version))',
    );
    const insert = db.prepare('INSERT INTO narrow VALUES (?, ?, ?, ?)');
    const batch = db.transaction((stream: string, from: number, rows: number) => {
      for (let i = 0; i < rows; i++) {
        const e = peerEvent();
        insert.run(stream, from + i + 1, e.type, JSON.stringify(e.data));
      }
    });
    return { db, batch };
  };
  return [
    {
      name: `SQLite, ${BATCHES} appends of ${BATCH} events to one stream`,
      unit: 'events/s',
      run: {
        ours: async (run) => {
          const store = createSqliteEventStore({ filename: file(`ours-batch-${run}`) });
          must(await store.migrate());
          const rate = await timed(BATCHES * BATCH, async () => {
            for (let b = 0; b < BATCHES; b++)
              must(
                await store.appendToStream('batch', Array.from({ length: BATCH }, newEvent), {
                  expectedVersion: b === 0 ? 'no_stream' : b * BATCH,
                }),
              );
          });
          await store.close();
          return { rate };
        },
        raw: async (run) => {
          const { db, batch } = narrow(`raw-batch-${run}`);
          const rate = await timed(BATCHES * BATCH, () => {
            for (let b = 0; b < BATCHES; b++) batch('batch', b * BATCH, BATCH);
          });
          db.close();
          return { rate };
        },
      },
    },
    {
      name: `SQLite, read and fold a ${STREAM}-event stream`,
      unit: 'events/s',
      run: {
        ours: async () => {
          const store = createSqliteEventStore({ filename: file('ours-long') });
          const found = await store.readStream('long', { toVersion: 1 });
          if (found._tag === 'Left') await fillLongStream(store);
          const read = async () => must(await aggregateStream(store, registry, totalDecider, 'long'));
          await read();
          const rate = await repeatedly(READS, read);
          await store.close();
          return { rate };
        },
        raw: async () => {
          const { db, batch } = narrow('raw-long');
          if (db.prepare('SELECT 1 FROM narrow WHERE stream_id = ?').get('long') === undefined)
            for (let v = 0; v < STREAM; v += BATCH) batch('long', v, Math.min(BATCH, STREAM - v));
          const select = db.prepare<[string], { type: string; data: string }>(
            'SELECT type, data FROM narrow WHERE stream_id = ? ORDER BY version',
          );
          // The bare driver trusts its own rows: decoding them here would time a codec, not the store.
          const read = () =>
            select
              .all('long')
              .reduce((total, row) => evolveTotal(total, { data: JSON.parse(row.data) as Payment }), 0);
          read();
          const rate = await repeatedly(READS, read);
          db.close();
          return { rate };
        },
      },
    },
  ];
};

const sha256Hex = (text: string): string =>
  typeof crypto.hash === 'function'
    ? crypto.hash('sha256', text, 'hex')
    : crypto.createHash('sha256').update(text).digest('hex');

const verifyCase = (): Case => {
  let events: RecordedEvent[] | null = null;
  const stream = async () => {
    if (events !== null) return events;
    const store = createInMemoryEventStore();
    for (let v = 0; v < VERIFY; v += BATCH)
      must(
        await store.appendToStream('audited', Array.from({ length: Math.min(BATCH, VERIFY - v) }, newEvent), {
          expectedVersion: 'any',
        }),
      );
    events = [...must(await store.readStream('audited'))];
    return events;
  };
  return {
    name: `verify a ${VERIFY}-event stream's hash chain, beside raw SHA-256 over the same bytes`,
    unit: 'events/s',
    run: {
      ours: async () => {
        const all = await stream();
        return {
          rate: await timed(all.length, () => {
            if (verifyStream(all).problems.length > 0) throw new Error('the chain did not verify');
          }),
        };
      },
      raw: async () => {
        const all = await stream();
        // The bytes the chain hashes, encoded before the clock starts: only the hashing is timed.
        const texts = all.map(({ hash: _h, globalPosition: _p, ...fields }) =>
          canonicalJson(canonicalEnvelope(fields)),
        );
        return {
          rate: await timed(texts.length, () => {
            // Node's fastest SHA-256, the one-shot call (a Hash object per event would flatter the library).
            for (const text of texts) sha256Hex(text);
          }),
        };
      },
    },
  };
};

// ---------------------------------------------------------------- running and reporting

interface Result {
  readonly name: string;
  readonly unit: string;
  readonly samples: Partial<Record<Contender, Sample[]>>;
}

const runCase = async (c: Case): Promise<Result> => {
  const samples: Partial<Record<Contender, Sample[]>> = {};
  for (let run = 0; run < RUNS; run++) {
    for (const contender of ['ours', 'emmett', 'raw'] as const) {
      const work = c.run[contender];
      if (work === undefined) continue;
      (samples[contender] ??= []).push(await work(run));
    }
  }
  return { name: c.name, unit: c.unit, samples };
};

const fmt = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-GB') : '–');
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined ? '–' : (a / b).toFixed(2);
const cell = (samples: Sample[] | undefined) => {
  if (samples === undefined) return { text: '–', median: undefined };
  const rates = samples.map((s) => s.rate);
  const m = median(rates);
  return { text: `${fmt(m)} (${fmt(Math.min(...rates))}–${fmt(Math.max(...rates))})`, median: m };
};
/** Ratios run by run, then their median: each run's contenders shared the machine's load. */
const runRatio = (a: Sample[] | undefined, b: Sample[] | undefined) =>
  a === undefined || b === undefined
    ? undefined
    : median(a.map((s, i) => s.rate / (b[i]?.rate ?? Number.NaN)));

const report = (results: Result[], before: number[], after: number[], started: Date): string => {
  const lines = [
    '# Peer benchmark: the library beside Emmett and the bare drivers',
    '',
    'Same workloads and payload for every contender, alternating within each run; each case in a process',
    'of its own, so that none times what an earlier one left in the heap. "Raw" is the bare',
    'driver writing and reading a narrow row (stream, version, type, data) with no validation, hash chain,',
    'idempotency or decoding; "Emmett" is @event-driven-io/emmett(-postgresql) 0.42.0 with its defaults.',
    'Each figure is the median over the runs, with the lowest and highest in brackets; ratios are',
    `taken run by run and their median given. Before the clock, every contender makes the same first`,
    `call: one append of the case's size to a stream of its own, or one read of the stream. A read-and-fold`,
    `sample times ${READS} reads in a row; an in-memory one times ${REHYDRATIONS}.`,
    '',
    `- Date: ${started.toISOString()}`,
    machineLine(),
    `- Runs: ${RUNS}`,
    loadLine(before, after, 'ratios are taken run by run'),
    '',
    '| workload | unit | ours | Emmett | raw (narrow row) | ours / raw | Emmett / raw | ours / Emmett |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    const [o, e, w] = [cell(r.samples.ours), cell(r.samples.emmett), cell(r.samples.raw)];
    const ow = runRatio(r.samples.ours, r.samples.raw);
    const ew = runRatio(r.samples.emmett, r.samples.raw);
    const oe = runRatio(r.samples.ours, r.samples.emmett);
    const show = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(2));
    lines.push(
      `| ${r.name} | ${r.unit} | ${o.text} | ${e.text} | ${w.text} | ${show(ow)} | ${show(ew)} | ${show(oe)} |`,
    );
  }
  lines.push('', '| workload | contender | p50 ms | p99 ms |', '| --- | --- | ---: | ---: |');
  for (const r of results)
    for (const [contender, samples] of Object.entries(r.samples))
      if (samples?.[0]?.latenciesMs !== undefined) {
        const all = samples.flatMap((s) => s.latenciesMs ?? []);
        lines.push(
          `| ${r.name} | ${contender} | ${percentile(all, 50).toFixed(2)} | ${percentile(all, 99).toFixed(2)} |`,
        );
      }
  const handler = results.filter((r) => r.unit === 'commands/s');
  if (handler.length >= 2) {
    const first = cell(handler[0]!.samples.ours).median;
    const last = cell(handler[handler.length - 1]!.samples.ours).median;
    lines.push(
      '',
      `Single-stream handler: ${fmt(last ?? Number.NaN)} commands/s at the longest stream is ${ratio(last, first)} × the rate at the shortest.`,
    );
  }
  return lines.join('\n') + '\n';
};

const casesIn = (dir: string): Case[] => {
  const peer = loadPeer();
  return [...postgresCases(peer), ...memoryCases(peer), ...sqliteCases(dir), verifyCase()];
};

/**
 * Runs one case in a process of its own (this file with `--case <name> <dir>`, which prints the
 * case's result as JSON), every contender of it alike: no case then times the garbage, the grown heap
 * or the compiled code an earlier case left behind.
 */
const inOwnProcess = (name: string, dir: string): Result => {
  const register = require.resolve('tsconfig-paths/register', { paths: [__dirname] });
  const root = resolve(__dirname, '..', '..');
  const child = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', register, __filename, '--case', name, dir],
    {
      cwd: root,
      env: { ...process.env, TS_NODE_PROJECT: join(root, 'tsconfig.json') },
      encoding: 'utf8',
      maxBuffer: 256 << 20,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (child.status !== 0) throw new Error(`case ${name} failed (exit ${String(child.status)})`);
  process.stdout.write(`  ${name}\n`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as Result;
};

const main = async () => {
  const started = new Date();
  const before = loadavg();
  await freshDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'peer-bench-'));
  const results: Result[] = [];
  try {
    for (const { name } of casesIn(dir).filter((c) => ONLY === undefined || c.name.includes(ONLY)))
      results.push(inOwnProcess(name, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const text = report(results, before, loadavg(), started);
  writeReport(OUT, text);
};

/** In a case's own process: runs it and prints its result as the last line. */
const runOneCase = async (name: string, dir: string) => {
  const c = casesIn(dir).find((candidate) => candidate.name === name);
  if (c === undefined) throw new Error(`no case named ${name}`);
  const result = await runCase(c);
  process.stdout.write(`${JSON.stringify(result)}\n`);
};

const caseFlag = process.argv.indexOf('--case');
(caseFlag >= 0
  ? runOneCase(process.argv[caseFlag + 1] ?? '', process.argv[caseFlag + 2] ?? '')
  : main()
).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
