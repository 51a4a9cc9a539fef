/**
 * Throughput of the SQLite and PostgreSQL stores against the bare driver writing and reading the same
 * rows (same schema, same JSON) in the same run. Run from the repository root:
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register -P tsconfig.json packages/adapters/bench/adapters.bench.ts
 *
 * Writes bench-results/adapters.md and prints the same table. POSTGRES_BENCH_URL overrides the server
 * (default postgres://postgres@127.0.0.1:5432/test); BENCH_REPS the repetitions (default 5). BENCH_ONLY runs
 * only the cases whose "<adapter> <case>" contains it (e.g. BENCH_ONLY=concurrent) and prints their rows
 * without writing the report, for iterating on one case.
 */
import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import {
  chainEvents,
  chainEventsWithJson,
  EventStore,
  GlobalLogPage,
  NewEvent,
  validateAppend,
} from '@council-partnerships/domain';
import { uuidV7 } from '@council-partnerships/adapters';
import {
  createPostgresEventStore,
  PostgresEventStore,
  schemaName,
} from '@council-partnerships/adapters/postgres';
import { createSqliteEventStore, migrateSqlite } from '@council-partnerships/adapters/sqlite';
import { eventRowsOf, insertedValues, postgresStatements } from '../src/postgres/postgresSql';

const postgresUrl = process.env['POSTGRES_BENCH_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const reps = Number(process.env['BENCH_REPS'] ?? 5);
const only = process.env['BENCH_ONLY'];
const sizes = {
  sqliteSingle: 500,
  sqliteBatches: 60,
  pgSingle: 600,
  pgBatches: 40,
  batch: 100,
  readPage: 1000,
  writers: 16,
  perWriter: 150,
};

// ---------------------------------------------------------------- events and rows

let sequence = 0;
const newEvent = (): NewEvent => {
  sequence += 1;
  return {
    eventId: uuidV7(),
    type: 'PaymentScheduled',
    schemaVersion: 1,
    data: {
      partnershipId: 'p-0001',
      instalment: sequence,
      amountPence: 1_250_000 + (sequence % 977),
      dueOn: '2025-06-30',
      note: 'Quarterly payment for the family hubs partnership, as set out in schedule 3',
    },
    occurredAt: '2025-04-01T09:00:00.000+01:00',
    actor: { id: 'officer-17', role: 'commissioning-officer', organisation: 'Example Borough Council' },
    commandId: uuidV7(),
    correlationId: 'corr-bench',
    causationId: null,
  };
};

/** The columns a raw writer supplies: everything the store writes, with a stand-in hash. */
const rawRow = (event: NewEvent, streamId: string, version: number) => [
  event.eventId,
  streamId,
  version,
  event.type,
  event.schemaVersion,
  JSON.stringify(event.data),
  JSON.stringify(event.actor),
  event.occurredAt,
  new Date().toISOString(),
  event.commandId,
  event.correlationId,
  event.causationId,
  version === 1 ? null : 'f'.repeat(64),
  'e'.repeat(64),
];

const rawColumns =
  'event_id, stream_id, stream_version, event_type, schema_version, data, actor, occurred_at, recorded_at, ' +
  'command_id, correlation_id, causation_id, previous_hash, hash';

// ---------------------------------------------------------------- measuring

interface Chained {
  readonly streamVersion: number;
  readonly hash: string;
}

interface Sample {
  readonly events: number;
  readonly ms: number;
  /** CPU time this Node process used (all its threads), in milliseconds. */
  readonly cpuMs: number;
  /** CPU time the server's processes for this run's connections used, where it could be read. */
  readonly serverCpuMs?: number | null;
}
type Case = {
  readonly name: string;
  readonly store: () => Promise<Sample>;
  readonly raw: () => Promise<Sample>;
};

const timed = async (events: number, work: () => Promise<void> | void): Promise<Sample> => {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await work();
  const used = process.cpuUsage(cpu);
  return {
    events,
    ms: Number(process.hrtime.bigint() - start) / 1e6,
    cpuMs: (used.user + used.system) / 1e3,
  };
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const must = <A>(result: { _tag: 'Left'; left: { message: string } } | { _tag: 'Right'; right: A }): A => {
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
};

interface Row {
  readonly adapter: string;
  readonly name: string;
  readonly target: number;
  readonly store: number;
  readonly raw: number;
}

/**
 * Runs store and raw once unmeasured (so both paths are compiled by the JIT and the server has warm
 * caches), then alternately `reps` times each, and keeps the median events per second of each.
 */
const measure = async (adapter: string, target: number, c: Case): Promise<Row> => {
  await c.store();
  await c.raw();
  const store: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < reps; i++) {
    const s = await c.store();
    const r = await c.raw();
    store.push((s.events / s.ms) * 1000);
    raw.push((r.events / r.ms) * 1000);
  }
  const row = { adapter, name: c.name, target, store: median(store), raw: median(raw) };
  console.log(
    `  ${row.name}: store ${row.store.toFixed(0)}/s, raw ${row.raw.toFixed(0)}/s, ${((row.store / row.raw) * 100).toFixed(0)}%`,
  );
  return row;
};

// ---------------------------------------------------------------- what a store is asked to do

/** `count` single-event appends spread over 50 streams, each with its exact expected version. */
const appendSingles = async (store: EventStore, count: number) => {
  const versions = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const streamId = `partnership-${i % 50}`;
    const version = versions.get(streamId) ?? 0;
    must(await store.appendToStream(streamId, [newEvent()], { expectedVersion: version }));
    versions.set(streamId, version + 1);
  }
};

