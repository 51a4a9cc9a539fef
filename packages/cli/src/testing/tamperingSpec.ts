import { RecordedEvent } from '@council-partnerships/domain';
import { sampleEvents } from '@council-partnerships/testing';
import { openForAudit } from '../defaultIo';
import { run } from './cli';
import { edited, EventsTable, forged, sealed, TamperTarget, where, withOpenStore } from './eventsTable';
import { parseJson } from './json';
import { AnyObject, VerifyReport } from './outputs';

const seed = (connection: string, streamId: string, count: number): Promise<RecordedEvent[]> =>
  withOpenStore(connection, async (store) => {
    const appended = await store.appendToStream(streamId, sampleEvents(count), {
      expectedVersion: 'no_stream',
    });
    if (appended._tag === 'Left') throw new Error(appended.left.message);
    return [...appended.right.events];
  });

const at = (events: readonly RecordedEvent[], version: number): RecordedEvent => events[version - 1]!;

interface TamperCase {
  readonly name: string;
  readonly tamper: (table: EventsTable, events: readonly RecordedEvent[], streamId: string) => Promise<void>;
  readonly expected: readonly (readonly [string, number | null])[];
}

const cases: readonly TamperCase[] = [
  {
    name: 'an edited amount',
    tamper: (table, _events, s) => table.editData(s, 3),
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
    tamper: (table, _events, s) => table.deleteRow(s, 3),
    expected: [['deleted-event', 3]],
  },
  {
    name: 'a deleted first row (the store stops listing the stream)',
    tamper: (table, _events, s) => table.deleteRow(s, 1),
    expected: [['deleted-event', 1]],
  },
  {
    name: 'a deleted row with the later rows renumbered to close the gap',
    tamper: async (table, _events, s) => {
      await table.deleteRow(s, 3);
      await table.renumber(s, 4, -1);
    },
    expected: [['deleted-event', 3]],
  },
  {
    name: 'a forged row inserted with the later rows renumbered to make room',
    tamper: async (table, events, s) => {
      await table.renumber(s, 3, 1);
      const second = at(events, 2);
      await table.insertRow(forged(second, `forged-${s}`, 3, { amountPence: 500_000_00 }, second.hash));
    },
    expected: [['inserted-event', 3]],
  },
  {
    name: 'two rows with their versions swapped',
    tamper: (table, _events, s) => table.swapVersions(s, 2, 5),
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
    parseJson(VerifyReport, stdout)
      .problems.filter((p) => p.streamId === streamId)
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
    expect(parseJson(AnyObject, ran.stdout)).toMatchObject({
      intact: true,
      streamsChecked: 1,
      eventsChecked: 6,
    });
  });

  it('given the end of a stream cut off after its heads were exported, then verify --anchor finds it truncated', async () => {
    const streamId = 'partnership-truncated';
    await seed(t.connection, streamId, 4);
    const anchor = await run(['export', 'heads', '--store', t.connection], {}, { openStore: openForAudit });
    expect(anchor.code).toBe(0);
    await table.deleteRow(streamId, 4);
    expect((await verify()).code).toBe(0);
    const ran = await run(
      ['verify', '--store', t.connection, '--json', '--anchor', 'heads.json'],
      {},
      { openStore: openForAudit, readFile: () => Promise.resolve(anchor.stdout) },
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
    expect(parseJson(VerifyReport, ran.stdout).problems.length).toBe(cases.length);
  });
};
