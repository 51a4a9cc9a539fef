import {
  BACKWARDS,
  END,
  ErrorType,
  EventStoreDBClient,
  jsonEvent,
  NO_STREAM,
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
  expectedVersionMatches,
  matchPriorAppend,
  RecordedEvent,
  storeUnavailable,
  ValidAppend,
} from '@council-partnerships/domain';
import { errorType } from './eventStoreDbErrors';
import { decodeEsdbEvent, metadataOf, revisionAfter, StreamNaming } from './eventStoreDbMapping';
import { decodeStream, readEsdbStream } from './eventStoreDbStreams';

const maxAppendAttempts = 50;

/**
 * Appends to EventStoreDB. Each append states the exact revision of the head it read and chained from,
 * so if another writer got in first the server refuses it and the append reads the head again. Event
 * ids are claimed first, each in a stream of its own, because the server recognises a retry only within
 * one stream.
 */
export const esdbAppend = (
  client: EventStoreDBClient,
  naming: StreamNaming,
  clock: () => Date,
): ((valid: ValidAppend) => Promise<Either<AppendError, AppendResult>>) => {
  /** The stream's last event, read in full so that a damaged head is reported rather than chained from. */
  const readHead = async (streamId: string): Promise<Either<CorruptEvent, RecordedEvent | null>> => {
    const found = await readEsdbStream(client, naming.toEsdb(streamId), {
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
        const [claim] = (await readEsdbStream(client, name, { fromRevision: START, maxCount: 1 })) ?? [];
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
    const stored =
      (await readEsdbStream(client, naming.toEsdb(valid.streamId), { fromRevision: START })) ?? [];
    const decoded = decodeStream(
      stored.filter((e) => ids.has(e.id)),
      valid.streamId,
    );
    if (decoded._tag === 'Left') return decoded;
    if (decoded.right.length === 0) return right(null);
    return matchPriorAppend(valid.streamId, [...ids], decoded.right);
  };

  return async (valid) => {
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
      const written = await readEsdbStream(client, name, {
        fromRevision: BigInt(current),
        maxCount: recorded.length,
      });
      const decoded = decodeStream(written ?? [], streamId);
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
};
