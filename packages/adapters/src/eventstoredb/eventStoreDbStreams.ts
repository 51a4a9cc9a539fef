import {
  AllStreamResolvedEvent,
  ErrorType,
  EventStoreDBClient,
  ReadPosition,
  START,
} from '@eventstore/db-client';
import { Either } from 'fp-ts/Either';
import { CorruptEvent, RecordedEvent } from '@council-partnerships/domain';
import { eventsFromRows } from '../shared/eventRow';
import { errorType } from './eventStoreDbErrors';
import {
  AllPosition,
  decodeEsdbEvent,
  isSystemEvent,
  samePosition,
  StoredEsdbEvent,
  StreamNaming,
} from './eventStoreDbMapping';

/** $all is read in chunks this large while looking for this store's events among others. */
const scanChunk = 512;

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

/** One of this store's events found in $all, with the library's id of its stream. */
export interface FoundEvent {
  readonly stored: StoredEsdbEvent;
  readonly streamId: string;
}

/** Reads events of one EventStoreDB stream; null when the stream does not exist. */
export const readEsdbStream = async (
  client: EventStoreDBClient,
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

/** The library's events of one stream, stopping at the first that cannot be read. */
export const decodeStream = (
  stored: readonly StoredEsdbEvent[],
  streamId: string,
): Either<CorruptEvent, RecordedEvent[]> =>
  eventsFromRows(stored, (event) => decodeEsdbEvent(event, streamId));

/** Events found in $all, each decoded as an event of its own stream. */
export const decodeFound = (found: readonly FoundEvent[]): Either<CorruptEvent, RecordedEvent[]> =>
  eventsFromRows(found, ({ stored, streamId }) => decodeEsdbEvent(stored, streamId));

/**
 * Walks $all from a position (exclusive), keeping this store's events, until `want` are found or the log
 * ends. The client reads $all from a position inclusively, so the event at it is passed over.
 */
export const scanAll = async (
  client: EventStoreDBClient,
  naming: StreamNaming,
  from: AllPosition | null,
  want: number,
  keep: (event: StoredEsdbEvent) => boolean,
): Promise<{ found: FoundEvent[]; atEnd: boolean }> => {
  const found: FoundEvent[] = [];
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
      if (!keep(stored)) continue;
      found.push({ stored, streamId });
      if (found.length >= want) return { found, atEnd: false };
    }
    if (scanned < scanChunk || last === null) return { found, atEnd: true };
    position = last;
    skip = last;
  }
};
