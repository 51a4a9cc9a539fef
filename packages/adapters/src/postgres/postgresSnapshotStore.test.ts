import { snapshotStoreContract } from '@council-partnerships/testing';
import { createPostgresSnapshotStore } from './postgresSnapshotStore';
import {
  describePostgres,
  dropSchema,
  freshSchemaName,
  openTestSnapshots,
  openTestStore,
  postgresTestUrl,
  storeInFreshSchema,
  withClient,
} from './postgresTestSupport';

const describeIf = describePostgres();

describeIf('PostgreSQL snapshots', () => {
  snapshotStoreContract('PostgreSQL', () =>
    storeInFreshSchema('snapshots', openTestSnapshots, (schema) => ({
      corruptSnapshot: (streamId: string) =>
        withClient(async (client) => {
          await client.query(`UPDATE "${schema}".snapshots SET state = '{"r":' WHERE stream_id = $1`, [
            streamId,
          ]);
        }),
    })),
  );

  it('keeps snapshots in a table beside the events, created by the same migrations', async () => {
    const schema = freshSchemaName('snapshots_table');
    const events = openTestStore(schema);
    expect(await events.migrate()).toMatchObject({ _tag: 'Right' });
    const snapshots = openTestSnapshots(schema);
    expect(await snapshots.readLatest('s')).toEqual({ _tag: 'Right', right: null });
    const tables = await withClient((c) =>
      c.query<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1`,
        [schema],
      ),
    );
    expect(tables.rows.map((r) => r.name)).toEqual(['events', 'schema_migrations', 'snapshots']);
    await Promise.all([events.close(), snapshots.close()]);
    await dropSchema(schema);
  });

  it('keeps a state out of line and uncompressed, so that a cold start reads it without decompressing', async () => {
    const schema = freshSchemaName('snapshots_storage');
    const snapshots = openTestSnapshots(schema);
    // Text that pglz would shrink to a fraction: a long state of a partnership repeats its words.
    const state = { returns: Array.from({ length: 4000 }, (_, i) => `return-${i}-approved`) };
    const snapshot = { streamId: 's', streamVersion: 1, eventHash: 'h', stateSchemaVersion: 1, state };
    expect(await snapshots.write(snapshot)).toEqual({ _tag: 'Right', right: snapshot });
    const stored = await withClient((c) =>
      c.query<{ storage: string; stored: number; text: number }>(
        `SELECT a.attstorage AS storage, pg_column_size(s.state) AS stored, octet_length(s.state) AS text
        FROM pg_attribute a, "${schema}".snapshots s
        WHERE a.attrelid = '"${schema}".snapshots'::regclass AND a.attname = 'state'`,
      ),
    );
    // 'e' is EXTERNAL: out of line, never compressed; the stored size is the text's own.
    expect(stored.rows[0]!.storage).toBe('e');
    expect(stored.rows[0]!.stored).toBeGreaterThanOrEqual(stored.rows[0]!.text);
    expect(await snapshots.readLatest('s')).toEqual({ _tag: 'Right', right: snapshot });
    await snapshots.close();
    await dropSchema(schema);
  });

  it('refuses a schema name it would have to quote, before connecting', () => {
    expect(
      createPostgresSnapshotStore({ connectionString: postgresTestUrl, schema: 'A"; --' }),
    ).toMatchObject({
      _tag: 'Left',
      left: { code: 'InvalidInput', path: ['schema'] },
    });
  });
});
