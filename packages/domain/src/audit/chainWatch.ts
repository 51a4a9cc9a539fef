import { RecordedEvent } from '../eventstore/envelope';
import { hashEvent } from '../eventstore/hashChain';

/**
 * Checks hash chains as the events of a read go by, in one pass, remembering only each stream's last
 * event: a reader that walks the global log learns whether what it read verifies without reading the
 * store a second time. It only says which streams fail and what it saw first; `verifyStream` over a
 * suspect stream explains the failure (altered, deleted, inserted, reordered). Pure: no I/O.
 */
export interface ChainWatch {
  /** Takes the next event, in the order the store handed them back (the log's, or a stream's). */
  observe(event: RecordedEvent): void;
  /** Each stream whose chain did not hold, with the first thing seen wrong in it. */
  suspects(): ReadonlyMap<string, string>;
  /** Events observed so far. */
  readonly observed: () => number;
}

interface Last {
  readonly version: number;
  readonly hash: string;
}

/**
 * What breaks the chain at `event`, taken as the next event of its stream, or null when it holds: the
 * version that should follow, the hash it should be linked to (null for a stream's first event), and
 * the hash its content should give. The words are put together only for a break.
 */
export const chainBreak = (
  event: RecordedEvent,
  expectedVersion: number,
  expectedPrevious: string | null,
): string | null => {
  const { streamVersion, eventId } = event;
  if (streamVersion !== expectedVersion)
    return `event ${eventId} is at version ${streamVersion} where version ${expectedVersion} was expected`;
  if (event.previousHash !== expectedPrevious)
    return `event ${eventId} at version ${streamVersion} is not chained to the event before it`;
  if (hashEvent(event) !== event.hash)
    return `event ${eventId} at version ${streamVersion} no longer gives its stored hash`;
  return null;
};

export const createChainWatch = (): ChainWatch => {
  const last = new Map<string, Last>();
  const suspects = new Map<string, string>();
  let observed = 0;
  return {
    observe: (event) => {
      observed += 1;
      const { streamId } = event;
      const before = last.get(streamId);
      last.set(streamId, { version: event.streamVersion, hash: event.hash });
      if (suspects.has(streamId)) return;
      const broken = chainBreak(event, (before?.version ?? 0) + 1, before?.hash ?? null);
      if (broken !== null) suspects.set(streamId, broken);
    },
    suspects: () => suspects,
    observed: () => observed,
  };
};
