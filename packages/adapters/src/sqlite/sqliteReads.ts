import { Either, left, right } from 'fp-ts/Either';
import type Database from 'better-sqlite3';
import {
  EventStore,
  GlobalLogPage,
  InvalidInput,
  LoggedEvent,
  ReadError,
} from '@council-partnerships/domain';
import {
  checkpointNotIssued,
  PageRequest,
  readAllChecked,
  readStreamChecked,
  StreamRange,
} from '../shared/checkedInput';
import { eventsInRange } from '../shared/streamRange';
import { decodeSqliteFoldRows } from './sqliteFoldRows';
import { decodeSqliteLoggedRows } from './sqliteLoggedRows';
import { decodeSqliteArrays } from './sqliteRows';
import { Statements } from './sqliteStatements';

/** Runs a piece of work against the open file's statements, with driver failures as values. */
export type WithStatements = <E, A>(
  work: (sql: Statements) => Either<E, A> | Promise<Either<E, A>>,
) => Promise<Either<E | ReadError, A>>;

/** The store's checkpoint is the global position, the rowid: a whole number. */
const parseCheckpoint = (after: string): Either<InvalidInput, number> =>
  /^\d{1,15}$/.test(after) ? right(Number(after)) : left(checkpointNotIssued(after, 'SQLite'));

/**
 * The reads of a SQLite store. Writers take turns under the file's lock and the rowid is the global
 * position, so positions are handed out in commit order and a reader paging by them never passes a gap.
 */
export const sqliteReads = (
  withStatements: WithStatements,
): Pick<
  Required<EventStore>,
  'readStream' | 'readStreamForFold' | 'readAll' | 'readAllForProjection' | 'listStreams'
> => {
  /** A stream's rows in a range, read by `rowsOf` (all columns, or only what a fold needs) and made events by `decode`. */
  const readRange = <Row, Event>(
    rowsOf: (sql: Statements, range: StreamRange) => Row[],
    decode: (rows: readonly Row[], streamId: string) => Either<ReadError, readonly Event[]>,
  ) =>
    readStreamChecked((range) =>
      withStatements((sql) =>
        eventsInRange(
          range.streamId,
          rowsOf(sql, range),
          () => Promise.resolve(sql.streamExists.get(range.streamId) !== undefined),
          (rows) => decode(rows, range.streamId),
        ),
      ),
    );

  /** A page of the log by `statementOf` (all columns, or what read models need), made events by `decode`. */
  const readPage =
    <Row, Event extends LoggedEvent>(
      statementOf: (sql: Statements) => Database.Statement<[number, number], Row>,
      decode: (rows: readonly Row[]) => Either<ReadError, Event[]>,
    ) =>
    async ({ after, from, limit }: PageRequest<number>): Promise<Either<ReadError, GlobalLogPage<Event>>> => {
      // The driver reads in the call: a page asked for ahead (a rebuild asks for the next while it
      // folds this one) would be read and decoded at once, and two pages of events would be alive
      // through the fold, copied by every young-generation collection. After one microtask it is
      // read when the caller next waits instead, once it has let the page it folded go.
      await Promise.resolve();
      return withStatements((sql) => {
        // One row more than asked for tells whether the page reaches the end of the log.
        const rows = statementOf(sql).all(from ?? 0, limit + 1);
        const events = decode(rows.length > limit ? rows.slice(0, limit) : rows);
        if (events._tag === 'Left') return events;
        const last = events.right[events.right.length - 1];
        return right({
          events: events.right,
          checkpoint: last ? String(last.globalPosition) : after,
          isEndOfLog: rows.length <= limit,
        });
      });
    };

  return {
    readStream: readRange(
      (sql, { streamId, fromVersion, toVersion }) => sql.readStream.all(streamId, fromVersion, toVersion),
      decodeSqliteArrays,
    ),
    readStreamForFold: readRange(
      (sql, { streamId, fromVersion, toVersion }) =>
        sql.readStreamForFold.all(streamId, fromVersion, toVersion),
      (rows, streamId) => decodeSqliteFoldRows(streamId, rows),
    ),
    readAll: readAllChecked(
      parseCheckpoint,
      readPage((sql) => sql.readAll, decodeSqliteArrays),
    ),
    readAllForProjection: readAllChecked(
      parseCheckpoint,
      readPage((sql) => sql.readAllForProjection, decodeSqliteLoggedRows),
    ),
    listStreams: () => withStatements((sql) => right(sql.listStreams.all())),
  };
};
