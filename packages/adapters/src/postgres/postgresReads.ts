import { Either, left, right } from 'fp-ts/Either';
import {
  EventStore,
  FoldableEvent,
  FoldPages,
  GlobalLogPage,
  InvalidInput,
  LoggedEvent,
  ReadError,
  ReadStreamOptions,
  RecordedEvent,
  streamNotFound,
  validateReadStream,
} from '@council-partnerships/domain';
import { arrivingPages } from '../shared/arrivingPages';
import { foldableFromRow } from '../shared/foldRow';
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
  | 'readStream'
  | 'readStreamForFold'
  | 'readStreamForFoldInPages'
  | 'readAll'
  | 'readAllForProjection'
  | 'listStreams'
> => {
  const { sql, heads, query, eachRow, guarded } = session;

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

  /**
   * The lean read in one statement, its events handed on in pages as their rows arrive: the driver
   * keeps none of them, so a fold keeps alive what arrived since it last took a page rather than the
   * whole stream (a read of 10,000 events spent 12-16 ms collecting garbage when every row was kept
   * to the end, under 1 ms this way).
   */
  const readStreamForFoldInPages = (streamId: string, options?: ReadStreamOptions): FoldPages => {
    async function* pages(): FoldPages {
      const range = validateReadStream(streamId, options);
      if (range._tag === 'Left') {
        yield left(range.left);
        return;
      }
      const { streamId: id, fromVersion, toVersion } = range.right;
      if (fromVersion > maxInt4) return;
      const arriving = arrivingPages<FoldableEvent, ReadError>();
      const values = [id, fromVersion, Math.min(toVersion, maxInt4)];
      void guarded(async () => {
        await eachRow(sql.readStreamForFold, values, (row) =>
          arriving.add(foldableFromRow(id, row as PostgresFoldRow, (row as PostgresFoldRow).data)),
        );
        return right(null);
      }).then((done) => arriving.end(done._tag === 'Left' ? done.left : undefined));
      try {
        for (let page = await arriving.next(); page !== null; page = await arriving.next()) {
          yield page;
          if (page._tag === 'Left') return;
        }
      } finally {
        arriving.stop();
      }
      if (arriving.arrived() > 0) return;
      const exists = await guarded(async () => right((await query(sql.streamExists, [id])).length > 0));
      if (exists._tag === 'Left') yield left(exists.left);
      else if (!exists.right) yield left(streamNotFound(id));
    }
    return pages();
  };

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
    readStreamForFoldInPages,
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
