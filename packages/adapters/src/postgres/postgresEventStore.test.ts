import { verifyStream } from '@council-partnerships/domain';
import { eventStoreContract, sampleEvents } from '@council-partnerships/testing';
import { createPostgresEventStore } from './postgresEventStore';
import { latestPostgresSchemaVersion, postgresMigrations } from './postgresSchema';
import {
  describePostgres,
  dropSchema,
  freshSchemaName,
  openTestStore as openStore,
  postgresTestUrl,
  storeInFreshSchema,
  withClient,
} from './postgresTestSupport';

const describeIf = describePostgres();

describeIf('PostgreSQL', () => {
  eventStoreContract('PostgreSQL', () =>
    storeInFreshSchema(
      'contract',
      (schema) => openStore(schema),
      (schema) => ({
        corruptEvent: (streamId: string, version: number) =>
          withClient(async (client) => {
            await client.query(
              `UPDATE "${schema}".events SET data = to_jsonb('not an object'::text) WHERE stream_id = $1 AND stream_version = $2`,
              [streamId, version],
            );
          }),
      }),
    ),
  );

  describe('schema and connection', () => {
    const schemas: string[] = [];
    const fresh = (label: string) => {
      const name = freshSchemaName(label);
      schemas.push(name);
      return name;
    };
    afterAll(async () => {
      for (const schema of schemas) await dropSchema(schema);
    });

    it('creates its schema and records the migrations it applied, once', async () => {
      const schema = fresh('migrate');
      const store = openStore(schema);
      expect(await store.migrate()).toEqual({
        _tag: 'Right',
        right: postgresMigrations.map((m) => m.version),
      });
      await store.close();
      const again = openStore(schema);
      expect(await again.migrate()).toEqual({ _tag: 'Right', right: [] });
      await again.close();
      const versions = await withClient((c) => c.query(`SELECT version FROM "${schema}".schema_migrations`));
      expect(versions.rows).toEqual(postgresMigrations.map((m) => ({ version: m.version })));
    });

    it('lets several stores migrate the same new schema at once', async () => {
      const schema = fresh('race');
      const stores = Array.from({ length: 4 }, () => openStore(schema));
      const results = await Promise.all(stores.map((s) => s.migrate()));
      expect(results.filter((r) => r._tag === 'Right' && r.right.length > 0)).toHaveLength(1);
      expect(results.every((r) => r._tag === 'Right')).toBe(true);
      await Promise.all(stores.map((s) => s.close()));
    });

    it('migrates on first use when migrate() was not called', async () => {
      const store = openStore(fresh('lazy'));
      expect(
        await store.appendToStream('s', sampleEvents(1), { expectedVersion: 'no_stream' }),
      ).toMatchObject({
        _tag: 'Right',
      });
      await store.close();
    });

    it('refuses a schema written by a newer release', async () => {
      const schema = fresh('newer');
      const store = openStore(schema);
      await store.migrate();
      await store.close();
      await withClient((c) =>
        c.query(`INSERT INTO "${schema}".schema_migrations (version, description) VALUES ($1, 'future')`, [
          latestPostgresSchemaVersion + 1,
        ]),
      );
      const later = openStore(schema);
      expect(await later.migrate()).toMatchObject({ left: { code: 'StoreUnavailable' } });
      await later.close();
    });

    it('migrates a store written before data and actor were json: its events read back, verify and are recognised on retry', async () => {
      const [source, older] = [fresh('source'), fresh('older')];
      const writer = openStore(source);
      const batch = sampleEvents(3, { data: { note: 'Zoë "quoted"', nested: { b: [1, 2.5], a: null } } });
      const appended = await writer.appendToStream('s', batch, { expectedVersion: 'no_stream' });
      await writer.close();
      if (appended._tag === 'Left') throw new Error(appended.left.message);
      // The schema as the release before json columns left it (migrations 1 and 2), its rows in jsonb.
      await withClient(async (c) => {
        await c.query(`CREATE SCHEMA "${older}"`);
        await c.query(
          `CREATE TABLE "${older}".schema_migrations (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
        );
        for (const migration of postgresMigrations.filter((m) => m.version <= 2)) {
          for (const statement of migration.statements({ name: older, quoted: `"${older}"` }))
            await c.query(statement);
          await c.query(
            `INSERT INTO "${older}".schema_migrations (version, description) VALUES ($1, 'earlier')`,
            [migration.version],
          );
        }
        await c.query(`INSERT INTO "${older}".events SELECT * FROM "${source}".events`);
        const types = await c.query(
          `SELECT data_type FROM information_schema.columns WHERE table_schema = $1 AND column_name IN ('data', 'actor')`,
          [older],
        );
        expect(types.rows).toEqual([{ data_type: 'jsonb' }, { data_type: 'jsonb' }]);
      });
      const store = openStore(older);
      expect(await store.migrate()).toEqual({ _tag: 'Right', right: [3, 4] });
      const read = await store.readStream('s');
      expect(read).toEqual({ _tag: 'Right', right: appended.right.events });
      if (read._tag === 'Right') expect(verifyStream(read.right).problems).toEqual([]);
      expect(await store.appendToStream('s', batch, { expectedVersion: 'no_stream' })).toEqual(appended);
      expect(await store.appendToStream('s', sampleEvents(1), { expectedVersion: 3 })).toMatchObject({
        right: { nextExpectedVersion: 4, events: [{ previousHash: appended.right.events[2]!.hash }] },
      });
      await store.close();
    });

    it.each(['Robert"; DROP TABLE x; --', 'UPPER', '1starts_with_digit', 'a'.repeat(64), ''])(
      'refuses the schema name %j',
      (schema) => {
        expect(createPostgresEventStore({ connectionString: postgresTestUrl, schema })).toMatchObject({
          _tag: 'Left',
          left: { code: 'InvalidInput', path: ['schema'] },
        });
      },
    );

    it('answers StoreUnavailable, not an exception, when the server cannot be reached', async () => {
      const created = createPostgresEventStore({ connectionString: 'postgres://postgres@127.0.0.1:1/test' });
      if (created._tag === 'Left') throw new Error('unexpected');
      const store = created.right;
      const appended = await store.appendToStream('s', sampleEvents(1), { expectedVersion: 'any' });
      expect(appended).toMatchObject({ _tag: 'Left', left: { code: 'StoreUnavailable' } });
      expect((appended as { left: { message: string } }).left.message).toMatch(
        /ECONNREFUSED.*PostgreSQL is running/,
      );
      expect(await store.readAll()).toMatchObject({ _tag: 'Left', left: { code: 'StoreUnavailable' } });
      await store.close();
    });

    it('leaves a pool it was given open on close, and ends one it created', async () => {
      const { Pool } = await import('pg');
      const pool = new Pool({ connectionString: postgresTestUrl, max: 2 });
      const created = createPostgresEventStore({ pool, schema: fresh('pool') });
      if (created._tag === 'Left') throw new Error('unexpected');
      await created.right.appendToStream('s', sampleEvents(1), { expectedVersion: 'no_stream' });
      await created.right.close();
      expect((await pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      await pool.end();
      const closed = await created.right.readAll();
      expect(closed).toMatchObject({ left: { code: 'StoreUnavailable' } });
    });

    it('keeps working after the server ends the connections it holds between appends', async () => {
      const schema = fresh('terminated');
      const store = openStore(schema, { poolSize: 2 });
      await store.appendToStream('s', sampleEvents(1), { expectedVersion: 'no_stream' });
      const ended = await withClient((c) =>
        c.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
           WHERE pid <> pg_backend_pid() AND query LIKE '%' || $1 || '%'`,
          [schema],
        ),
      );
      expect(ended.rowCount).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await store.appendToStream('s', sampleEvents(1), { expectedVersion: 1 })).toMatchObject({
        right: { nextExpectedVersion: 2 },
      });
      const read = await store.readStream('s');
      expect(read._tag === 'Right' && read.right.map((e) => e.streamVersion)).toEqual([1, 2]);
      await store.close();
    });

    it('refuses a checkpoint it did not issue', async () => {
      const store = openStore(fresh('checkpoint'));
      expect(await store.readAll({ after: '17' })).toMatchObject({
        left: { code: 'InvalidInput', path: ['after'] },
      });
      await store.close();
    });

    it('reports text PostgreSQL cannot hold as InvalidInput and writes nothing', async () => {
      const store = openStore(fresh('nul'));
      const bad = sampleEvents(1, { data: { note: 'a\u0000b' } });
      expect(await store.appendToStream('s', bad, { expectedVersion: 'no_stream' })).toMatchObject({
        left: { code: 'InvalidInput' },
      });
      expect(await store.readStream('s')).toMatchObject({ left: { code: 'StreamNotFound' } });
      await store.close();
    });

    it('chains from a stale cached head only if the stored hash still matches', async () => {
      const schema = fresh('stale');
      const first = openStore(schema);
      const second = openStore(schema);
      await first.appendToStream('s', sampleEvents(1), { expectedVersion: 'no_stream' });
      await first.readStream('s');
      await second.appendToStream('s', sampleEvents(1), { expectedVersion: 1 });
      expect(await first.appendToStream('s', sampleEvents(1), { expectedVersion: 1 })).toMatchObject({
        left: { code: 'ConcurrencyConflict', actual: 2 },
      });
      expect(await first.appendToStream('s', sampleEvents(1), { expectedVersion: 'any' })).toMatchObject({
        right: { nextExpectedVersion: 3 },
      });
      const read = await first.readStream('s');
      if (read._tag === 'Left') throw new Error('unexpected');
      expect(read.right.map((e) => e.previousHash)).toEqual([null, read.right[0]!.hash, read.right[1]!.hash]);
      await first.close();
      await second.close();
    });
  });
});
