import { Either, left, right } from 'fp-ts/Either';
import {
  AppendError,
  AppendResult,
  chainEventsWithJson,
  concurrencyConflict,
  CorruptEvent,
  decodeStoredEvent,
  deepFreeze,
  EventStore,
  expectedVersionMatches,
  GlobalLogPage,
  InvalidInput,
  markDeeplyFrozen,
  matchPriorAppend,
  parseStoredJson,
  ReadError,
  RecordedEvent,
  streamNotFound,
  ValidAppend,
} from '@council-partnerships/domain';
import {
  appendChecked,
  checkpointNotIssued,
  PageRequest,
  readAllChecked,
  readStreamChecked,
  StreamRange,
} from '../shared/checkedInput';

export interface InMemoryOptions {
  /** System time for `recordedAt`; inject a fixed clock in tests. */
  readonly clock?: () => Date;
}

export interface InMemoryEventStore extends EventStore {
  /**
   * Rewrites the stored row of one event behind the store's back. For tests of corrupt rows and of
   * tamper detection; a council system never calls it.
   */
  tamperWithRow(streamId: string, streamVersion: number, rewrite: (rowJson: string) => string): void;
}

/**
 * One stored event. The store keeps the event decoded and deep-frozen, checked once when it was
 * appended, so a read hands out the same objects and a caller cannot change history through them.
 * A row rewritten behind the store's back (`tamperWithRow`) holds text instead, and every read of it
 * parses and checks it as a database row would be.
 */
interface Row {
  readonly streamId: string;
  readonly streamVersion: number;
  readonly eventId: string;
  event: RecordedEvent | null;
  text: string | null;
}

/**
 * The whole store in process memory: for tests, examples and short-lived tools. Appends are atomic
 * because JavaScript runs one append at a time. Each event is copied out of the caller's objects and
 * frozen when it is appended, so rehydrating a stream is a walk over an array: no parse, no decode.
 */
/**
 * Every answer is ready at once, there being nothing to wait for in memory; as a promise, like any
 * store's, and a rejected one should the work throw.
 */
const answered = <A>(work: () => A): Promise<A> => new Promise((resolve) => resolve(work()));

export const createInMemoryEventStore = (options: InMemoryOptions = {}): InMemoryEventStore => {
  const clock = options.clock ?? (() => new Date());
  const log: Row[] = [];
  const streams = new Map<string, Row[]>();
  // Each stream's events while none of its rows has been rewritten: a read is then one slice.
  const intact = new Map<string, RecordedEvent[]>();
  const byEventId = new Map<string, Row>();

  const toEvent = (row: Row): Either<CorruptEvent, RecordedEvent> => {
    if (row.event !== null) return right(row.event);
    const parsed = parseStoredJson(row.text, 'row', row);
    return parsed._tag === 'Left' ? parsed : decodeStoredEvent(parsed.right, row);
  };

  const toEvents = (rows: readonly Row[]): Either<CorruptEvent, RecordedEvent[]> => {
    const out: RecordedEvent[] = new Array<RecordedEvent>(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (row.event !== null) {
        out[i] = row.event;
        continue;
      }
      const event = toEvent(row);
      if (event._tag === 'Left') return event;
      out[i] = event.right;
    }
    return right(out);
  };

  const append = (valid: ValidAppend): Either<AppendError, AppendResult> => {
    const { streamId, expectedVersion } = valid;
    const stored = toEvents(valid.events.flatMap((e) => byEventId.get(e.eventId) ?? []));
    if (stored._tag === 'Left') return stored;
    const prior = matchPriorAppend(
      streamId,
      valid.events.map((e) => e.eventId),
      stored.right,
    );
    if (prior._tag === 'Left') return prior;
    if (prior.right !== null) return right(prior.right);

    const stream = streams.get(streamId) ?? [];
    const current = stream.length;
    if (!expectedVersionMatches(expectedVersion, current)) {
      return left(concurrencyConflict(streamId, expectedVersion, current));
    }
    const lastRow = stream[stream.length - 1];
    const last = lastRow ? toEvent(lastRow) : right(null);
    if (last._tag === 'Left') return last;
    const {
      events: recorded,
      dataJson,
      actorJson,
    } = chainEventsWithJson(
      streamId,
      last.right,
      valid.events,
      clock().toISOString(),
      (i) => log.length + i + 1,
    );
    const frozen: RecordedEvent[] = [];
    for (let i = 0; i < recorded.length; i++) {
      const event = recorded[i]!;
      // A copy from the canonical JSON that was hashed: what a database would have stored (keys in
      // canonical order, as SQLite hands them back), and nothing the caller still holds.
      const copy = markDeeplyFrozen(
        deepFreeze({
          ...event,
          data: JSON.parse(dataJson[i]!) as RecordedEvent['data'],
          actor: JSON.parse(actorJson[i]!) as RecordedEvent['actor'],
        }),
      );
      frozen.push(copy);
      const row: Row = {
        streamId,
        streamVersion: copy.streamVersion,
        eventId: copy.eventId,
        event: copy,
        text: null,
      };
      log.push(row);
      stream.push(row);
      intact.get(streamId)?.push(copy);
      byEventId.set(event.eventId, row);
    }
    if (!streams.has(streamId)) intact.set(streamId, frozen.slice());
    streams.set(streamId, stream);
    return right({ streamId, nextExpectedVersion: current + frozen.length, events: frozen });
  };

  const readRange = ({
    streamId,
    fromVersion,
    toVersion,
  }: StreamRange): Either<ReadError, readonly RecordedEvent[]> => {
    const events = intact.get(streamId);
    if (events !== undefined) return right(events.slice(fromVersion - 1, toVersion));
    const stream = streams.get(streamId);
    if (stream === undefined) return left(streamNotFound(streamId));
    return toEvents(stream.slice(fromVersion - 1, toVersion));
  };

  /** The checkpoint is the number of events in the log before the next page. */
  const parseCheckpoint = (after: string): Either<InvalidInput, number> => {
    const position = Number(after);
    return Number.isInteger(position) && position >= 0
      ? right(position)
      : left(checkpointNotIssued(after, 'in-memory'));
  };

  const readPage = ({ after, from, limit }: PageRequest<number>): Either<ReadError, GlobalLogPage> => {
    const start = from ?? 0;
    const events = toEvents(log.slice(start, start + limit));
    if (events._tag === 'Left') return events;
    const lastEvent = events.right[events.right.length - 1];
    return right({
      events: events.right,
      checkpoint: lastEvent ? String(lastEvent.globalPosition) : after,
      isEndOfLog: start + events.right.length >= log.length,
    });
  };

  const readStream = readStreamChecked((range) => answered(() => readRange(range)));
  return {
    name: 'in-memory',
    appendToStream: appendChecked((valid) => answered(() => append(valid))),
    readStream,
    // Stored events are already decoded and frozen: the whole event is the cheapest answer.
    readStreamForFold: readStream,
    readAll: readAllChecked(parseCheckpoint, (page) => answered(() => readPage(page))),
    listStreams: () => Promise.resolve(right([...streams.keys()])),
    close: () => Promise.resolve(),
    tamperWithRow: (streamId, streamVersion, rewrite) => {
      const row = streams.get(streamId)?.[streamVersion - 1];
      intact.delete(streamId);
      if (row === undefined) throw new Error(`no row at ${streamId} version ${streamVersion}`);
      row.text = rewrite(row.text ?? JSON.stringify(row.event));
      row.event = null;
    },
  };
};