/** `count` batches of `sizes.batch` events, made before the clock starts. */
const batchesOf = (count: number): NewEvent[][] =>
  Array.from({ length: count }, () => Array.from({ length: sizes.batch }, newEvent));

/** Appends the batches round ten streams, each with its exact expected version. */
const appendBatches = async (store: EventStore, batches: readonly NewEvent[][]) => {
  for (let b = 0; b < batches.length; b++) {
    must(
      await store.appendToStream(`partnership-${b % 10}`, batches[b]!, {
        expectedVersion: Math.floor(b / 10) * sizes.batch,
      }),
    );
  }
};

/** Fills a new store with `count` events, a batch to each stream, for the reads to time; then closes it. */
const fillLog = async (store: EventStore, count: number): Promise<void> => {
  for (let b = 0; b < count / sizes.batch; b++) {
    must(
      await store.appendToStream(`partnership-${b}`, Array.from({ length: sizes.batch }, newEvent), {
        expectedVersion: 0,
      }),
    );
  }
  await store.close();
};

/** Times reading the global log through the store, page by page, to its end; then closes the store. */
const readWholeLog = async (store: EventStore, expected: number): Promise<Sample> => {
  let seen = 0;
  const sample = await timed(expected, async () => {
    let after: string | null = null;
    for (;;) {
      const page: GlobalLogPage = must(await store.readAll({ after, limit: sizes.readPage }));
      seen += page.events.length;
      after = page.checkpoint;
      if (page.isEndOfLog) break;
    }
  });
  await store.close();
  if (seen !== expected) throw new Error(`read ${seen} of ${expected}`);
  return sample;
};

// ---------------------------------------------------------------- SQLite

