import { forEachPage, NewEvent, RecordedEvent } from '@council-partnerships/domain';
import { openForAudit } from '../defaultIo';
import { run } from './cli';
import { councilStore } from './councilStore';
import { EventsTable, sealed, TamperTarget, where, withOpenStore } from './eventsTable';
import { parseJson } from './json';
import { Replayed, VerifyReport } from './outputs';

const STOCKTON = 'stockton-family-support';
const STREAM = `partnership-${STOCKTON}`;

/** Copies the council's histories into a real store, stream by stream, in log order. */
const seedCouncil = async (connection: string): Promise<RecordedEvent[]> => {
  const source = await councilStore();
  const batches: { streamId: string; events: NewEvent[] }[] = [];
  const copied = await forEachPage(source, (page) => {
    for (const { streamId, eventId, type, schemaVersion, data, occurredAt, actor, commandId } of page) {
      const last = batches[batches.length - 1];
      const event = { eventId, type, schemaVersion, data, occurredAt, actor, commandId } as const;
      const e: NewEvent = { ...event, correlationId: commandId, causationId: null };
      if (last?.streamId === streamId) last.events.push(e);
      else batches.push({ streamId, events: [e] });
    }
  });
  if (copied._tag === 'Left') throw new Error(copied.left.message);
  return withOpenStore(connection, async (store) => {
    for (const batch of batches) {
      const appended = await store.appendToStream(batch.streamId, batch.events, { expectedVersion: 'any' });
      if (appended._tag === 'Left') throw new Error(appended.left.message);
    }
    const stream = await store.readStream(STREAM);
    if (stream._tag === 'Left') throw new Error(stream.left.message);
    return [...stream.right];
  });
};

/** Every command that reads events to present them, run on a store holding Stockton's history. */
const readers = (eventId: string): readonly (readonly [string, readonly string[]])[] => [
  ['list', ['list']],
  ['timeline', ['timeline']],
  ['timeline --partnership', ['timeline', '--partnership', STOCKTON]],
  ['replay', ['replay', '--partnership', STOCKTON]],
  ['diff', ['diff', '--partnership', STOCKTON, '--as-of', '2022-01-01', '--as-of', '2023-01-01']],
  ['report', ['report', '--partnership', STOCKTON, '--out', 'report.html']],
  ['export register', ['export', 'register']],
  ['export ocds', ['export', 'ocds']],
  ['export projections', ['export', 'projections']],
  ['show', ['show', '--event', eventId]],
];

interface Damaged {
  readonly target: TamperTarget;
  readonly table: EventsTable;
  readonly events: readonly RecordedEvent[];
}

/**
 * The readers on three damaged copies of one history, in any database: a signed contract's value
 * edited in the table; a well-chained event of a type no read model reads; a row recorded
 * 'yesterday'. Each reader refuses to present the first two as good (exit 1, the finding on stderr,
 * nothing on stdout) unless told to go on, and names the unreadable row (exit 2).
 */
