import {
  AllStreamResolvedEvent,
  BACKWARDS,
  END,
  ErrorType,
  EventStoreDBClient,
  jsonEvent,
  NO_STREAM,
  ReadPosition,
  START,
} from '@eventstore/db-client';
import { Either, left, right } from 'fp-ts/Either';
import {
  AppendError,
  AppendResult,
  chainEvents,
  concurrencyConflict,
  CorruptEvent,
  duplicateEventId,
  EventStore,
  expectedVersionMatches,
  GlobalLogPage,
  InvalidInput,
  invalidInput,
  matchPriorAppend,
  NewEvent,
  ReadAllOptions,
  ReadError,
  ReadStreamOptions,
  RecordedEvent,
  StoreUnavailable,
  storeUnavailable,
  streamNotFound,
  ValidAppend,
  validateAppend,
  validateReadAll,
  validateReadStream,
} from '@council-partnerships/domain';
import { systemClock } from '../connection/systemClock';
import {
  AllPosition,
  checkEventIds,
  checkpointOf,
  decodeEsdbEvent,
  isSystemEvent,
  metadataOf,
  parseCheckpoint,
  revisionAfter,
  samePosition,
  StoredEsdbEvent,
  streamNaming,
  versionOfRevision,
} from './eventStoreDbMapping';

export interface EventStoreDbStoreOptions {
  /** e.g. esdb://localhost:2113?tls=false, or esdb+discover://cluster.example:2113. Give this or `client`. */
  readonly connectionString?: string;
  /** A client the application already holds; the store then leaves it open on close(). */
  readonly client?: EventStoreDBClient;
  /**
   * Put in front of every stream name, so several stores (or test runs) can share one server; the global
   * log then holds only this store's streams. Default: none.
   */
  readonly streamPrefix?: string;
  /** System time for `recordedAt`; inject a fixed clock in tests. */
  readonly clock?: () => Date;
}

export interface EventStoreDbStore extends EventStore {
  readonly streamPrefix: string;
}

const maxAppendAttempts = 50;
/** $all is read in chunks this large while looking for this store's events among others. */
const scanChunk = 512;

const errorType = (error: unknown): unknown => (error as { type?: unknown }).type;

const unavailable = (error: unknown): StoreUnavailable => {
  const type = errorType(error);
  const message =
    typeof (error as { message?: unknown }).message === 'string' ? (error as Error).message : String(error);
  // gRPC status 14 is UNAVAILABLE and 4 DEADLINE_EXCEEDED, for failures the client passes on unconverted.
  const grpcCode = (error as { code?: unknown }).code;
  const unreachable =
    type === ErrorType.UNAVAILABLE ||
    type === ErrorType.DEADLINE_EXCEEDED ||
    type === ErrorType.TIMEOUT ||
    grpcCode === 14 ||
    grpcCode === 4;
  return storeUnavailable(
    message,
    unreachable
      ? 'check that EventStoreDB is running and reachable with the connection string given'
      : 'EventStoreDB refused the request',
  );
};

/** The fields the store reads from whatever the client returns for an event. */
const storedOf = (event: {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  isJson: boolean;
  data: unknown;
  metadata: unknown;
  position?: AllPosition;
}): StoredEsdbEvent => ({
  streamId: event.streamId,
  id: event.id,
  revision: event.revision,
  type: event.type,
  isJson: event.isJson,
  data: event.data,
  metadata: event.metadata,
  ...(event.position === undefined ? {} : { position: event.position }),
});

/**
 * The port over EventStoreDB: each stream is an EventStoreDB stream, versions map to revisions
 * (version n is revision n - 1) and every append states the exact revision it follows, which is what
 * makes chaining from the previous event read just before safe: if another writer got in first, the
 * server refuses the append. The global log is $all, which the server writes in one sequence, so a
 * reader can never pass a gap. Envelope fields travel in event metadata.
 */
