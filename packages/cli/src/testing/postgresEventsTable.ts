import { PgClient, pgClient } from './drivers';
import { EventsTable, eventsTable } from './eventsTable';

/**
 * The events table of one PostgreSQL schema, edited through `client` behind the store's back:
 * `{events}` becomes the schema's table, `{json}` a jsonb parameter and each `?` a numbered one.
 */
export const postgresEventsTable = (
  client: PgClient,
  schema: string,
  close: () => Promise<void>,
): EventsTable =>
  eventsTable({
    run: async (sql, params = []) => {
      let n = 0;
      const text = sql
        .replace(/\{events\}/g, `"${schema}".events`)
        .replace(/\{json\}/g, '?::jsonb')
        .replace(/\?/g, () => `$${++n}`);
      await client.query(text, [...params]);
    },
    corruptRow: `UPDATE "${schema}".events SET actor = '42'::jsonb`,
    close,
  });

/** The events table of `schema` on a connection of its own, which closing the table ends. */
export const connectEventsTable = async (url: string, schema: string): Promise<EventsTable> => {
  const client = pgClient(url);
  await client.connect();
  return postgresEventsTable(client, schema, () => client.end());
};

/** Drops a test schema and everything in it, on a connection of its own. */
export const dropSchema = async (url: string, schema: string): Promise<void> => {
  const client = pgClient(url);
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
};