const sqliteCases = (dir: string): Case[] => {
  let n = 0;
  const file = () => join(dir, `bench-${(n += 1)}.sqlite`);
  const rawDb = () => {
    const filename = file();
    const db = new Database(filename, { timeout: 5000 });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    must(migrateSqlite(db, filename));
    return db;
  };
  const insertSql = `INSERT INTO events (${rawColumns}) VALUES (${Array(14).fill('?').join(', ')})`;

  const filledFile = async (count: number) => {
    const filename = file();
    await fillLog(createSqliteEventStore({ filename, synchronous: 'NORMAL' }), count);
    return filename;
  };
  const readEvents = 10_000;
  let readFile: string | null = null;
  const sharedReadFile = async () => (readFile ??= await filledFile(readEvents));

  return [
    {
      name: `append, 1 event per append (${sizes.sqliteSingle} appends)`,
      store: async () => {
        const store = createSqliteEventStore({ filename: file() });
        await store.migrate();
        const sample = await timed(sizes.sqliteSingle, () => appendSingles(store, sizes.sqliteSingle));
        await store.close();
        return sample;
      },
      raw: async () => {
        const db = rawDb();
        const insert = db.prepare(insertSql);
        const sample = await timed(sizes.sqliteSingle, () => {
          const versions = new Map<string, number>();
          for (let i = 0; i < sizes.sqliteSingle; i++) {
            const streamId = `partnership-${i % 50}`;
            const version = (versions.get(streamId) ?? 0) + 1;
            insert.run(rawRow(newEvent(), streamId, version));
            versions.set(streamId, version);
          }
        });
        db.close();
        return sample;
      },
    },
    {
      name: `append, ${sizes.batch} events per append (${sizes.sqliteBatches} appends)`,
      store: async () => {
        const store = createSqliteEventStore({ filename: file() });
        await store.migrate();
        const batches = batchesOf(sizes.sqliteBatches);
        const sample = await timed(sizes.sqliteBatches * sizes.batch, () => appendBatches(store, batches));
        await store.close();
        return sample;
      },
      raw: async () => {
        const db = rawDb();
        const insert = db.prepare(insertSql);
        const writeBatch = db.transaction((rows: unknown[][]) => rows.forEach((r) => insert.run(r)));
        const batches = batchesOf(sizes.sqliteBatches);
        const sample = await timed(sizes.sqliteBatches * sizes.batch, () => {
          batches.forEach((batch, b) => {
            const base = Math.floor(b / 10) * sizes.batch;
            writeBatch(batch.map((e, i) => rawRow(e, `partnership-${b % 10}`, base + i + 1)));
          });
        });
        db.close();
        return sample;
      },
    },
    {
      name: `read the global log (${readEvents} events, pages of ${sizes.readPage})`,
      store: async () =>
        readWholeLog(createSqliteEventStore({ filename: await sharedReadFile() }), readEvents),
      raw: async () => {
        const db = new Database(await sharedReadFile(), { readonly: true });
        const page = db.prepare(
          `SELECT global_position, ${rawColumns} FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?`,
        );
        let seen = 0;
        const sample = await timed(readEvents, () => {
          let after = 0;
          for (;;) {
            const rows = page.all(after, sizes.readPage) as {
              global_position: number;
              data: string;
              actor: string;
            }[];
            for (const row of rows) {
              JSON.parse(row.data);
              JSON.parse(row.actor);
            }
            seen += rows.length;
            if (rows.length < sizes.readPage) break;
            after = rows[rows.length - 1]!.global_position;
          }
        });
        db.close();
        if (seen !== readEvents) throw new Error(`read ${seen} of ${readEvents}`);
        return sample;
      },
    },
  ];
};

// ---------------------------------------------------------------- PostgreSQL

const schemas: string[] = [];
const freshSchema = () => {
  const name = `bench_${Date.now().toString(36)}_${schemas.length}`;
  schemas.push(name);
  return name;
};

/** The server address with an application name, so that the benchmark can find its own backends. */
const urlFor = (application?: string): string => {
  if (application === undefined) return postgresUrl;
  const url = new URL(postgresUrl);
  url.searchParams.set('application_name', application);
  return url.toString();
};

const pgStore = async (
  schema: string,
  poolSize = 4,
  application?: string,
  groupAppends?: number | false,
): Promise<PostgresEventStore> => {
  const store = must(
    createPostgresEventStore({ connectionString: urlFor(application), schema, poolSize, groupAppends }),
  );
  must(await store.migrate());
  return store;
};

