import { PgClient } from './drivers';
import { EventsTable } from './tamperingSpec';

/**
 * The events table of one PostgreSQL schema, edited through `client` behind the store's back:
 * `{events}` becomes the schema's table, `{json}` a jsonb parameter and each `?` a numbered one.
 */
export const postgresEventsTable = (
  client: PgClient,
  schema: string,
  close: () => Promise<void>,
): EventsTable => ({
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
