import { Either, left, right } from 'fp-ts/Either';
import {
  EventStore,
  FoldableEvent,
  GlobalLogPage,
  InvalidInput,
  LoggedEvent,
  ReadError,
  RecordedEvent,
} from '@council-partnerships/domain';
import {
  checkpointNotIssued,
  PageRequest,
  readAllChecked,
  readStreamChecked,
  StreamRange,
} from '../shared/checkedInput';
import { eventsInRange } from '../shared/streamRange';
import { decodePostgresFoldRows, PostgresFoldRow } from './postgresFoldRows';
import { decodePostgresLoggedRows, decodePostgresRows, PostgresEventRow } from './postgresRows';
import { PostgresSession } from './postgresSession';
import { NamedStatement } from './postgresSql';

/** PostgreSQL `integer` bounds the stream versions a statement can be asked about. */
const maxInt4 = 2_147_483_647;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The store's checkpoint, `<transaction id>:<position>`, as the two bound parameters of the log read. */
const parseCheckpoint = (after: string): Either<InvalidInput, readonly [string, string]> => {
  const parsed = /^(\d{1,20}):(\d{1,19})$/.exec(after);
  return parsed === null
    ? left(checkpointNotIssued(after, 'PostgreSQL', '<transaction>:<position>'))
    : right([parsed[1]!, parsed[2]!]);
};

/**
 * The reads of a PostgreSQL store. The global log is read in (transaction_id, position) order and only
 * below the oldest transaction still in flight, so an event that commits late is never skipped; a read
 * waits up to `visibilityWaitMs` for committed events held back behind such a transaction.
 */
export const postgresReads = (
  session: PostgresSession,
  visibilityWaitMs: number,
): Pick<
  Required<EventStore>,
  'readStream' | 'readStreamForFold' | 'readAll' | 'readAllForProjection' | 'listStreams'
> => {
  const { sql, heads, query, guarded } = session;

  /** A stream's rows in a range by `statement` (all columns, or only what a fold needs), made events by `decode`. */
  const readRange = <Row, Event>(
    statement: NamedStatement,
    decode: (rows: readonly Row[], range: StreamRange) => Either<ReadError, readonly Event[]>,
  ) =>
    readStreamChecked((range) =>
      guarded(async (): Promise<Either<ReadError, readonly Event[]>> => {
        const { streamId, fromVersion, toVersion } = range;
        if (fromVersion > maxInt4) return right([]);
        const rows = await query<Row>(statement, [streamId, fromVersion, Math.min(toVersion, maxInt4)]);
        const streamExists = async () => (await query(sql.streamExists, [streamId])).length > 0;
        return eventsInRange(streamId, rows, streamExists, (found) => decode(found, range));
      }),
    );

  const readStream = readRange<PostgresEventRow, RecordedEvent>(sql.readStream, (rows, range) => {
    const events = decodePostgresRows(rows);
    const last = events._tag === 'Right' ? events.right[events.right.length - 1] : undefined;
    // A read to the end names the stream's head: the next append expecting it then needs no extra read.
    if (last !== undefined && range.toVersion >= maxInt4)
      heads.set(range.streamId, { version: last.streamVersion, hash: last.hash });
    return events;
  });

  const readStreamForFold = readRange<PostgresFoldRow, FoldableEvent>(sql.readStreamForFold, (rows, range) =>
    decodePostgresFoldRows(range.streamId, rows),
  );

  /** A page of the log by `statement` (all columns, or what read models need), made events by `decode`. */
  const readPage =
    <Row extends { readonly position: unknown; readonly transaction_id: unknown }, Event extends LoggedEvent>(
      statement: NamedStatement,
      decode: (rows: readonly Row[]) => Either<ReadError, Event[]>,
    ) =>
    ({ after, from, limit }: PageRequest<readonly [string, string]>) =>
      guarded(async (): Promise<Either<ReadError, GlobalLogPage<Event>>> => {
        const [transaction, position] = from ?? ['0', '0'];
        const deadline = Date.now() + visibilityWaitMs;
        let pause = 2;
        for (;;) {
          // One row more than asked for tells whether the page reaches the end of what is visible.
          const rows = await query<Row & { held_back: unknown }>(statement, [
            transaction,
            position,
            limit + 1,
          ]);
          const heldBack = rows[0]?.held_back === true;
          const found = rows.filter((r) => r.position !== null);
          if (found.length <= limit && heldBack && Date.now() < deadline) {
            await sleep(pause);
            pause = Math.min(pause * 2, 50);
            continue;
          }
          const page = found.slice(0, limit);
          const events = decode(page);
          if (events._tag === 'Left') return events;
          const last = page[page.length - 1];
          return right({
            events: events.right,
            checkpoint:
              last === undefined ? after : `${String(last.transaction_id)}:${String(last.position)}`,
            isEndOfLog: found.length <= limit && !heldBack,
          });
        }
      });

  return {
    readStream,
    readStreamForFold,
    readAll: readAllChecked(parseCheckpoint, readPage(sql.readAll, decodePostgresRows)),
    readAllForProjection: readAllChecked(
      parseCheckpoint,
      readPage(sql.readAllForProjection, decodePostgresLoggedRows),
    ),
    listStreams: () =>
      guarded(async () =>
        right((await query<{ stream_id: string }>(sql.listStreams, [])).map((r) => r.stream_id)),
      ),
  };
};
