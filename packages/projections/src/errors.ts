import {
  CorruptEvent,
  InvalidInput,
  LibraryError,
  ReadError,
  StoreUnavailable,
  UnknownEventType,
} from '@council-partnerships/domain';

/** A stored projection snapshot that cannot be trusted: unreadable text or a state its codec refuses. */
export interface CorruptSnapshot extends LibraryError {
  readonly code: 'CorruptSnapshot';
  readonly projection: string;
  readonly reason: string;
}

/**
 * Inline mode saw a stream jump ahead (version 7 after version 5): events were appended that this
 * projection never saw, so its state would silently miss them. Catch up from the store first.
 */
export interface ProjectionGap extends LibraryError {
  readonly code: 'ProjectionGap';
  readonly projection: string;
  readonly streamId: string;
  readonly expectedVersion: number;
  readonly receivedVersion: number;
}

export type CheckpointError = CorruptSnapshot | StoreUnavailable | InvalidInput;

/** Everything that can stop a projection: a read of the log, an event it cannot decode, its snapshot store. */
export type ProjectionError = ReadError | CorruptEvent | UnknownEventType | CheckpointError | ProjectionGap;

export const corruptSnapshot = (projection: string, reason: string): CorruptSnapshot => ({
  code: 'CorruptSnapshot',
  message: `the stored snapshot of projection ${projection} cannot be read: ${reason}; rebuild the projection from the log`,
  path: [projection],
  projection,
  reason,
});

export const projectionGap = (
  projection: string,
  streamId: string,
  expectedVersion: number,
  receivedVersion: number,
): ProjectionGap => ({
  code: 'ProjectionGap',
  message: `projection ${projection} expected ${streamId} version ${expectedVersion} but was handed version ${receivedVersion}; catch up from the store before projecting appended events`,
  path: [streamId, String(receivedVersion)],
  projection,
  streamId,
  expectedVersion,
  receivedVersion,
});
