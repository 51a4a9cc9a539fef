import * as t from 'io-ts';
import { Either } from 'fp-ts/Either';
import { RecordedEvent } from '../eventstore/envelope';
import { InvalidInput } from '../shared/errors';
import { decodeWith } from '../shared/validation';
import { copyIdRecord, emptyIdRecord, IdRecord, idRecordCodec } from '../shared/idRecord';
import { IntegrityProblem, integrityProblem } from './problems';

/** Where a stream ended when an auditor looked: its last version and that event's hash. */
export interface StreamHead {
  readonly version: number;
  readonly hash: string;
}

/** Stream id -> head. Kept outside the store (signed, printed, filed), it anchors the chains. */
export type StreamHeads = IdRecord<StreamHead>;

const StreamHeadCodec = t.type({
  version: t.refinement(t.Int, (n) => n >= 1, 'a positive integer'),
  hash: t.refinement(t.string, (s) => /^[0-9a-f]{64}$/.test(s), 'a SHA-256 hash in hex'),
});

/** An exported anchor file: the heads, and when and from where they were taken (for the auditor's file). */
const AnchorShape = t.intersection([
  t.type({
    format: t.literal('council-partnerships/stream-heads'),
    formatVersion: t.literal(1),
    heads: idRecordCodec(StreamHeadCodec),
  }),
  t.partial({ takenAt: t.string, store: t.string }),
]);
export interface Anchor {
  readonly format: 'council-partnerships/stream-heads';
  readonly formatVersion: 1;
  readonly heads: StreamHeads;
  readonly takenAt?: string;
  readonly store?: string;
}
export const AnchorCodec = AnchorShape as unknown as t.Type<Anchor, Anchor, unknown>;

export const decodeAnchor = (input: unknown): Either<InvalidInput, Anchor> =>
  decodeWith(AnchorCodec, 'anchor')(input);

export const anchorOf = (heads: StreamHeads, details: { takenAt?: string; store?: string } = {}): Anchor => ({
  format: 'council-partnerships/stream-heads',
  formatVersion: 1,
  heads: copyIdRecord(heads),
  ...details,
});

/** The heads of every stream that has events. */
export const streamHeads = (
  streams: readonly { streamId: string; head: StreamHead | null }[],
): StreamHeads => {
  const heads = emptyIdRecord<StreamHead>();
  for (const stream of streams) if (stream.head !== null) heads[stream.streamId] = stream.head;
  return heads;
};

/**
 * Checks one stream against the head an anchor recorded for it. The stream may have grown since;
 * what must hold is that the anchored version is still there with the same hash. This is what
 * catches the tampering a chain cannot show by itself: a truncated tail, or a suffix rewritten with
 * recomputed hashes.
 */
export const compareStreamWithAnchor = (
  streamId: string,
  anchored: StreamHead,
  events: readonly RecordedEvent[],
): IntegrityProblem | null => {
  const atVersion = events.filter((e) => e.streamVersion === anchored.version);
  if (atVersion.length === 1 && atVersion[0]?.hash === anchored.hash) return null;
  const last = events.reduce((max, e) => Math.max(max, e.streamVersion), 0);
  if (last < anchored.version) {
    const missing = anchored.version - last;
    return integrityProblem(
      'truncated-stream',
      streamId,
      anchored.version,
      null,
      `the anchor recorded stream ${streamId} at version ${anchored.version}, but it now ends at version ${last}: ${missing} event${missing === 1 ? ' was' : 's were'} removed from its end`,
    );
  }
  const found = atVersion.find((e) => e.hash === anchored.hash) ?? atVersion[0];
  return integrityProblem(
    'rewritten-stream',
    streamId,
    anchored.version,
    found?.eventId ?? null,
    found === undefined
      ? `the anchor recorded stream ${streamId} at version ${anchored.version}, which is no longer stored`
      : `the event at version ${anchored.version} of stream ${streamId} has hash ${found.hash.slice(0, 12)}…, not the anchored ${anchored.hash.slice(0, 12)}…: history up to that point was rewritten`,
  );
};

export const missingStream = (streamId: string, anchored: StreamHead): IntegrityProblem =>
  integrityProblem(
    'missing-stream',
    streamId,
    anchored.version,
    null,
    `the anchor recorded stream ${streamId} at version ${anchored.version}, but the store no longer has it`,
  );

/** Compares every anchored stream with the events now stored (streams absent from the map are missing). */
export const compareWithAnchor = (
  anchor: StreamHeads,
  streams: ReadonlyMap<string, readonly RecordedEvent[]>,
): IntegrityProblem[] =>
  Object.entries(anchor).flatMap(([streamId, head]) => {
    const events = streams.get(streamId);
    if (events === undefined || events.length === 0) return [missingStream(streamId, head)];
    const found = compareStreamWithAnchor(streamId, head, events);
    return found === null ? [] : [found];
  });
