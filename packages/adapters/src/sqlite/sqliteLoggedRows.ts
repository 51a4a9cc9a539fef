import { Either, right } from 'fp-ts/Either';
import { CorruptEvent, isSoundLoggedEvent, LoggedEvent } from '@council-partnerships/domain';
import { loggedColumns, loggedFromRow, LoggedRowColumns } from '../shared/loggedRow';
import { actorRuns, parsedJsonColumns, parsedOrUnreadable, rowFromArray, unreadable } from './sqliteRows';

/** The columns of the lean read of the log: the global position, then the shared lean columns. */
export const sqliteLoggedColumns = `global_position, ${loggedColumns}`;

/** A lean row of the log as a raw statement hands it back: the columns of `sqliteLoggedColumns`, in order. */
export type SqliteLoggedArray = readonly unknown[];

interface SqliteLoggedRow extends LoggedRowColumns {
  readonly global_position: unknown;
  readonly data: unknown;
  readonly actor: unknown;
}

const loggedColumnNames = sqliteLoggedColumns.split(', ');

/** Reads a lean row by column name; an unparseable JSON column is `CorruptEvent` naming it. */
const decodeSqliteLoggedRow = (row: SqliteLoggedRow): Either<CorruptEvent, LoggedEvent> => {
  const parsed = parsedJsonColumns(row);
  return parsed._tag === 'Left'
    ? parsed
    : loggedFromRow(row, parsed.right.data, parsed.right.actor, row.global_position);
};

/**
 * Decodes a lean page of the log, stopping at the first row that cannot be read. Each row becomes its
 * event directly and is checked field by field; only a row that fails is read again, column by name.
 * Rows in a run by one actor (the events of one command) share one parsed, frozen actor.
 */
export const decodeSqliteLoggedRows = (
  rows: readonly SqliteLoggedArray[],
): Either<CorruptEvent, LoggedEvent[]> => {
  const out = new Array<LoggedEvent>(rows.length);
  const actorOf = actorRuns();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const actor = actorOf(row[7]);
    const data = parsedOrUnreadable(row[6]);
    const event = {
      globalPosition: row[0],
      streamId: row[2],
      streamVersion: row[3],
      eventId: row[1],
      type: row[4],
      schemaVersion: row[5],
      data,
      occurredAt: row[8],
      recordedAt: row[9],
      actor,
    } as LoggedEvent;
    if (data !== unreadable && actor !== unreadable && isSoundLoggedEvent(event)) {
      out[i] = event;
      continue;
    }
    const slow = decodeSqliteLoggedRow(rowFromArray<SqliteLoggedRow>(loggedColumnNames, row));
    if (slow._tag === 'Left') return slow;
    out[i] = slow.right;
  }
  return right(out);
};
