import { Either } from 'fp-ts/Either';
import { JsonObject } from '../shared/json';
import { envelopeCodecOf } from './envelope';
import { ReadError } from './errors';
import type { EventStore, ReadStreamOptions } from './port';
import { isInt, isJsonRecord } from './rowChecks';
import { decodeRowWith } from './storedRow';

/**
 * What folding a stream into state needs of each event: where it stands, what it says, and the
 * command that recorded it (so a retried command is recognised). No times, actor or hashes: a
 * store can fetch and check a third of the row. Every `RecordedEvent` is one.
 */
export interface FoldableEvent {
  readonly streamId: string;
  readonly streamVersion: number;
  /** Names the event in an error; carried, never folded. */
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: JsonObject;
  readonly commandId: string;
}

export const FoldableEventCodec = envelopeCodecOf<FoldableEvent>([
  'streamId',
  'streamVersion',
  'eventId',
  'type',
  'schemaVersion',
  'data',
  'commandId',
]);

/** Exactly `FoldableEventCodec.is`, field by field (the codec walks its parts). */
export const isSoundFoldableEvent = (e: FoldableEvent): boolean =>
  typeof e.streamId === 'string' &&
  isInt(e.streamVersion) &&
  typeof e.eventId === 'string' &&
  typeof e.type === 'string' &&
  isInt(e.schemaVersion) &&
  isJsonRecord(e.data) &&
  typeof e.commandId === 'string';

/**
 * Checks a lean row read out of storage that the fast check (`isSoundFoldableEvent`, many times
 * cheaper and exactly as strict) refused: the codec says what is wrong with it.
 */
export const decodeFoldableEvent = decodeRowWith(FoldableEventCodec);

/**
 * Reads a stream for folding: the store's lean read when it has one, its full read otherwise (a full
 * event carries everything a fold needs). Same range, same errors, same order as `readStream`.
 */
export const readStreamForFold = (
  store: EventStore,
  streamId: string,
  options?: ReadStreamOptions,
): Promise<Either<ReadError, readonly FoldableEvent[]>> =>
  store.readStreamForFold !== undefined
    ? store.readStreamForFold(streamId, options)
    : store.readStream(streamId, options);
