import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { command } from '@council-partnerships/testing';
import { pgClient } from '@council-partnerships/cli/testing/drivers';
import { openConfiguredStore } from './open-store';

const SCHEMA = `snippet_open_store_${process.pid}`;
const conceive = command('ConceivePartnership', {
  partnershipId: 'family-support',
  title: 'Family support',
  serviceArea: "Children's services",
  leadCommissioner: { commissionerId: 'stockton', name: 'Stockton-on-Tees Borough Council' },
  conceivedOn: '2021-07-26',
});

describe("the adapters README's store opened from the configuration", () => {
  let dir: string;
  const before = process.env.EVENT_STORE;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'open-store-'));
  });
  afterAll(async () => {
    if (before === undefined) delete process.env.EVENT_STORE;
    else process.env.EVENT_STORE = before;
    rmSync(dir, { recursive: true, force: true });
    const client = pgClient('postgres://postgres@127.0.0.1:5432/test');
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await client.end();
  });

  it.each([
    ['a SQLite file', () => `sqlite:${join(dir, 'council.sqlite')}`],
    ['a PostgreSQL schema', () => `postgres://postgres@127.0.0.1:5432/test?schema=${SCHEMA}`],
  ])('given EVENT_STORE naming %s, then commands are recorded there', async (_name, address) => {
    process.env.EVENT_STORE = address();
    const { store, handle } = await openConfiguredStore();
    const handled = await handle(conceive);
    await store.close();
    expect(handled).toMatchObject({ _tag: 'Right', right: { replayed: false } });
    const reopened = await openConfiguredStore();
    const streams = await reopened.store.listStreams();
    await reopened.store.close();
    expect(streams._tag === 'Right' && streams.right.length).toBe(1);
  });

  it('given an address of no known form, then it stops with the forms it accepts', async () => {
    process.env.EVENT_STORE = 'mysql://council';
    await expect(openConfiguredStore()).rejects.toThrow(/postgres:\/\/user@host:5432\/database/);
  });
});
