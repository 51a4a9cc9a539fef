import { openEventStore } from '@council-partnerships/adapters';
import { sharedColumnValues } from '@council-partnerships/adapters/testing/storedRows';
import { EventStore, hashEvent, JsonObject, RecordedEvent } from '@council-partnerships/domain';

/** The events table of one database as someone with write access sees it, in its dialect. */
export interface EventsTableDialect {
  /** `{events}` stands for the table, `?` for a bound parameter, `{json}` for a JSON parameter. */
  run(sql: string, params?: readonly unknown[]): Promise<void>;
  /** A statement leaving the row at (stream, version) unreadable to the store. */
  readonly corruptRow: string;
  close(): Promise<void>;
}

/** The events table with the edits the tampering specifications make to it, the same in every database. */
export interface EventsTable extends EventsTableDialect {
  /** Inserts a row behind the store's back, with any columns of this database's own after the shared ones. */
  insertRow(e: RecordedEvent, extraColumns?: string, extraValues?: unknown[]): Promise<void>;
  /** Writes `data` over the event at (stream, version), leaving its hash as it was. */
  editData(streamId: string, version: number, data?: JsonObject): Promise<void>;
  deleteRow(streamId: string, version: number): Promise<void>;
  /** Swaps the versions of two rows of a stream, through -1 so UNIQUE (stream_id, stream_version) holds. */
  swapVersions(streamId: string, a: number, b: number): Promise<void>;
  /** Moves versions from `from` onwards by `by`, in two steps so UNIQUE (stream_id, stream_version) holds. */
  renumber(streamId: string, from: number, by: number): Promise<void>;
}

export interface TamperTarget {
  /** The `--store` connection string. */
  readonly connection: string;
  readonly table: () => Promise<EventsTable>;
  readonly teardown: () => Promise<void>;
}

/** The columns of a stored event every database has, and a parameter for each, in the same order. */
export const EVENT_COLUMNS = `event_id, stream_id, stream_version, event_type, schema_version, data, actor, occurred_at,
  recorded_at, command_id, correlation_id, causation_id, previous_hash, hash`;
export const EVENT_PARAMETERS = '?, ?, ?, ?, ?, {json}, {json}, ?, ?, ?, ?, ?, ?, ?';
export const eventValues = (e: RecordedEvent): unknown[] =>
  sharedColumnValues(e, JSON.stringify(e.data), JSON.stringify(e.actor));

/** The condition naming one row: `[streamId, streamVersion]` follow as its parameters. */
export const where = 'WHERE stream_id = ? AND stream_version = ?';

/** What an edit writes over an event's data. */
export const edited: JsonObject = { amountPence: 99, note: 'sample' };

/** The table behind `dialect` with the shared edits, written in the placeholders every dialect reads. */
export const eventsTable = (dialect: EventsTableDialect): EventsTable => {
  const run = (sql: string, params?: readonly unknown[]) => dialect.run(sql, params);
  return {
    run,
    corruptRow: dialect.corruptRow,
    close: () => dialect.close(),
    insertRow: (e, extraColumns = '', extraValues = []) =>
      run(
        `INSERT INTO {events} (${EVENT_COLUMNS}${extraColumns})
         VALUES (${EVENT_PARAMETERS}${extraValues.map(() => ', ?').join('')})`,
        [...eventValues(e), ...extraValues],
      ),
    editData: (streamId, version, data = edited) =>
      run(`UPDATE {events} SET data = {json} ${where}`, [JSON.stringify(data), streamId, version]),
    deleteRow: (streamId, version) => run(`DELETE FROM {events} ${where}`, [streamId, version]),
    swapVersions: async (streamId, a, b) => {
      await run(`UPDATE {events} SET stream_version = -1 ${where}`, [streamId, a]);
      await run(`UPDATE {events} SET stream_version = ? ${where}`, [a, streamId, b]);
      await run(`UPDATE {events} SET stream_version = ? ${where}`, [b, streamId, -1]);
    },
    renumber: async (streamId, from, by) => {
      await run(
        'UPDATE {events} SET stream_version = -(stream_version + ?) WHERE stream_id = ? AND stream_version >= ?',
        [by, streamId, from],
      );
      await run(
        'UPDATE {events} SET stream_version = -stream_version WHERE stream_id = ? AND stream_version < 0',
        [streamId],
      );
    },
  };
};

/** An event as a forger with the hashing rules would write it: its hash recomputed over its content. */
export const sealed = (event: Omit<RecordedEvent, 'hash'>): RecordedEvent => ({
  ...event,
  hash: hashEvent(event),
});

/** A forged event shaped like `like`: its own id, place and data, chained to `previousHash` and sealed. */
export const forged = (
  like: RecordedEvent,
  id: string,
  streamVersion: number,
  data: JsonObject,
  previousHash: string,
): RecordedEvent => {
  const { hash: _hash, ...rest } = like;
  return sealed({ ...rest, eventId: id, commandId: id, streamVersion, data, previousHash });
};

/** Opens the store at `connection` with the kit's recording clock, uses it and closes it. */
export const withOpenStore = async <A>(
  connection: string,
  use: (store: EventStore) => Promise<A>,
): Promise<A> => {
  const opened = await openEventStore(connection, { clock: () => new Date('2024-04-01T08:00:00Z') });
  if (opened._tag === 'Left') throw new Error(opened.left.message);
  try {
    return await use(opened.right);
  } finally {
    await opened.right.close();
  }
};
