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

export const createChainWatch = (): ChainWatch => {
  const last = new Map<string, Last>();
  const suspects = new Map<string, string>();
  let observed = 0;
  const suspect = (streamId: string, why: string): void => {
    if (!suspects.has(streamId)) suspects.set(streamId, why);
  };
  return {
    observe: (event) => {
      observed += 1;
      const { streamId, streamVersion, eventId } = event;
      const before = last.get(streamId);
      last.set(streamId, { version: streamVersion, hash: event.hash });
      if (suspects.has(streamId)) return;
      const expectedVersion = before === undefined ? 1 : before.version + 1;
      const expectedPrevious = before === undefined ? null : before.hash;
      if (streamVersion !== expectedVersion) {
        suspect(
          streamId,
          `event ${eventId} is at version ${streamVersion} where version ${expectedVersion} was expected`,
        );
      } else if (event.previousHash !== expectedPrevious) {
        suspect(
          streamId,
          `event ${eventId} at version ${streamVersion} is not chained to the event before it`,
        );
      } else if (hashEvent(event) !== event.hash) {
        suspect(streamId, `event ${eventId} at version ${streamVersion} no longer gives its stored hash`);
      }
    },
    suspects: () => suspects,
    observed: () => observed,
  };
};