/**
 * A store whose connections are open before the clock starts, as the raw writers' are: sixteen reads at
 * once make its pool open sixteen connections.
 */
const warmPgStore = async (
  schema: string,
  connections: number,
  application?: string,
  groupAppends?: number | false,
): Promise<PostgresEventStore> => {
  const store = await pgStore(schema, connections, application, groupAppends);
  await Promise.all(Array.from({ length: connections }, () => store.listStreams()));
  return store;
};

const connect = async (application?: string): Promise<Client> => {
  const client = new Client({ connectionString: urlFor(application) });
  await client.connect();
  return client;
};

/**
 * CPU time used so far by the server processes serving connections with this application name, in
 * milliseconds, read from /proc (the server runs on this machine); null where that cannot be read.
 */
const serverCpuMs = async (application: string): Promise<number | null> => {
  const client = await connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE application_name = $1',
      [application],
    );
    let total = 0;
    for (const { pid } of rows) total += Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
    return rows.length === 0 ? null : total / 1e6;
  } catch {
    return null;
  } finally {
    await client.end();
  }
};

const postgresCases = (): Case[] => {
  const singleInsert = (schema: string) => ({
    name: `raw_single_${schema}`,
    text: `INSERT INTO "${schema}".events (${rawColumns}) VALUES (${Array.from({ length: 14 }, (_, i) => `$${i + 1}`).join(', ')})`,
  });
  const batchInsert = (schema: string, rows: number) => ({
    name: `raw_batch_${schema}`,
    text: `INSERT INTO "${schema}".events (${rawColumns}) VALUES ${Array.from(
      { length: rows },
      (_, r) => `(${Array.from({ length: 14 }, (_, i) => `$${r * 14 + i + 1}`).join(', ')})`,
    ).join(', ')}`,
  });
  /** A raw table: the store's own migration creates it, so the schema is the same. */
  const rawSchema = async () => {
    const schema = freshSchema();
    await (await pgStore(schema, 1)).close();
    return schema;
  };

  const readEvents = 10_000;
  let readSchema: string | null = null;
  const sharedReadSchema = async () => {
    if (readSchema !== null) return readSchema;
    readSchema = freshSchema();
    await fillLog(await pgStore(readSchema), readEvents);
    return readSchema;
  };

  return [
    {
      name: `append, 1 event per append (${sizes.pgSingle} appends, one writer)`,
      store: async () => {
        const store = await pgStore(freshSchema(), 1);
        const sample = await timed(sizes.pgSingle, () => appendSingles(store, sizes.pgSingle));
        await store.close();
        return sample;
      },
      raw: async () => {
        const schema = await rawSchema();
        const client = await connect();
        const statement = singleInsert(schema);
        const sample = await timed(sizes.pgSingle, async () => {
          const versions = new Map<string, number>();
          for (let i = 0; i < sizes.pgSingle; i++) {
            const streamId = `partnership-${i % 50}`;
            const version = (versions.get(streamId) ?? 0) + 1;
            await client.query({ ...statement, values: rawRow(newEvent(), streamId, version) });
            versions.set(streamId, version);
          }
        });
        await client.end();
        return sample;
      },
    },
    {
      name: `append, ${sizes.batch} events per append (${sizes.pgBatches} appends)`,
      store: async () => {
        const store = await pgStore(freshSchema(), 1);
        const batches = batchesOf(sizes.pgBatches);
        const sample = await timed(sizes.pgBatches * sizes.batch, () => appendBatches(store, batches));
        await store.close();
        return sample;
      },
      raw: async () => {
        const schema = await rawSchema();
        const client = await connect();
        const statement = batchInsert(schema, sizes.batch);
        const batches = batchesOf(sizes.pgBatches);
        const sample = await timed(sizes.pgBatches * sizes.batch, async () => {
          for (let b = 0; b < batches.length; b++) {
            const base = Math.floor(b / 10) * sizes.batch;
            const values = batches[b]!.flatMap((e, i) => rawRow(e, `partnership-${b % 10}`, base + i + 1));
            await client.query({ ...statement, values });
          }
        });
        await client.end();
        return sample;
      },
    },
    {
      name: `read the global log (${readEvents} events, pages of ${sizes.readPage})`,
      store: async () => readWholeLog(await pgStore(await sharedReadSchema(), 1), readEvents),
      raw: async () => {
        const schema = await sharedReadSchema();
        const client = await connect();
        const statement = {
          name: 'raw_read',
          text: `SELECT position, transaction_id::text AS transaction_id, ${rawColumns} FROM "${schema}".events
                 WHERE (transaction_id, position) > ($1::xid8, $2::bigint) ORDER BY transaction_id, position LIMIT $3`,
        };
        let seen = 0;
        const sample = await timed(readEvents, async () => {
          let after = ['0', '0'];
          for (;;) {
            const { rows } = await client.query<{ transaction_id: string; position: string }>({
              ...statement,
              values: [...after, sizes.readPage],
            });
            seen += rows.length;
            if (rows.length < sizes.readPage) break;
            const last = rows[rows.length - 1];
            if (last !== undefined) after = [last.transaction_id, last.position];
          }
        });
        await client.end();
        if (seen !== readEvents) throw new Error(`read ${seen} of ${readEvents}`);
        return sample;
      },
    },
    ...(
      [
        ['', undefined],
        [', group commit off', false],
      ] as const
    ).map(([label, groupAppends]) => ({
      name: `${sizes.writers} concurrent writers, 1 event per append (${sizes.perWriter} each)${label}`,
      store: async () => {
        const store = await warmPgStore(freshSchema(), sizes.writers, undefined, groupAppends);
        const sample = await timed(sizes.writers * sizes.perWriter, async () => {
          await Promise.all(
            Array.from({ length: sizes.writers }, async (_, w) => {
              for (let i = 0; i < sizes.perWriter; i++) {
                must(await store.appendToStream(`partnership-${w}`, [newEvent()], { expectedVersion: i }));
              }
            }),
          );
        });
        await store.close();
        return sample;
      },
      raw: async () => {
        const schema = await rawSchema();
        const clients = await Promise.all(Array.from({ length: sizes.writers }, connect));
        const statement = singleInsert(schema);
        const sample = await timed(sizes.writers * sizes.perWriter, async () => {
          await Promise.all(
            clients.map(async (client, w) => {
              for (let i = 0; i < sizes.perWriter; i++) {
                await client.query({ ...statement, values: rawRow(newEvent(), `partnership-${w}`, i + 1) });
              }
            }),
          );
        });
        await Promise.all(clients.map((c) => c.end()));
        return sample;
      },
    })),
  ];
};

