import { openEventStore } from '@council-partnerships/adapters';
import { hashEvent, JsonObject, RecordedEvent } from '@council-partnerships/domain';
import { sampleEvents } from '@council-partnerships/testing';
import { openForAudit } from '../defaultIo';
import { run } from './cli';

/** The events table as someone with write access sees it, in the dialect of one database. */
export interface EventsTable {
  /** `{events}` stands for the table, `?` for a bound parameter, `{json}` for a JSON parameter. */
  run(sql: string, params?: readonly unknown[]): Promise<void>;
  /** A statement leaving the row at (stream, version) unreadable to the store. */
  readonly corruptRow: string;
  close(): Promise<void>;
}

export interface TamperTarget {
  /** The `--store` connection string. */
  readonly connection: string;
  readonly table: () => Promise<EventsTable>;
  readonly teardown: () => Promise<void>;
}

const seed = async (connection: string, streamId: string, count: number): Promise<RecordedEvent[]> => {
  const opened = await openEventStore(connection, { clock: () => new Date('2024-04-01T08:00:00Z') });
  if (opened._tag === 'Left') throw new Error(opened.left.message);
  try {
    const appended = await opened.right.appendToStream(streamId, sampleEvents(count), {
      expectedVersion: 'no_stream',
    });
    if (appended._tag === 'Left') throw new Error(appended.left.message);
    return [...appended.right.events];
  } finally {
    await opened.right.close();
  }
};

const at = (events: readonly RecordedEvent[], version: number): RecordedEvent => events[version - 1]!;
const sealed = (event: Omit<RecordedEvent, 'hash'>): RecordedEvent => ({ ...event, hash: hashEvent(event) });
const where = 'WHERE stream_id = ? AND stream_version = ?';

/** Moves versions from `from` onwards by `by`, in two steps so UNIQUE (stream_id, stream_version) holds. */
const renumber = async (table: EventsTable, streamId: string, from: number, by: number) => {
  await table.run(
    'UPDATE {events} SET stream_version = -(stream_version + ?) WHERE stream_id = ? AND stream_version >= ?',
    [by, streamId, from],
  );
  await table.run(
    'UPDATE {events} SET stream_version = -stream_version WHERE stream_id = ? AND stream_version < 0',
    [streamId],
  );
};

/** Inserts a row behind the store's back, as someone with write access to the database could. */
export const insertRow = (
  table: EventsTable,
  e: RecordedEvent,
  extraColumns = '',
  extraValues: unknown[] = [],
) =>
  table.run(
    `INSERT INTO {events} (event_id, stream_id, stream_version, event_type, schema_version, data, actor, occurred_at,
       recorded_at, command_id, correlation_id, causation_id, previous_hash, hash${extraColumns})
     VALUES (?, ?, ?, ?, ?, {json}, {json}, ?, ?, ?, ?, ?, ?, ?${extraValues.map(() => ', ?').join('')})`,
    [
      e.eventId,
      e.streamId,
      e.streamVersion,
      e.type,
      e.schemaVersion,
      JSON.stringify(e.data),
      JSON.stringify(e.actor),
      e.occurredAt,
      e.recordedAt,
      e.commandId,
      e.correlationId,
      e.causationId,
      e.previousHash,
      e.hash,
      ...extraValues,
    ],
  );

interface TamperCase {
  readonly name: string;
  readonly tamper: (table: EventsTable, events: readonly RecordedEvent[], streamId: string) => Promise<void>;
  readonly expected: readonly (readonly [string, number | null])[];
}

const edited: JsonObject = { amountPence: 99, note: 'sample' };

