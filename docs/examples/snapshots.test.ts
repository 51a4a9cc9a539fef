import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pgClient } from '@council-partnerships/cli/testing/drivers';
import { SnapshotWarning } from '@council-partnerships/domain';
import {
  longPartnershipCommands,
  refusedOnLongPartnership,
} from '@council-partnerships/domain/testing/longPartnership';
import { postgresWithSnapshots, sqliteWithSnapshots } from './snapshots';

const POSTGRES = 'postgres://postgres@127.0.0.1:5432/test';
const SCHEMA = `snippet_snapshots_${process.pid}`;
const STREAM = 'partnership-spec-partnership';

describe("the READMEs' handlers with snapshots", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'snapshots-snippet-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    const client = pgClient(POSTGRES);
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await client.end();
  });

  it('given SQLite, when a partnership passes 1,000 events, then its snapshot is kept and a cold handler decides from it', async () => {
    const filename = join(dir, 'council.sqlite');
    const first = sqliteWithSnapshots(filename);
    for (const command of longPartnershipCommands(1010))
      expect((await first.handle(command))._tag).toBe('Right');
    const held = await first.snapshots.readLatest(STREAM);
    expect(held._tag === 'Right' && held.right?.streamVersion).toBe(1000);
    await Promise.all([first.store.close(), first.snapshots.close()]);

    const warnings: SnapshotWarning[] = [];
    const cold = sqliteWithSnapshots(filename, warnings);
    const refused = await cold.handle(refusedOnLongPartnership());
    expect(refused._tag === 'Left' && refused.left.code).toBe('ReturnAlreadyApproved');
    expect(warnings).toEqual([]);
    await Promise.all([cold.store.close(), cold.snapshots.close()]);
  });

  it('given PostgreSQL, when a partnership is recorded, then the handler records it with its snapshots beside the events', async () => {
    const { store, snapshots, handle } = postgresWithSnapshots(POSTGRES, SCHEMA);
    for (const command of longPartnershipCommands(40)) expect((await handle(command))._tag).toBe('Right');
    // Fewer than 1,000 events: no snapshot yet, and the handler read none.
    expect(await snapshots.readLatest(STREAM)).toEqual({ _tag: 'Right', right: null });
    await Promise.all([store.close(), snapshots.close()]);
  });
});