// ---------------------------------------------------------------- where a concurrent append's time goes

/**
 * The 16-writer case rebuilt one step at a time from the raw INSERT towards the store, each step on
 * dedicated, already-connected clients, all steps alternating in the same run. The differences between
 * neighbouring steps say what each part of the store's work costs in throughput.
 */
const concurrentBreakdown = async (): Promise<string[]> => {
  const events = sizes.writers * sizes.perWriter;
  /** Times `work` and the server CPU of the connections named `application` meanwhile. */
  const withServerCpu = async (application: string, work: () => Promise<void>): Promise<Sample> => {
    const before = await serverCpuMs(application);
    const sample = await timed(events, work);
    const after = await serverCpuMs(application);
    return { ...sample, serverCpuMs: before === null || after === null ? null : after - before };
  };
  const onClients = async (
    application: string,
    write: (client: Client, streamId: string, version: number, previous: Chained | null) => Promise<Chained>,
  ): Promise<Sample> => {
    const clients = await Promise.all(Array.from({ length: sizes.writers }, () => connect(application)));
    const sample = await withServerCpu(application, async () => {
      await Promise.all(
        clients.map(async (client, w) => {
          let previous: Chained | null = null;
          for (let i = 0; i < sizes.perWriter; i++)
            previous = await write(client, `partnership-${w}`, i + 1, previous);
        }),
      );
    });
    await Promise.all(clients.map((c) => c.end()));
    return sample;
  };
  /** What the store does in JavaScript before it writes: validate the append, chain the hash. */
  const chained = (streamId: string, version: number, previous: Chained | null) => {
    const valid = must(validateAppend(streamId, [newEvent()], { expectedVersion: version - 1 }));
    const [row] = eventRowsOf(
      chainEventsWithJson(streamId, previous, valid.events, new Date().toISOString(), () => 0),
    );
    return row!;
  };
  const rawInsert = (schema: string) => ({
    name: `raw_single_${schema}`,
    text: `INSERT INTO "${schema}".events (${rawColumns}) VALUES (${Array.from({ length: 14 }, (_, i) => `$${i + 1}`).join(', ')})`,
  });
  const rawTable = async () => {
    const schema = freshSchema();
    await (await pgStore(schema, 1)).close();
    return schema;
  };
  const steps: [string, () => Promise<Sample>][] = [
    [
      'raw INSERT, stand-in hashes (the baseline above)',
      async () => {
        const schema = await rawTable();
        const statement = rawInsert(schema);
        return onClients('adapters_bench_raw', async (client, streamId, version) => {
          await client.query({ ...statement, values: rawRow(newEvent(), streamId, version) });
          return { streamVersion: version, hash: '' };
        });
      },
    ],
    [
      '+ validate the append and chain its hash in JavaScript (same INSERT, real hashes)',
      async () => {
        const schema = await rawTable();
        const statement = rawInsert(schema);
        return onClients('adapters_bench_chained', async (client, streamId, version, previous) => {
          const row = chained(streamId, version, previous);
          await client.query({ ...statement, values: insertedValues(row) });
          return row.event;
        });
      },
    ],
    [
      "+ the store's statement: insert only after the previous (version, hash), RETURNING position",
      async () => {
        const schema = await rawTable();
        const sql = postgresStatements(must(schemaName(schema)));
        return onClients('adapters_bench_checked', async (client, streamId, version, previous) => {
          const row = chained(streamId, version, previous);
          const statement = version === 1 ? sql.appendFirst : sql.appendNext;
          const { rows } = await client.query({ ...statement, values: insertedValues(row) });
          if (rows.length !== 1) throw new Error(`${streamId} ${version} was not inserted`);
          return row.event;
        });
      },
    ],
    ...(
      [
        ['the store without group commit (its connections, head cache, result values)', false],
        ['the store: appends made while its statements run are written together (group commit)', undefined],
      ] as const
    ).map(([name, groupAppends]): [string, () => Promise<Sample>] => [
      name,
      async () => {
        const store = await warmPgStore(freshSchema(), sizes.writers, 'adapters_bench_store', groupAppends);
        const sample = await withServerCpu('adapters_bench_store', async () => {
          await Promise.all(
            Array.from({ length: sizes.writers }, async (_, w) => {
              for (let i = 0; i < sizes.perWriter; i++)
                must(await store.appendToStream(`partnership-${w}`, [newEvent()], { expectedVersion: i }));
            }),
          );
        });
        await store.close();
        return sample;
      },
    ]),
  ];
  for (const [, run] of steps) await run();
  const rates: number[][] = steps.map(() => []);
  const cpu: number[][] = steps.map(() => []);
  const serverCpu: number[][] = steps.map(() => []);
  for (let r = 0; r < reps; r++) {
    for (let i = 0; i < steps.length; i++) {
      const sample = await steps[i]![1]();
      rates[i]!.push((sample.events / sample.ms) * 1000);
      cpu[i]!.push((sample.cpuMs * 1000) / sample.events);
      if (typeof sample.serverCpuMs === 'number')
        serverCpu[i]!.push((sample.serverCpuMs * 1000) / sample.events);
    }
  }
  const serverCell = (i: number) => (serverCpu[i]!.length === 0 ? '–' : median(serverCpu[i]!).toFixed(0));
  const medians = rates.map(median);
  const base = medians[0]!;
  const lines = [
    `| ${sizes.writers} concurrent writers, 1 event per append, step by step | events/s | % of raw | change from the step before | Node CPU µs per event | server CPU µs per event |`,
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...steps.map(([name], i) => {
      const m = medians[i]!;
      const change = i === 0 ? '–' : `${(((m - medians[i - 1]!) / medians[i - 1]!) * 100).toFixed(0)}%`;
      return `| ${name} | ${m.toFixed(0)} | ${((m / base) * 100).toFixed(0)}% | ${change} | ${median(cpu[i]!).toFixed(0)} | ${serverCell(i)} |`;
    }),
  ];
  console.log(lines.join('\n'));
  return lines;
};

