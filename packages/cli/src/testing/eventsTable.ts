import { openEventStore } from '@council-partnerships/adapters';
import { sharedColumnValues } from '@council-partnerships/adapters/testing/storedRows';
import { EventStore, hashEvent, JsonObject, RecordedEvent } from '@council-partnerships/domain';

/** The events table as someone with write access sees it, in the dialect of one database. */
export interface EventsTable {
  /** `{events}` stands for the table, `?` for a bound parameter, `{json}` for a JSON parameter. */
  run(sql: string, params?: readonly unknown[]): Promise<void>;
  /** A statement leaving the row at (stream, version) unreadable to the store. */
  readonly corruptRow: string;
  close(): Promise<void>;
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

/** Inserts a row behind the store's back, as someone with write access to the database could. */
export const insertRow = (
  table: EventsTable,
  e: RecordedEvent,
  extraColumns = '',
  extraValues: unknown[] = [],
) =>
  table.run(
    `INSERT INTO {events} (${EVENT_COLUMNS}${extraColumns})
     VALUES (${EVENT_PARAMETERS}${extraValues.map(() => ', ?').join('')})`,
    [...eventValues(e), ...extraValues],
  );

/** Moves versions from `from` onwards by `by`, in two steps so UNIQUE (stream_id, stream_version) holds. */
export const renumber = async (table: EventsTable, streamId: string, from: number, by: number) => {
  await table.run(
    'UPDATE {events} SET stream_version = -(stream_version + ?) WHERE stream_id = ? AND stream_version >= ?',
    [by, streamId, from],
  );
  await table.run(
    'UPDATE {events} SET stream_version = -stream_version WHERE stream_id = ? AND stream_version < 0',
    [streamId],
  );
};

/** What an edit writes over an event's data. */
export const edited: JsonObject = { amountPence: 99, note: 'sample' };

/** The condition naming one row: `[streamId, streamVersion]` follow as its parameters. */
export const where = 'WHERE stream_id = ? AND stream_version = ?';

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
