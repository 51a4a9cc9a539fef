import type Database from 'better-sqlite3';
import { RecordedEvent } from '@council-partnerships/domain';
import { sharedColumnValues } from '../shared/eventRow';
import { foldColumns } from '../shared/foldRow';
import { SqliteFoldArray } from './sqliteFoldRows';
import { SqliteLoggedArray, sqliteLoggedColumns } from './sqliteLoggedRows';
import { eventColumns, SqliteEventArray, SqliteEventRow } from './sqliteRows';

interface Head {
  readonly stream_version: number;
  readonly hash: string;
}

type Statement<Parameters extends unknown[], Row> = Database.Statement<Parameters, Row>;

/** The store's prepared statements on its open file. */
export interface Statements {
  readonly head: Statement<[string], Head>;
  readonly byEventId: Statement<[string], SqliteEventRow>;
  readonly lastPosition: Statement<[], number>;
  readonly insert: Statement<unknown[], unknown>;
  readonly readStream: Statement<[string, number, number], SqliteEventArray>;
  readonly readStreamForFold: Statement<[string, number, number], SqliteFoldArray>;
  readonly streamExists: Statement<[string], number>;
  readonly readAll: Statement<[number, number], SqliteEventArray>;
  readonly readAllForProjection: Statement<[number, number], SqliteLoggedArray>;
  readonly listStreams: Statement<[], string>;
}

/** Prepares the store's statements on the open database, once per store. */
export const prepareStatements = (db: Database.Database): Statements => ({
  head: db.prepare<[string], Head>(
    'SELECT stream_version, hash FROM events WHERE stream_id = ? ORDER BY stream_version DESC LIMIT 1',
  ),
  byEventId: db.prepare<[string], SqliteEventRow>(`SELECT ${eventColumns} FROM events WHERE event_id = ?`),
  lastPosition: db.prepare<[], number>('SELECT coalesce(max(global_position), 0) FROM events').pluck(),
  // Positional parameters bind faster than named ones; the order is that of eventColumns.
  insert: db.prepare(
    `INSERT INTO events (${eventColumns}) VALUES (${eventColumns
      .split(',')
      .map(() => '?')
      .join(', ')})`,
  ),
  // The reads are raw: each row an array, not an object built column by column (the read builds its events).
  readStream: db
    .prepare<[string, number, number], SqliteEventArray>(
      `SELECT ${eventColumns} FROM events WHERE stream_id = ? AND stream_version BETWEEN ? AND ? ORDER BY stream_version`,
    )
    .raw(),
  readStreamForFold: db
    .prepare<[string, number, number], SqliteFoldArray>(
      `SELECT ${foldColumns} FROM events WHERE stream_id = ? AND stream_version BETWEEN ? AND ? ORDER BY stream_version`,
    )
    .raw(),
  streamExists: db.prepare<[string], number>('SELECT 1 FROM events WHERE stream_id = ? LIMIT 1').pluck(),
  readAll: db
    .prepare<[number, number], SqliteEventArray>(
      `SELECT ${eventColumns} FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?`,
    )
    .raw(),
  readAllForProjection: db
    .prepare<[number, number], SqliteLoggedArray>(
      `SELECT ${sqliteLoggedColumns} FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?`,
    )
    .raw(),
  listStreams: db
    .prepare<[], string>('SELECT stream_id FROM events WHERE stream_version = 1 ORDER BY global_position')
    .pluck(),
});

/** A row to insert, with the data and actor as the canonical JSON texts the hash was taken over. */
export const rowOf = (event: RecordedEvent, dataJson: string, actorJson: string): unknown[] => [
  event.globalPosition,
  ...sharedColumnValues(event, dataJson, actorJson),
];