// ---------------------------------------------------------------- the store's own work

/** Microseconds per event of the work a store does in JavaScript that a raw insert does not. */
const libraryWork = (): string[] => {
  const perEvent = (events: number, runs: number, work: () => void): number => {
    const samples: number[] = [];
    for (let r = 0; r < 5; r++) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < runs; i++) work();
      samples.push(Number(process.hrtime.bigint() - start) / 1e3 / runs / events);
    }
    return median(samples);
  };
  const one = [newEvent()];
  const hundred = Array.from({ length: sizes.batch }, newEvent);
  const head = { streamVersion: 7, hash: 'e'.repeat(64) };
  const at = new Date().toISOString();
  const rows = [
    [
      'validate the append (io-ts codecs, JSON check)',
      perEvent(1, 2000, () => validateAppend('s', one, { expectedVersion: 7 })),
      perEvent(100, 40, () => validateAppend('s', hundred, { expectedVersion: 7 })),
    ],
    [
      'chain the hashes (canonical JSON, SHA-256)',
      perEvent(1, 2000, () => chainEvents('s', head, one, at, () => 0)),
      perEvent(100, 40, () => chainEvents('s', head, hundred, at, () => 0)),
    ],
  ] as const;
  return [
    '| work the store adds, in JavaScript | µs per event, 1-event append | µs per event, 100-event append |',
    '| --- | ---: | ---: |',
    ...rows.map(([name, a, b]) => `| ${name} | ${a.toFixed(1)} | ${b.toFixed(1)} |`),
  ];
};

