import { EventStoreDBClient } from '@eventstore/db-client';
import { Either, left, right } from 'fp-ts/Either';
import { EventStore, InvalidInput, invalidInput, storeUnavailable } from '@council-partnerships/domain';
import { systemClock } from '../connection/systemClock';
import { appendChecked } from '../shared/checkedInput';
import { guardedBy } from '../shared/guarded';
import { esdbAppend } from './eventStoreDbAppend';
import { esdbUnavailable } from './eventStoreDbErrors';
import { checkEventIds, streamNaming } from './eventStoreDbMapping';
import { esdbReads } from './eventStoreDbReads';

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

/** The client the options name: the one given, or one made from the connection string (owned by the store). */
const clientOf = (
  options: EventStoreDbStoreOptions,
): Either<InvalidInput, { client: EventStoreDBClient; owned: boolean }> => {
  if (options.client !== undefined) return right({ client: options.client, owned: false });
  try {
    return right({
      client: EventStoreDBClient.connectionString(options.connectionString ?? ''),
      owned: true,
    });
  } catch (error) {
    return left(
      invalidInput(
        `EventStoreDB connection string ${JSON.stringify(options.connectionString ?? '')} cannot be used: ${(error as Error).message}`,
        ['connectionString'],
      ),
    );
  }
};

/**
 * The port over EventStoreDB: each stream is an EventStoreDB stream, versions map to revisions
 * (version n is revision n - 1) and every append states the exact revision it follows, which is what
 * makes chaining from the previous event read just before safe: if another writer got in first, the
 * server refuses the append (`esdbAppend`). The global log is $all, which the server writes in one
 * sequence, so a reader can never pass a gap (`esdbReads`). Envelope fields travel in event metadata.
 */
export const createEventStoreDbStore = (
  options: EventStoreDbStoreOptions,
): Either<InvalidInput, EventStoreDbStore> => {
  const connected = clientOf(options);
  if (connected._tag === 'Left') return connected;
  const { client, owned } = connected.right;
  const prefix = options.streamPrefix ?? '';
  if (prefix.startsWith('$'))
    return left(invalidInput('a stream prefix must not start with $ (system streams)', ['streamPrefix']));
  const naming = streamNaming(prefix);
  let closed = false;

  const guarded = guardedBy(
    () => (closed ? left(storeUnavailable('the EventStoreDB store is closed')) : right(undefined)),
    esdbUnavailable,
  );
  const checkStreamId = (streamId: string): Either<InvalidInput, void> =>
    naming.isReservedName(streamId)
      ? left(invalidInput(`stream id ${streamId} uses a name the store keeps for itself`, ['streamId']))
      : right(undefined);
  const append = esdbAppend(client, naming, options.clock ?? systemClock);

  return right({
    name: 'eventstoredb',
    streamPrefix: prefix,
    appendToStream: appendChecked((valid) => {
      const named = checkStreamId(valid.streamId);
      if (named._tag === 'Left') return Promise.resolve(named);
      const ids = checkEventIds(valid.events.map((e) => e.eventId));
      if (ids._tag === 'Left') return Promise.resolve(ids);
      return guarded(() => append(valid));
    }),
    ...esdbReads(client, naming, guarded, checkStreamId),
    close: async () => {
      if (closed) return;
      closed = true;
      if (owned) await client.dispose();
    },
  });
};