export const readersSpecification = (
  makeTarget: (name: string) => TamperTarget,
  only?: readonly string[],
) => {
  const stores = new Map<string, Damaged>();
  const prepare = async (name: string, damage: (d: Damaged) => Promise<void>): Promise<Damaged> => {
    const target = makeTarget(name);
    const events = await seedCouncil(target.connection);
    const damaged = { target, table: await target.table(), events };
    await damage(damaged);
    stores.set(name, damaged);
    return damaged;
  };
  const signed = (d: Damaged) => d.events.find((e) => e.type === 'ServiceContractSigned')!;
  const cli = (d: Damaged, args: readonly string[]) => {
    const written: string[] = [];
    return run(
      [...args, '--store', d.target.connection],
      {},
      {
        openStore: openForAudit,
        writeFile: (path) => {
          written.push(path);
          return Promise.resolve();
        },
      },
    ).then((ran) => ({ ...ran, written }));
  };
  const selected = (eventId: string) =>
    readers(eventId).filter(([name]) => only === undefined || only.includes(name));

  beforeAll(async () => {
    await prepare('tampered', async ({ table, events }) => {
      const contract = events.find((e) => e.type === 'ServiceContractSigned')!;
      const inflated = {
        ...contract.data,
        annualValuePence: 150_000_000,
        initialTermValuePence: 750_000_000,
        maximumValuePence: 750_000_000,
      };
      await table.editData(STREAM, contract.streamVersion, inflated);
    });
    await prepare('unknown', async ({ table, events }) => {
      const last = events[events.length - 1]!;
      const { hash: _hash, ...fields } = {
        ...last,
        eventId: '01900000-0000-7000-8000-00000000beef',
        commandId: 'renamed-by-a-newer-release',
        type: 'PartnershipRenamed',
        data: { partnershipId: STOCKTON, title: 'Renamed' },
        streamVersion: last.streamVersion + 1,
        previousHash: last.hash,
      };
      await table.insertRow(sealed(fields));
    });
    await prepare('recorded yesterday', ({ table, events }) =>
      table.run(`UPDATE {events} SET recorded_at = 'yesterday' ${where}`, [STREAM, events[4]!.streamVersion]),
    );
  });
  afterAll(async () => {
    for (const d of stores.values()) {
      await d.table.close();
      await d.target.teardown();
    }
  });

  describe('given a contract value edited in the table', () => {
    it('then verify names it and exits 1', async () => {
      const d = stores.get('tampered')!;
      const ran = await cli(d, ['verify']);
      expect(ran.code).toBe(1);
      expect(ran.stdout).toContain(signed(d).eventId);
    });

    it.each(selected('(altered event)'))(
      'then %s shows nothing from it, names it and exits 1',
      async (_n, args) => {
        const d = stores.get('tampered')!;
        const ran = await cli(
          d,
          args.map((a) => (a === '(altered event)' ? signed(d).eventId : a)),
        );
        expect(ran.code).toBe(1);
        if (args[0] !== 'show') expect(ran.stdout).toBe('');
        expect(ran.written).toEqual([]);
        expect(ran.stderr).toMatch(/^partnerships: Tampered: the history read does not verify/);
        expect(ran.stderr).toContain(
          `partnerships: altered-event: stream ${STREAM}, version ${signed(d).streamVersion}, event ${signed(d).eventId}: `,
        );
      },
    );

    it.each(selected('(altered event)'))(
      'then %s --allow-tampered goes on with a warning, exit 0',
      async (_n, args) => {
        const d = stores.get('tampered')!;
        const ran = await cli(d, [
          ...args.map((a) => (a === '(altered event)' ? signed(d).eventId : a)),
          '--allow-tampered',
        ]);
        expect(ran.code).toBe(0);
        expect(ran.stdout.length + ran.written.length).toBeGreaterThan(0);
        expect(ran.stderr).toMatch(
          /^partnerships: warning: the history read does not verify \(1 problem in 1 stream\)/,
        );
      },
    );

    it('then --allow-tampered shows the altered figures, which is why it has to be asked for', async () => {
      const d = stores.get('tampered')!;
      const ran = await cli(d, ['replay', '--partnership', STOCKTON, '--json', '--allow-tampered']);
      const contract = parseJson(Replayed, ran.stdout).register.contracts.find(
        (c) => c.contractId === (signed(d).data as { contractId: string }).contractId,
      );
      expect(contract?.annualValuePence).toBe(150_000_000);
    });
  });

  describe('given an event of a type this release does not read, chained like any other', () => {
    it('then verify finds the chains intact', async () => {
      expect((await cli(stores.get('unknown')!, ['verify'])).code).toBe(0);
    });

    it.each(selected('(first event)').filter(([name]) => name !== 'show'))(
      'then %s counts it, names where it is, shows nothing and exits 1',
      async (_n, args) => {
        const d = stores.get('unknown')!;
        const ran = await cli(d, args);
        expect(ran.code).toBe(1);
        expect(ran.stdout).toBe('');
        expect(ran.stderr).toContain(
          `partnerships: UnknownEventType: the history holds 1 event of types this release does not read: PartnershipRenamed (1; first in stream ${STREAM} at version ${d.events.length + 1}, event 01900000-0000-7000-8000-00000000beef)`,
        );
      },
    );

    it.each(selected('(first event)').filter(([name]) => name !== 'show'))(
      'then %s --skip-unknown leaves it out with a warning, exit 0',
      async (_n, args) => {
        const ran = await cli(stores.get('unknown')!, [...args, '--skip-unknown']);
        expect(ran.code).toBe(0);
        expect(ran.stderr).toMatch(
          /^partnerships: warning: left out 1 event of types this release does not read: PartnershipRenamed/,
        );
        expect(ran.stdout).not.toContain('PartnershipRenamed');
      },
    );
  });

  describe("given a row whose recorded_at is 'yesterday'", () => {
    it('then verify reports it as a corrupt row and exits 1', async () => {
      const ran = await cli(stores.get('recorded yesterday')!, ['verify', '--json']);
      expect(ran.code).toBe(1);
      expect(parseJson(VerifyReport, ran.stdout).problems).toMatchObject([
        { kind: 'corrupt-row', streamId: STREAM, streamVersion: 5 },
      ]);
    });

    it.each(selected('1'))('then %s names the row it cannot read and exits 2', async (_n, args) => {
      const d = stores.get('recorded yesterday')!;
      const ran = await cli(d, args);
      expect(ran.code).toBe(2);
      expect(ran.stdout).toBe('');
      expect(ran.stderr).toMatch(
        new RegExp(
          `^partnerships: CorruptEvent: event ${d.events[4]!.eventId} at ${STREAM} version 5 cannot be read: .*"yesterday"`,
        ),
      );
    });
  });
};