// ---------------------------------------------------------------- report

const machineNote = async (): Promise<string[]> => {
  const client = await connect();
  const settings = await client.query<{ v: string; f: string; s: string }>(
    "SELECT current_setting('server_version') AS v, current_setting('fsync') AS f, current_setting('synchronous_commit') AS s",
  );
  await client.end();
  const setting = settings.rows[0] ?? { v: 'unknown', f: 'unknown', s: 'unknown' };
  const db = new Database(':memory:');
  const sqliteVersion = db.prepare('SELECT sqlite_version() AS v').get() as { v: string };
  db.close();
  const cpu = cpus();
  return [
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${osType()} ${release()}`,
    `- Node ${process.version}; SQLite ${sqliteVersion.v} (better-sqlite3, WAL, synchronous=FULL for store and raw alike)`,
    `- PostgreSQL ${setting.v} on the same machine over TCP loopback (fsync=${setting.f}, synchronous_commit=${setting.s})`,
    `- Each case run once to warm up, then ${reps} times, store and raw alternating; figures are medians of events per second`,
    `- Load average when the run ended: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(
        ', ',
      )} (other work shares the machine, so absolute figures vary between runs; the ratios are the measure)`,
  ];
};

const table = (rows: readonly Row[]): string[] => [
  '| adapter | case | store (events/s) | raw driver (events/s) | store / raw | target | met |',
  '| --- | --- | ---: | ---: | ---: | ---: | :---: |',
  ...rows.map((r) => {
    const ratio = r.store / r.raw;
    const target = r.target === 0 ? '–' : `≥ ${(r.target * 100).toFixed(0)}%`;
    const met = r.target === 0 ? '–' : ratio >= r.target ? 'yes' : 'no';
    return `| ${r.adapter} | ${r.name} | ${r.store.toFixed(0)} | ${r.raw.toFixed(0)} | ${(ratio * 100).toFixed(0)}% | ${target} | ${met} |`;
  }),
];

const main = async () => {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'adapters-bench-'));
  const rows: Row[] = [];
  const [sqSingle, sqBatch, sqRead] = sqliteCases(dir);
  const [pgSingle, pgBatch, pgRead, pgWriters, pgWritersUngrouped] = postgresCases();
  const planned: [string, number, Case | undefined][] = [
    ['SQLite', 0, sqSingle],
    ['SQLite', 0.5, sqBatch],
    ['SQLite', 0.5, sqRead],
    ['PostgreSQL', 0, pgSingle],
    ['PostgreSQL', 0.5, pgBatch],
    ['PostgreSQL', 0.5, pgRead],
    ['PostgreSQL', 0.8, pgWriters],
    ['PostgreSQL', 0, pgWritersUngrouped],
  ];
  const breakdownName = `PostgreSQL ${sizes.writers} concurrent writers, step by step`;
  let breakdown: string[] = [];
  try {
    for (const [adapter, target, c] of planned) {
      if (c === undefined || (only !== undefined && !`${adapter} ${c.name}`.includes(only))) continue;
      console.log(adapter);
      rows.push(await measure(adapter, target, c));
    }
    if (only === undefined || breakdownName.includes(only)) breakdown = await concurrentBreakdown();
  } finally {
    rmSync(dir, { recursive: true, force: true });
    const client = await connect();
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
  if (only !== undefined) {
    console.log(
      [
        '',
        ...table(rows),
        '',
        ...breakdown,
        '',
        `load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(', ')}`,
      ].join('\n'),
    );
    return;
  }
  const report = [
    '# Adapter benchmark',
    '',
    'Each store against the bare driver writing and reading the same rows (same schema, same JSON) in the',
    'same run. "Raw" skips what the store adds: validation, the hash chain, the version check,',
    'idempotency and decoding every row it reads. A raw single-event append is one INSERT of the row',
    '(one transaction, a named prepared statement on a dedicated connection opened before the clock starts;',
    "the store's connections are opened before the clock starts too); a raw batch is one multi-row INSERT",
    '(PostgreSQL) or one transaction of prepared INSERTs (SQLite); a raw read is a keyset-paged SELECT with',
    'the JSON columns parsed. Each raw writer builds its rows inside the timed loop as the store does (ids,',
    'JSON text, timestamp) and stores a fixed 64-character stand-in where the store stores a hash.',
    '',
    ...(await machineNote()),
    '',
    ...table(rows),
    '',
    ...breakdown,
    '',
    'Each step adds one part of what the store does to the raw writers of the 16-writer case (same clients,',
    'same table, alternating in this run): the JavaScript work of validating the append and chaining its',
    "hash, then the store's statement, which inserts only if the previous event is stored with the hash the",
    'new one chains from (a probe of the (stream_id, stream_version) unique index) and returns the position,',
    'then the store itself with every append in a statement of its own (`groupAppends: false`), then the store',
    'as it ships: while one of its append statements is running, the single-event appends that arrive wait',
    'and go together in the next statement, each still checked against its own stream (group commit). A lone',
    'writer never waits; sixteen writers share round trips and commits, which is how the store passes the raw',
    'baseline of one INSERT and one commit per event.',
    '',
    ...libraryWork(),
    '',
    `Run: \`npx ts-node --transpile-only -r tsconfig-paths/register -P tsconfig.json packages/adapters/bench/adapters.bench.ts\` (took ${((Date.now() - started) / 1000).toFixed(0)} s).`,
    '',
  ].join('\n');
  const out = resolve(process.cwd(), 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'adapters.md'), report);
  console.log(`\n${report}`);
};

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