export const createEventStoreDbStore = (
  options: EventStoreDbStoreOptions,
): Either<InvalidInput, EventStoreDbStore> => {
  let client: EventStoreDBClient;
  const ownsClient = options.client === undefined;
  if (options.client !== undefined) {
    client = options.client;
  } else {
    try {
      client = EventStoreDBClient.connectionString(options.connectionString ?? '');
    } catch (error) {
      return left(
        invalidInput(
          `EventStoreDB connection string ${JSON.stringify(options.connectionString ?? '')} cannot be used: ${(error as Error).message}`,
          ['connectionString'],
        ),
      );
    }
  }
  const prefix = options.streamPrefix ?? '';
  if (prefix.startsWith('$'))
    return left(invalidInput('a stream prefix must not start with $ (system streams)', ['streamPrefix']));
  const naming = streamNaming(prefix);
  const clock = options.clock ?? systemClock;
  let closed = false;

  const guarded = async <E, A>(
    work: () => Promise<Either<E, A>>,
  ): Promise<Either<E | StoreUnavailable, A>> => {
    if (closed) return left(storeUnavailable('the EventStoreDB store is closed'));
    try {
      return await work();
    } catch (error) {
      return left(unavailable(error));
    }
  };

  const checkStreamId = (streamId: string): Either<InvalidInput, void> =>
    naming.isReservedName(streamId)
      ? left(invalidInput(`stream id ${streamId} uses a name the store keeps for itself`, ['streamId']))
      : right(undefined);

  /** Reads events of one EventStoreDB stream; null when the stream does not exist. */
  const readEsdbStream = async (
    name: string,
    readOptions: Parameters<EventStoreDBClient['readStream']>[1],
  ): Promise<StoredEsdbEvent[] | null> => {
    const out: StoredEsdbEvent[] = [];
    try {
      for await (const resolved of client.readStream(name, readOptions)) {
        if (resolved.event !== undefined) out.push(storedOf(resolved.event));
      }
    } catch (error) {
      if (errorType(error) === ErrorType.STREAM_NOT_FOUND) return null;
      throw error;
    }
    return out;
  };

  const decodeAll = (
    stored: readonly StoredEsdbEvent[],
    streamId: string,
  ): Either<CorruptEvent, RecordedEvent[]> => {
    const out: RecordedEvent[] = [];
    for (const event of stored) {
      const decoded = decodeEsdbEvent(event, streamId);
      if (decoded._tag === 'Left') return decoded;
      out.push(decoded.right);
    }
    return right(out);
  };

  /** The stream's last event, read in full so that a damaged head is reported rather than chained from. */
  const readHead = async (streamId: string): Promise<Either<CorruptEvent, RecordedEvent | null>> => {
    const found = await readEsdbStream(naming.toEsdb(streamId), {
      direction: BACKWARDS,
      fromRevision: END,
      maxCount: 1,
    });
    const last = found?.[0];
    return last === undefined ? right(null) : decodeEsdbEvent(last, streamId);
  };

  /**
   * Claims each event id for this stream in a stream of its own, created only if it does not exist, so
   * the server settles races. Answers whether any id was claimed before (then this may be a retry).
   */
  const reserveIds = async (
    streamId: string,
    eventIds: readonly string[],
  ): Promise<Either<AppendError, boolean>> => {
    const claims = await Promise.all(
      eventIds.map(async (eventId): Promise<Either<AppendError, boolean>> => {
        const name = naming.reservationOf(eventId);
        try {
          await client.appendToStream(name, jsonEvent({ type: 'EventIdReserved', data: { streamId } }), {
            expectedRevision: NO_STREAM,
          });
          return right(false);
        } catch (error) {
          if (errorType(error) !== ErrorType.WRONG_EXPECTED_VERSION) throw error;
        }
        const [claim] = (await readEsdbStream(name, { fromRevision: START, maxCount: 1 })) ?? [];
        const owner = (claim?.data as { streamId?: unknown } | undefined)?.streamId;
        return owner === streamId
          ? right(true)
          : left(duplicateEventId(eventId, `in stream ${String(owner)}`));
      }),
    );
    let claimedBefore = false;
    for (const claim of claims) {
      if (claim._tag === 'Left') return claim;
      claimedBefore ||= claim.right;
    }
    return right(claimedBefore);
  };

  /** The original result when this exact batch is already in the stream. */
  const priorAppend = async (valid: ValidAppend): Promise<Either<AppendError, AppendResult | null>> => {
    const ids = new Set(valid.events.map((e) => e.eventId));
    const stored = (await readEsdbStream(naming.toEsdb(valid.streamId), { fromRevision: START })) ?? [];
    const decoded = decodeAll(
      stored.filter((e) => ids.has(e.id)),
      valid.streamId,
    );
    if (decoded._tag === 'Left') return decoded;
    if (decoded.right.length === 0) return right(null);
    return matchPriorAppend(valid.streamId, [...ids], decoded.right);
  };

  const appendValid = async (valid: ValidAppend): Promise<Either<AppendError, AppendResult>> => {
    const { streamId, events, expectedVersion } = valid;
    const claimedBefore = await reserveIds(
      streamId,
      events.map((e) => e.eventId),
    );
    if (claimedBefore._tag === 'Left') return claimedBefore;
    if (claimedBefore.right) {
      const prior = await priorAppend(valid);
      if (prior._tag === 'Left') return prior;
      if (prior.right !== null) return right(prior.right);
    }
    const name = naming.toEsdb(streamId);
    const recordedAt = clock().toISOString();
    for (let attempt = 0; attempt < maxAppendAttempts; attempt++) {
      const head = await readHead(streamId);
      if (head._tag === 'Left') return head;
      const current = head.right?.streamVersion ?? 0;
      if (!expectedVersionMatches(expectedVersion, current)) {
        return left(concurrencyConflict(streamId, expectedVersion, current));
      }
      const recorded = chainEvents(streamId, head.right, events, recordedAt, () => 0);
      try {
        await client.appendToStream(
          name,
          recorded.map((e) =>
            jsonEvent({ id: e.eventId, type: e.type, data: e.data, metadata: metadataOf(e) }),
          ),
          // Always the exact revision read above: the chain is only valid if nothing came in between.
          { expectedRevision: revisionAfter(current) },
        );
      } catch (error) {
        if (errorType(error) !== ErrorType.WRONG_EXPECTED_VERSION) throw error;
        continue;
      }
      // Positions in $all are assigned by the server: read the events back to return them as stored.
      const written = await readEsdbStream(name, {
        fromRevision: BigInt(current),
        maxCount: recorded.length,
      });
      const decoded = decodeAll(written ?? [], streamId);
      if (decoded._tag === 'Left') return decoded;
      const ids = recorded.map((e) => e.eventId).join();
      if (decoded.right.map((e) => e.eventId).join() !== ids) {
        return left(storeUnavailable(`stream ${streamId} did not read back the events just appended to it`));
      }
      return right({ streamId, nextExpectedVersion: current + recorded.length, events: decoded.right });
    }
    return left(
      storeUnavailable(`stream ${streamId} kept changing during ${maxAppendAttempts} attempts to append`),
    );
  };

  const appendToStream = async (
    streamId: string,
    events: readonly NewEvent[],
    appendOptions: { expectedVersion: unknown },
  ): Promise<Either<AppendError, AppendResult>> => {
    const valid = validateAppend(streamId, events, appendOptions);
    if (valid._tag === 'Left') return valid;
    const named = checkStreamId(valid.right.streamId);
    if (named._tag === 'Left') return named;
    const ids = checkEventIds(valid.right.events.map((e) => e.eventId));
    if (ids._tag === 'Left') return ids;
    return guarded(() => appendValid(valid.right));
  };

  const readStream = async (
    streamId: string,
    readOptions?: ReadStreamOptions,
  ): Promise<Either<ReadError, readonly RecordedEvent[]>> => {
    const valid = validateReadStream(streamId, readOptions);
    if (valid._tag === 'Left') return valid;
    const named = checkStreamId(valid.right.streamId);
    if (named._tag === 'Left') return named;
    const { fromVersion, toVersion } = valid.right;
    return guarded(async (): Promise<Either<ReadError, readonly RecordedEvent[]>> => {
      const stored = await readEsdbStream(naming.toEsdb(streamId), {
        fromRevision: BigInt(fromVersion - 1),
        ...(toVersion === Number.MAX_SAFE_INTEGER ? {} : { maxCount: toVersion - fromVersion + 1 }),
      });
      if (stored === null) return left(streamNotFound(streamId));
      return decodeAll(stored, streamId);
    });
  };

  /**
   * Walks $all from a position (exclusive), keeping this store's events, until `want` are found or the log
   * ends. The client reads $all from a position inclusively, so the event at it is passed over.
   */
  const scanAll = async (
    from: AllPosition | null,
    want: number,
    keep: (event: StoredEsdbEvent, streamId: string) => boolean,
  ): Promise<{ found: { stored: StoredEsdbEvent; streamId: string }[]; atEnd: boolean }> => {
    const found: { stored: StoredEsdbEvent; streamId: string }[] = [];
    let skip = from;
    let position: ReadPosition = from ?? START;
    for (;;) {
      let scanned = 0;
      let last: AllPosition | null = null;
      const chunk: AsyncIterable<AllStreamResolvedEvent> = client.readAll({
        fromPosition: position,
        maxCount: scanChunk,
      });
      for await (const resolved of chunk) {
        scanned += 1;
        const event = resolved.event;
        if (event === undefined) continue;
        last = event.position;
        if (skip !== null && samePosition(event.position, skip)) continue;
        if (isSystemEvent(event)) continue;
        const streamId = naming.fromEsdb(event.streamId);
        if (streamId === null) continue;
        const stored = storedOf(event);
        if (!keep(stored, streamId)) continue;
        found.push({ stored, streamId });
        if (found.length >= want) return { found, atEnd: false };
      }
      if (scanned < scanChunk || last === null) return { found, atEnd: true };
      position = last;
      skip = last;
    }
  };

  const readAll = async (readOptions?: ReadAllOptions): Promise<Either<ReadError, GlobalLogPage>> => {
    const valid = validateReadAll(readOptions);
    if (valid._tag === 'Left') return valid;
    const { after, limit } = valid.right;
    const from = after === null ? right(null) : parseCheckpoint(after);
    if (from._tag === 'Left') return from;
    return guarded(async (): Promise<Either<ReadError, GlobalLogPage>> => {
      // One event more than asked for tells whether the page reaches the end of the log.
      const scan = await scanAll(from.right, limit + 1, () => true);
      const page = scan.found.slice(0, limit);
      const events: RecordedEvent[] = [];
      for (const { stored, streamId } of page) {
        const decoded = decodeEsdbEvent(stored, streamId);
        if (decoded._tag === 'Left') return decoded;
        events.push(decoded.right);
      }
      const lastPosition = page[page.length - 1]?.stored.position;
      return right({
        events,
        checkpoint: lastPosition === undefined ? after : checkpointOf(lastPosition),
        isEndOfLog: scan.found.length <= limit,
      });
    });
  };

  /** Streams in order of their first event in $all; a full scan, meant for auditors' verification runs. */
  const listStreams = (): Promise<Either<ReadError, readonly string[]>> =>
    guarded(async () => {
      const scan = await scanAll(
        null,
        Number.POSITIVE_INFINITY,
        (event) => versionOfRevision(event.revision) === 1,
      );
      return right(scan.found.map((f) => f.streamId));
    });

  return right({
    name: 'eventstoredb',
    streamPrefix: prefix,
    appendToStream,
    readStream,
    readAll,
    listStreams,
    close: async () => {
      if (closed) return;
      closed = true;
      if (ownsClient) await client.dispose();
    },
  });
};
