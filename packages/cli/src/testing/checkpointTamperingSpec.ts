import * as crypto from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEventStore } from '@council-partnerships/adapters';
import { RecordedEvent } from '@council-partnerships/domain';
import { sampleEvents } from '@council-partnerships/testing';
import { openForAudit } from '../defaultIo';
import { run } from './cli';
import { edited, EventsTable, forged, sealed, where, withOpenStore } from './eventsTable';
import { parseJson } from './json';
import { CheckpointReport } from './outputs';

/** A fresh, empty store for one case, and the events table behind it. */
export interface CheckpointTamperTarget {
  /** `{position}` in SQL stands for the column holding the global position. */
  readonly positionColumn: string;
  readonly fresh: () => Promise<{ connection: string; table: EventsTable; teardown: () => Promise<void> }>;
  /**
   * Inserts a row so that the log lists it right after `after`, inside the part a checkpoint already
   * covers, as someone with write access could (each database orders its log its own way).
   */
  readonly insertAfter: (table: EventsTable, row: RecordedEvent, after: RecordedEvent) => Promise<void>;
}

const ORIGIN = 'council.example/partnerships';
const STREAMS = ['partnership-a', 'partnership-b', 'partnership-c'] as const;

/**
 * Twelve events in three streams, appended in turn so that the streams interleave in the log:
 * a1 b1 c1 a2 b2 c2 a3 b3 c3 a4 b4 c4 (log entries 0 to 11).
 */
const seed = (connection: string): Promise<RecordedEvent[]> =>
  withOpenStore(connection, async (store) => {
    const log: RecordedEvent[] = [];
    for (let round = 0; round < 4; round++) {
      for (const streamId of STREAMS) {
        const appended = await store.appendToStream(streamId, sampleEvents(1), { expectedVersion: round });
        if (appended._tag === 'Left') throw new Error(appended.left.message);
        log.push(...appended.right.events);
      }
    }
    return log;
  });

/** Rewrites one event with new data and its hash recomputed; returns the rewritten event. */
const rewrite = async (
  table: EventsTable,
  event: RecordedEvent,
  previousHash: string | null,
): Promise<RecordedEvent> => {
  const { hash: _hash, ...rest } = event;
  const rewritten = sealed({ ...rest, data: edited, previousHash });
  await table.run(`UPDATE {events} SET data = {json}, previous_hash = ?, hash = ? ${where}`, [
    JSON.stringify(edited),
    previousHash,
    rewritten.hash,
    event.streamId,
    event.streamVersion,
  ]);
  return rewritten;
};

interface Case {
  readonly name: string;
  readonly tamper: (
    table: EventsTable,
    log: readonly RecordedEvent[],
    target: CheckpointTamperTarget,
  ) => Promise<void>;
  /**
   * The log entry the checkpoint comparison names first, and the event now stored there: the entry
   * it had in the seeded log, a forged event's id, or null (the log ends, or no single event is to blame).
   */
  readonly firstBad: readonly [number, number | string | null];
}

// log[i] is entry i: a1=0 b1=1 c1=2 a2=3 b2=4 c2=5 a3=6 b3=7 c3=8 a4=9 b4=10 c4=11.
const cases: readonly Case[] = [
  {
    name: 'altered payload',
    tamper: (table, log) => table.editData(log[3]!.streamId, 2),
    firstBad: [3, 3],
  },
  {
    name: 'deleted middle event',
    tamper: (table, log) => table.deleteRow(log[3]!.streamId, 2),
    firstBad: [3, 4],
  },
  {
    name: 'deleted first event',
    tamper: (table, log) => table.deleteRow(log[0]!.streamId, 1),
    firstBad: [0, 1],
  },
  {
    name: 'forged insert (later versions renumbered to make room)',
    tamper: async (table, log) => {
      const [a2, a3] = [log[3]!, log[6]!];
      await table.renumber(a3.streamId, 3, 1);
      await table.insertRow(forged(a3, 'forged-insert', 3, edited, a2.hash));
    },
    firstBad: [6, 6],
  },
  {
    name: 'swapped versions',
    tamper: (table, log) => table.swapVersions(log[0]!.streamId, 2, 4),
    firstBad: [3, 3],
  },
  {
    name: 'truncated tail',
    tamper: (table, log) => table.deleteRow(log[11]!.streamId, 4),
    firstBad: [11, null],
  },
  {
    name: 'deleted stream',
    tamper: (table, log) => table.run('DELETE FROM {events} WHERE stream_id = ?', [log[1]!.streamId]),
    firstBad: [1, 2],
  },
  {
    name: 'suffix rewritten with recomputed hashes',
    tamper: async (table, log) => {
      const a3 = await rewrite(table, log[6]!, log[3]!.hash);
      await rewrite(table, log[9]!, a3.hash);
    },
    firstBad: [6, 6],
  },
  {
    name: 'last event rewritten with its hash recomputed',
    tamper: async (table, log) => void (await rewrite(table, log[11]!, log[8]!.hash)),
    firstBad: [11, 11],
  },
  {
    name: 'forged event appended at a stream tail, placed before the checkpoint',
    tamper: async (table, log, target) => {
      const a4 = log[9]!;
      await target.insertAfter(table, forged(a4, 'forged-append', 5, edited, a4.hash), a4);
    },
    firstBad: [10, 'forged-append'],
  },
  {
    name: 'swapped global positions',
    tamper: async (table, log, target) => {
      const [b2, c3] = [log[4]!, log[8]!];
      const p = target.positionColumn;
      await table.run(`UPDATE {events} SET ${p} = -1 WHERE event_id = ?`, [b2.eventId]);
      await table.run(`UPDATE {events} SET ${p} = ? WHERE event_id = ?`, [b2.globalPosition, c3.eventId]);
      await table.run(`UPDATE {events} SET ${p} = ? WHERE event_id = ?`, [c3.globalPosition, b2.eventId]);
    },
    firstBad: [4, null],
  },
  {
    name: 'changed recorded_at',
    tamper: (table, log) =>
      table.run(`UPDATE {events} SET recorded_at = ? ${where}`, [
        '2024-03-01T08:00:00.000Z',
        log[7]!.streamId,
        3,
      ]),
    firstBad: [7, 7],
  },
];

