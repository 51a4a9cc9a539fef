import { openSqliteFile, SqliteFile } from './drivers';
import { EventsTable, eventsTable } from './eventsTable';

/**
 * The events table of one SQLite file, edited behind the store's back. The file is opened at the
 * first statement, once the store has created it; `{events}` is the table, `{json}` a parameter.
 */
export const sqliteEventsTable = (filename: string): EventsTable => {
  let db: SqliteFile | null = null;
  return eventsTable({
    run: (sql, params = []) => {
      db ??= openSqliteFile(filename);
      db.prepare(sql.replace(/\{events\}/g, 'events').replace(/\{json\}/g, '?')).run(...params);
      return Promise.resolve();
    },
    corruptRow: "UPDATE events SET data = 'not json'",
    close: () => {
      db?.close();
      return Promise.resolve();
    },
  });
};
