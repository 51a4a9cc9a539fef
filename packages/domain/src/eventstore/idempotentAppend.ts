import { Either, left, right } from 'fp-ts/Either';
import { RecordedEvent } from './envelope';
import { DuplicateEventId, duplicateEventId } from './errors';
import { AppendResult } from './port';

/**
 * Decides what an append means when some of its event ids are already stored. The whole batch stored
 * in the same stream, in the same order, is a retry: the original result is returned and nothing is
 * written. Anything else reusing an id is refused.
 *
 * @param stored the already-stored events whose ids occur in the batch
 */
export const matchPriorAppend = (
  streamId: string,
  batchEventIds: readonly string[],
  stored: readonly RecordedEvent[],
): Either<DuplicateEventId, AppendResult | null> => {
  if (stored.length === 0) return right(null);
  const byId = new Map(stored.map((e) => [e.eventId, e]));
  const ordered: RecordedEvent[] = [];
  for (const id of batchEventIds) {
    const found = byId.get(id);
    if (found === undefined)
      return left(duplicateEventId(stored[0]!.eventId, 'part of this batch was stored before'));
    if (found.streamId !== streamId) return left(duplicateEventId(id, `in stream ${found.streamId}`));
    const prev = ordered[ordered.length - 1];
    if (prev !== undefined && found.streamVersion !== prev.streamVersion + 1) {
      return left(duplicateEventId(id, 'at a different place in the stream'));
    }
    ordered.push(found);
  }
  return right({
    streamId,
    nextExpectedVersion: ordered[ordered.length - 1]!.streamVersion,
    events: ordered,
  });
};