const cases: readonly TamperCase[] = [
  {
    name: 'an edited amount',
    tamper: (table, _events, s) =>
      table.run(`UPDATE {events} SET data = {json} ${where}`, [JSON.stringify(edited), s, 3]),
    expected: [['altered-event', 3]],
  },
  {
    name: 'an edited amount with its hash recomputed',
    tamper: (table, events, s) => {
      const { hash: _hash, globalPosition: _position, ...third } = at(events, 3);
      const rewritten = sealed({ ...third, globalPosition: 0, data: edited });
      return table.run(`UPDATE {events} SET data = {json}, hash = ? ${where}`, [
        JSON.stringify(edited),
        rewritten.hash,
        s,
        3,
      ]);
    },
    expected: [['altered-event', 3]],
  },
  {
    name: 'a deleted row',
    tamper: (table, _events, s) => table.run(`DELETE FROM {events} ${where}`, [s, 3]),
    expected: [['deleted-event', 3]],
  },
  {
    name: 'a deleted first row (the store stops listing the stream)',
    tamper: (table, _events, s) => table.run(`DELETE FROM {events} ${where}`, [s, 1]),
    expected: [['deleted-event', 1]],
  },
  {
    name: 'a deleted row with the later rows renumbered to close the gap',
    tamper: async (table, _events, s) => {
      await table.run(`DELETE FROM {events} ${where}`, [s, 3]);
      await renumber(table, s, 4, -1);
    },
    expected: [['deleted-event', 3]],
  },
  {
    name: 'a forged row inserted with the later rows renumbered to make room',
    tamper: async (table, events, s) => {
      await renumber(table, s, 3, 1);
      const { hash: _hash, ...second } = at(events, 2);
      await insertRow(
        table,
        sealed({
          ...second,
          eventId: `forged-${s}`,
          commandId: `forged-${s}`,
          streamVersion: 3,
          data: { amountPence: 500_000_00 },
          previousHash: at(events, 2).hash,
        }),
      );
    },
    expected: [['inserted-event', 3]],
  },
  {
    name: 'two rows with their versions swapped',
    tamper: async (table, _events, s) => {
      await table.run(`UPDATE {events} SET stream_version = -1 ${where}`, [s, 2]);
      await table.run(`UPDATE {events} SET stream_version = 2 ${where}`, [s, 5]);
      await table.run(`UPDATE {events} SET stream_version = 5 ${where}`, [s, -1]);
    },
    expected: [['reordered-events', 2]],
  },
  {
    name: 'a row chained to an earlier event with its hash recomputed',
    tamper: (table, events, s) => {
      const { hash: _hash, ...fifth } = at(events, 5);
      const relinked = sealed({ ...fifth, previousHash: at(events, 2).hash });
      return table.run(`UPDATE {events} SET previous_hash = ?, hash = ? ${where}`, [
        relinked.previousHash,
        relinked.hash,
        s,
        5,
      ]);
    },
    expected: [['broken-chain', 5]],
  },
  {
    name: 'a row the store can no longer read',
    tamper: (table, _events, s) => table.run(`${table.corruptRow} ${where}`, [s, 2]),
    expected: [['corrupt-row', 2]],
  },
];

const slug = (name: string): string =>
  name
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);

type Problem = { kind: string; streamId: string; streamVersion: number | null };

/**
 * The same specification for every database: tamper with rows directly in the table, then prove that
 * `partnerships verify` catches each edit, names it precisely and exits 1. Cases share one store, each
 * in its own stream, and run in order: the intact check and the anchor come before any tampering.
 */
export const tamperingSpecification = (target: () => TamperTarget): void => {
  let t: TamperTarget;
  let table: EventsTable;
  const verify = (...extra: string[]) =>
    run(['verify', '--store', t.connection, '--json', ...extra], {}, { openStore: openForAudit });
  const problemsOf = (stdout: string, streamId: string) =>
    (JSON.parse(stdout).problems as Problem[])
      .filter((p) => p.streamId === streamId)
      .map((p) => [p.kind, p.streamVersion]);

  beforeAll(async () => {
    t = target();
    table = await t.table();
  });
  afterAll(async () => {
    await table?.close();
    await t?.teardown();
  });

  it('given untouched streams, then verify exits 0', async () => {
    await seed(t.connection, 'partnership-untouched', 6);
    const ran = await verify();
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(JSON.parse(ran.stdout)).toMatchObject({ intact: true, streamsChecked: 1, eventsChecked: 6 });
  });

  it('given the end of a stream cut off after its heads were exported, then verify --anchor finds it truncated', async () => {
    const streamId = 'partnership-truncated';
    await seed(t.connection, streamId, 4);
    const anchor = await run(['export', 'heads', '--store', t.connection], {}, { openStore: openForAudit });
    expect(anchor.code).toBe(0);
    await table.run(`DELETE FROM {events} ${where}`, [streamId, 4]);
    expect((await verify()).code).toBe(0);
    const ran = await run(
      ['verify', '--store', t.connection, '--json', '--anchor', 'heads.json'],
      {},
      {
        openStore: openForAudit,
        readFile: async () => anchor.stdout,
      },
    );
    expect(ran.code).toBe(1);
    expect(problemsOf(ran.stdout, streamId)).toEqual([['truncated-stream', 4]]);
  });

  describe.each(cases)('given $name', ({ name, tamper, expected }) => {
    it('then verify names it precisely and exits 1', async () => {
      const streamId = `partnership-${slug(name)}`;
      const events = await seed(t.connection, streamId, 6);
      await tamper(table, events, streamId);
      const ran = await verify();
      expect(ran.code).toBe(1);
      expect(problemsOf(ran.stdout, streamId)).toEqual(expected);
    });
  });

  it('leaves the untouched stream untouched in the report', async () => {
    const ran = await verify();
    expect(problemsOf(ran.stdout, 'partnership-untouched')).toEqual([]);
    expect(JSON.parse(ran.stdout).problems.length).toBe(cases.length);
  });
};
