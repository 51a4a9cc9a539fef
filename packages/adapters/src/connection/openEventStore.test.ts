import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EventStore } from '@council-partnerships/domain';
import { sampleEvents } from '@council-partnerships/testing';
import {
  describePostgres,
  dropSchema,
  freshSchemaName,
  postgresTestUrl,
} from '../postgres/postgresTestSupport';
import { latestPostgresSchemaVersion } from '../postgres/postgresSchema';
import { openEventStore } from './openEventStore';
import { systemClock } from './systemClock';
import { uuidV7 } from './uuidV7';

/** Jest's matcher for a message that includes `text` (its own typing is `any`). */
const mentioning = (text: string): unknown => expect.stringContaining(text);

const opened = async (connectionString: string): Promise<EventStore> => {
  const result = await openEventStore(connectionString);
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
};

const roundTrip = async (store: EventStore) => {
  expect(await store.appendToStream('s', sampleEvents(1), { expectedVersion: 'no_stream' })).toMatchObject({
    _tag: 'Right',
  });
  expect(await store.readStream('s')).toMatchObject({ right: [{ streamVersion: 1 }] });
};

describe('openEventStore', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'open-store-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens an in-memory store for memory:', async () => {
    const store = await opened('memory:');
    expect(store.name).toBe('in-memory');
    await roundTrip(store);
  });

  it.each([
    ['sqlite:<path>', (d: string) => `sqlite:${join(d, 'a.sqlite')}`],
    ['sqlite:///absolute path', (d: string) => `sqlite://${join(d, 'b')}`],
    ['a path ending .db', (d: string) => join(d, 'c.db')],
    ['a path ending .sqlite', (d: string) => join(d, 'd.sqlite')],
  ])('opens a SQLite file for %s', async (_label, make) => {
    const store = await opened(make(dir));
    expect(store.name).toBe('sqlite');
    await roundTrip(store);
    await store.close();
  });

  it('opens an EventStoreDB store for esdb:// and esdb+discover:// without connecting yet', async () => {
    for (const cs of ['esdb://localhost:2113?tls=false', 'esdb+discover://cluster.example:2113']) {
      const store = await opened(cs);
      expect(store.name).toBe('eventstoredb');
      await store.close();
    }
  });

  it.each(['mysql://localhost/db', 'events.txt', '', 'sqlite:'])(
    'refuses %j, listing the forms it accepts',
    async (cs) => {
      const result = await openEventStore(cs);
      expect(result).toMatchObject({
        _tag: 'Left',
        left: { code: 'InvalidInput', path: ['connectionString'] },
      });
      if (cs !== 'sqlite:')
        expect((result as { left: { message: string } }).left.message).toContain('postgres://');
    },
  );

  it('opens only an existing SQLite file when asked to create nothing', async () => {
    const file = join(dir, 'typo.sqlite');
    expect(await openEventStore(`sqlite:${file}`, { existing: true })).toMatchObject({
      left: {
        code: 'StoreUnavailable',
        message: mentioning(`there is no SQLite file at ${file}; nothing was created`),
      },
    });
    expect(existsSync(file)).toBe(false);
    await (await opened(`sqlite:${file}`)).close();
    const again = await openEventStore(`sqlite:${file}`, { existing: true });
    expect(again._tag).toBe('Right');
    if (again._tag === 'Right') await again.right.close();
  });

  it('reports a SQLite file that cannot be created as StoreUnavailable', async () => {
    expect(await openEventStore(`sqlite:${join(dir, 'missing', 'dir', 'x.sqlite')}`)).toMatchObject({
      left: { code: 'StoreUnavailable' },
    });
  });

  it('exports the clock and id source command handlers need', () => {
    expect(systemClock()).toBeInstanceOf(Date);
    const [a, b] = [uuidV7(), uuidV7()];
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a < b).toBe(true);
  });
});

describePostgres()('openEventStore on PostgreSQL', () => {
  it('opens a migrated store in the schema the URL names', async () => {
    const schema = freshSchemaName('open');
    const store = await opened(`${postgresTestUrl}?schema=${schema}`);
    expect(store.name).toBe('postgres');
    await roundTrip(store);
    await store.close();
    const client = new Client({ connectionString: postgresTestUrl });
    await client.connect();
    const tables = await client.query<{ table_name: string }>(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1',
      [schema],
    );
    await client.end();
    expect(tables.rows.map((r) => r.table_name)).toEqual(['events', 'schema_migrations', 'snapshots']);
    await dropSchema(schema);
  });

  it('opens only an existing schema, creating nothing, when asked to', async () => {
    const schema = freshSchemaName('existing');
    const url = `${postgresTestUrl}?schema=${schema}`;
    expect(await openEventStore(url, { existing: true })).toMatchObject({
      left: {
        code: 'StoreUnavailable',
        message: mentioning(`there is no event store in schema ${schema}; nothing was created`),
      },
    });
    const client = new Client({ connectionString: postgresTestUrl });
    await client.connect();
    const schemas = await client.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [
      schema,
    ]);
    expect(schemas.rows).toEqual([]);
    const writer = await opened(url);
    await roundTrip(writer);
    await writer.close();
    const reader = await opened(url);
    await reader.close();
    const existing = await openEventStore(url, { existing: true });
    if (existing._tag === 'Left') throw new Error(existing.left.message);
    expect(await existing.right.readStream('s')).toMatchObject({ right: [{ streamVersion: 1 }] });
    await existing.right.close();
    // A schema left at an older version is refused, not migrated, by a reader.
    await client.query(`DELETE FROM "${schema}".schema_migrations`);
    expect(await openEventStore(url, { existing: true })).toMatchObject({
      left: {
        code: 'StoreUnavailable',
        message: mentioning(
          `schema ${schema} is at version 0; this release reads version ${latestPostgresSchemaVersion}`,
        ),
      },
    });
    await client.end();
    await dropSchema(schema);
  });

  it('refuses a bad schema name and reports an unreachable server', async () => {
    expect(await openEventStore(`${postgresTestUrl}?schema=Bad-Name`)).toMatchObject({
      left: { code: 'InvalidInput' },
    });
    expect(await openEventStore('postgresql://postgres@127.0.0.1:1/test')).toMatchObject({
      left: { code: 'StoreUnavailable' },
    });
  });
});
