import { Either, left, right } from 'fp-ts/Either';
import {
  Checkpoint,
  EventStore,
  hashEvent,
  IntegrityProblem,
  invalidInput,
  InvalidInput,
  LibraryError,
  ReadError,
  RecordedEvent,
  verifyStream,
} from '@council-partnerships/domain';

/** An event id (a uuid) or a position in the global log (a whole number). */
export type EventReference = { readonly eventId: string } | { readonly globalPosition: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const parseEventReference = (text: string): Either<InvalidInput, EventReference> => {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed) && Number.isSafeInteger(Number(trimmed))) {
    return right({ globalPosition: Number(trimmed) });
  }
  if (UUID.test(trimmed)) return right({ eventId: trimmed.toLowerCase() });
  return left(
    invalidInput(
      `--event must be an event id (a uuid, as timeline --json and verify show) or a global position (a whole number); got ${JSON.stringify(text)}`,
      ['event'],
    ),
  );
};

export interface EventNotFound extends LibraryError {
  readonly code: 'EventNotFound';
}

/** What the hash chain says about one event, in the context of its whole stream. */
export interface EventChain {
  /** Its content, hashed again, gives the hash stored with it. */
  readonly hashRecomputes: boolean;
  /** Its `previousHash` is the stored hash of the event before it in its stream (or null for the first). */
  readonly linksToPrevious: boolean;
  /** The whole stream verifies (no event of it altered, deleted, inserted or reordered). */
  readonly streamIntact: boolean;
  /** The stream's findings that name this event. */
  readonly problems: readonly IntegrityProblem[];
}

export interface ShownEvent {
  readonly event: RecordedEvent;
  readonly chain: EventChain;
  /** Every finding in the event's stream, whether or not it names this event. */
  readonly streamProblems: readonly IntegrityProblem[];
}

const matches = (reference: EventReference) =>
  'eventId' in reference
    ? (e: RecordedEvent) => e.eventId.toLowerCase() === reference.eventId
    : (e: RecordedEvent) => e.globalPosition === reference.globalPosition;

/**
 * Finds one event by id or global position (a walk through the log: the port has no index by id), then
 * reads its whole stream and recomputes the chain around it.
 */
export const findEvent = async (
  store: EventStore,
  reference: EventReference,
): Promise<Either<ReadError | EventNotFound, ShownEvent>> => {
  const isIt = matches(reference);
  let after: Checkpoint | null = null;
  let found: RecordedEvent | undefined;
  for (;;) {
    const page = await store.readAll({ after, limit: 1000 });
    if (page._tag === 'Left') return left(page.left);
    found = page.right.events.find(isIt);
    after = page.right.checkpoint;
    if (found !== undefined || page.right.isEndOfLog || page.right.events.length === 0) break;
  }
  if (found === undefined) {
    const what =
      'eventId' in reference ? `event ${reference.eventId}` : `global position ${reference.globalPosition}`;
    return left({
      code: 'EventNotFound',
      message: `the store holds no ${what}; find events with 'partnerships timeline --json'`,
      path: ['event'],
    });
  }
  const stream = await store.readStream(found.streamId);
  if (stream._tag === 'Left') return left(stream.left);
  const event = found;
  const previous = stream.right.find((e) => e.streamVersion === event.streamVersion - 1);
  const verification = verifyStream(stream.right, event.streamId);
  return right({
    event,
    chain: {
      hashRecomputes: hashEvent(event) === event.hash,
      linksToPrevious:
        event.streamVersion === 1 ? event.previousHash === null : previous?.hash === event.previousHash,
      streamIntact: verification.problems.length === 0,
      problems: verification.problems.filter(
        (p) => p.eventId === event.eventId || p.relatedEventIds.includes(event.eventId),
      ),
    },
    streamProblems: verification.problems,
  });
};
