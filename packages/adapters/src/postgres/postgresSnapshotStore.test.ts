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

  it('refuses a schema name it would have to quote, before connecting', () => {
    expect(
      createPostgresSnapshotStore({ connectionString: postgresTestUrl, schema: 'A"; --' }),
    ).toMatchObject({
      _tag: 'Left',
      left: { code: 'InvalidInput', path: ['schema'] },
    });
  });
});
