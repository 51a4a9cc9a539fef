import { Either, left, right } from 'fp-ts/Either';
import { CorruptEvent, ReadError } from '../eventstore/errors';
import { Checkpoint } from '../eventstore/envelope';
import { EventStore } from '../eventstore/port';
import { IntegrityProblem, integrityProblem } from './problems';
import { VerificationReport, summariseVerification } from './report';
import { StreamHeads, compareStreamWithAnchor, missingStream } from './streamHeads';
import { StreamVerification, verifyStream } from './verifyStream';
import { own } from '../shared/idRecord';

export interface VerifyProgress {
  readonly streamsDone: number;
  readonly streamsTotal: number;
  readonly eventsChecked: number;
  readonly streamId: string;
}

export interface VerifyStoreOptions {
  /** Called after each stream, for a progress display. */
  readonly onProgress?: (progress: VerifyProgress) => void;
  /** Heads exported at an earlier audit: also checks that nothing before them was cut or rewritten. */
  readonly anchor?: StreamHeads;
}

const corruptRow = (
  streamId: string,
  error: Extract<ReadError, { code: 'CorruptEvent' }>,
): IntegrityProblem =>
  integrityProblem(
    'corrupt-row',
    streamId,
    error.streamVersion,
    error.eventId,
    `a stored row of stream ${streamId} cannot be read (${error.reason}), so the rest of the stream cannot be verified`,
  );

/**
 * Visits the stream id of every row of the global log. A page holding an unreadable row is read again
 * in smaller pages, so every row before it is still visited; the walk ends at the row itself (a
 * checkpoint is the adapter's own, so there is no stepping over it) and returns that row's error.
 */
const walkStreamIds = async (
  store: EventStore,
  visit: (streamId: string) => void,
): Promise<Either<ReadError, CorruptEvent | null>> => {
  let after: Checkpoint | null = null;
  let limit = 1000;
  for (;;) {
    const page = await store.readAll({ after, limit });
    if (page._tag === 'Left') {
      if (page.left.code !== 'CorruptEvent') return left(page.left);
      if (limit === 1) return right(page.left);
      limit = Math.max(1, Math.floor(limit / 4));
      continue;
    }
    for (const event of page.right.events) visit(event.streamId);
    after = page.right.checkpoint;
    if (page.right.isEndOfLog || page.right.events.length === 0) return right(null);
  }
};

/**
 * Verifies every stream the store lists, one stream at a time (one stream in memory at once). Rows
 * the store cannot read are findings (`corrupt-row`), not failures; only a store that cannot be read
 * at all (unreachable, refusing the read) makes the whole verification a Left.
 */
export const verifyStore = async (
  store: EventStore,
  options: VerifyStoreOptions = {},
): Promise<Either<ReadError, VerificationReport>> => {
  const listed = await store.listStreams();
  if (listed._tag === 'Left') return left(listed.left);
  const streamIds = listed.right;
  const verified: StreamVerification[] = [];
  const anchorProblems: IntegrityProblem[] = [];
  let eventsChecked = 0;

  const verifyOne = async (streamId: string, total: number): Promise<ReadError | null> => {
    const read = await store.readStream(streamId);
    if (read._tag === 'Left' && read.left.code === 'CorruptEvent') {
      verified.push({ streamId, eventCount: 0, head: null, problems: [corruptRow(streamId, read.left)] });
    } else if (read._tag === 'Left' && read.left.code === 'StreamNotFound') {
      // A stream only comes into being with its first event, so a listed stream with none lost them.
      const emptied = integrityProblem(
        'deleted-event',
        streamId,
        null,
        null,
        `stream ${streamId} is listed by the store but has no events: its events were deleted`,
      );
      verified.push({ streamId, eventCount: 0, head: null, problems: [emptied] });
    } else if (read._tag === 'Left') {
      return read.left;
    } else {
      const verification = verifyStream(read.right, streamId);
      verified.push(verification);
      eventsChecked += verification.eventCount;
      const anchored = options.anchor === undefined ? undefined : own(options.anchor, streamId);
      if (anchored !== undefined) {
        const found = compareStreamWithAnchor(streamId, anchored, read.right);
        if (found !== null) anchorProblems.push(found);
      }
    }
    options.onProgress?.({ streamsDone: verified.length, streamsTotal: total, eventsChecked, streamId });
    return null;
  };

  for (const streamId of streamIds) {
    const failed = await verifyOne(streamId, streamIds.length);
    if (failed !== null) return left(failed);
  }

  // Stores list a stream by its first event; one whose first row was deleted would go unlisted, so the
  // global log is walked too (ids only) to find every stream that still has rows.
  const listedIds = new Set(streamIds);
  const unlisted = new Set<string>();
  const walked = await walkStreamIds(store, (streamId) => {
    if (!listedIds.has(streamId)) unlisted.add(streamId);
  });
  if (walked._tag === 'Left') return left(walked.left);
  const warnings: string[] = [];
  const stoppedAt = walked.right;
  if (stoppedAt !== null) {
    if (!listedIds.has(stoppedAt.streamId)) {
      verified.push({
        streamId: stoppedAt.streamId,
        eventCount: 0,
        head: null,
        problems: [corruptRow(stoppedAt.streamId, stoppedAt)],
      });
      listedIds.add(stoppedAt.streamId);
    }
    warnings.push(
      `the global log could not be read past the unreadable row of stream ${stoppedAt.streamId}; a stream the store does not list whose rows all come after it was not checked`,
    );
  }
  for (const streamId of unlisted) {
    const failed = await verifyOne(streamId, streamIds.length + unlisted.size);
    if (failed !== null) return left(failed);
    listedIds.add(streamId);
  }

  for (const [streamId, head] of Object.entries(options.anchor ?? {})) {
    if (!listedIds.has(streamId)) anchorProblems.push(missingStream(streamId, head));
  }
  return right(summariseVerification(verified, anchorProblems, options.anchor !== undefined, warnings));
};
