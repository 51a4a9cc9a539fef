import { EventStoreDBClient } from '@eventstore/db-client';
import { Either, left, right } from 'fp-ts/Either';
import {
  EventStore,
  GlobalLogPage,
  InvalidInput,
  ReadError,
  RecordedEvent,
  streamNotFound,
} from '@council-partnerships/domain';
import { readAllChecked, readStreamChecked } from '../shared/checkedInput';
import { checkpointOf, parseCheckpoint, StreamNaming, versionOfRevision } from './eventStoreDbMapping';
import { decodeFound, decodeStream, readEsdbStream, scanAll } from './eventStoreDbStreams';

/** Runs one operation of the store, with a failure of the server or the network as a value. */
export type EsdbGuard = <E, A>(work: () => Promise<Either<E, A>>) => Promise<Either<E | ReadError, A>>;

/**
 * The reads of an EventStoreDB store. The global log is $all, which the server writes in one sequence,
 * so a reader cannot pass a gap; it is filtered to this store's streams and without system events.
 */
export const esdbReads = (
  client: EventStoreDBClient,
  naming: StreamNaming,
  guarded: EsdbGuard,
  checkStreamId: (streamId: string) => Either<InvalidInput, void>,
): Pick<EventStore, 'readStream' | 'readAll' | 'listStreams'> => ({
  readStream: readStreamChecked(({ streamId, fromVersion, toVersion }) => {
    const named = checkStreamId(streamId);
    if (named._tag === 'Left') return Promise.resolve(named);
    return guarded(async (): Promise<Either<ReadError, readonly RecordedEvent[]>> => {
      const stored = await readEsdbStream(client, naming.toEsdb(streamId), {
        fromRevision: BigInt(fromVersion - 1),
        ...(toVersion === Number.MAX_SAFE_INTEGER ? {} : { maxCount: toVersion - fromVersion + 1 }),
      });
      if (stored === null) return left(streamNotFound(streamId));
      return decodeStream(stored, streamId);
    });
  }),

  readAll: readAllChecked(parseCheckpoint, ({ after, from, limit }) =>
    guarded(async (): Promise<Either<ReadError, GlobalLogPage>> => {
      // One event more than asked for tells whether the page reaches the end of the log.
      const scan = await scanAll(client, naming, from, limit + 1, () => true);
      const page = scan.found.slice(0, limit);
      const events = decodeFound(page);
      if (events._tag === 'Left') return events;
      const lastPosition = page[page.length - 1]?.stored.position;
      return right({
        events: events.right,
        checkpoint: lastPosition === undefined ? after : checkpointOf(lastPosition),
        isEndOfLog: scan.found.length <= limit,
      });
    }),
  ),

  /** Streams in order of their first event in $all; a full scan, meant for auditors' verification runs. */
  listStreams: () =>
    guarded(async () => {
      const scan = await scanAll(
        client,
        naming,
        null,
        Number.POSITIVE_INFINITY,
        (event) => versionOfRevision(event.revision) === 1,
      );
      return right(scan.found.map((f) => f.streamId));
    }),
});