/**
 * The tamper matrix against a signed checkpoint, for one database: each case seeds a fresh store,
 * signs a checkpoint of its twelve events (keeping the leaves file), edits the table behind the
 * store, and expects `partnerships verify --checkpoint` to exit 1 naming the first changed entry.
 */
export const checkpointTamperingSpecification = (target: () => CheckpointTamperTarget): void => {
  let dir: string;
  const keys = crypto.generateKeyPairSync('ed25519');
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'partnerships-cp-tamper-'));
    writeFileSync(join(dir, 'log.pem'), keys.privateKey.export({ format: 'pem', type: 'pkcs8' }));
    writeFileSync(join(dir, 'log.pub'), keys.publicKey.export({ format: 'pem', type: 'spki' }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const cli = (argv: string[]) => run(argv, {}, { openStore: openForAudit });
  const prepare = async (name: string) => {
    const t = target();
    const fresh = await t.fresh();
    const log = await seed(fresh.connection);
    const cp = join(dir, `${name}.checkpoint`);
    const signed = await cli([
      'checkpoint',
      '--store',
      fresh.connection,
      '--key',
      join(dir, 'log.pem'),
      '--origin',
      ORIGIN,
      '--leaves',
      `${cp}.leaves`,
    ]);
    expect(signed.code).toBe(0);
    writeFileSync(cp, signed.stdout);
    const verify = (...extra: string[]) =>
      cli([
        'verify',
        '--store',
        fresh.connection,
        '--json',
        '--checkpoint',
        cp,
        '--public-key',
        join(dir, 'log.pub'),
        ...extra,
      ]);
    return { t, fresh, log, cp, verify };
  };
  type Prepared = Awaited<ReturnType<typeof prepare>>;
  /** Runs `use` on a freshly seeded and signed store, then closes its table and tears it down. */
  const inFreshStore = async (name: string, use: (prepared: Prepared) => Promise<void>) => {
    const prepared = await prepare(name);
    try {
      await use(prepared);
    } finally {
      await prepared.fresh.table.close();
      await prepared.fresh.teardown();
    }
  };

  it('given an untouched store and one event appended after the checkpoint, then verify exits 0 and reports it not yet covered', () =>
    inFreshStore('untouched', async ({ fresh, verify }) => {
      const opened = await openEventStore(fresh.connection, { existing: true });
      if (opened._tag === 'Left') throw new Error(opened.left.message);
      await opened.right.appendToStream('partnership-a', sampleEvents(1), { expectedVersion: 4 });
      await opened.right.close();
      const ran = await verify();
      expect(ran.code).toBe(0);
      expect(parseJson(CheckpointReport, ran.stdout).checkpoint).toMatchObject({
        consistent: true,
        checkpointSize: 12,
        storeSize: 13,
        uncovered: 1,
      });
    }));

  describe.each(cases)('given $name', ({ name, tamper, firstBad }) => {
    it('then verify --checkpoint exits 1 and names the first changed entry of the log', () =>
      inFreshStore(name.replace(/[^a-z]+/g, '-'), async ({ t, fresh, log, cp, verify }) => {
        await tamper(fresh.table, log, t);
        const withLeaves = await verify('--leaves', `${cp}.leaves`);
        expect(withLeaves.code).toBe(1);
        const found = parseJson(CheckpointReport, withLeaves.stdout).checkpoint;
        expect(found.consistent).toBe(false);
        expect(found.firstDifference?.index).toBe(firstBad[0]);
        const expected = typeof firstBad[1] === 'number' ? log[firstBad[1]]!.eventId : firstBad[1];
        if (expected !== null) expect(found.firstDifference?.event?.eventId).toBe(expected);
        // Without the leaves file the change is still caught, only not located.
        const without = await verify();
        expect(without.code).toBe(1);
        expect(parseJson(CheckpointReport, without.stdout).checkpoint.consistent).toBe(false);
      }));
  });
};
