import * as t from 'io-ts';
import { Either } from 'fp-ts/Either';
import { Checkpoint, JsonValue } from '@council-partnerships/domain';
import { CheckpointError } from '../errors';

/**
 * What an asynchronous projection stores to survive a restart: the log position it reached and its
 * state at exactly that position, saved together. Saving one without the other is how a restarted
 * projection ends up counting a page twice or missing one.
 */
export interface ProjectionSnapshot {
  readonly projection: string;
  /** The projection's `version` when it was saved; another version is discarded and rebuilt. */
  readonly projectionVersion: number;
  /** Opaque position in the global log, as issued by the store the projection reads. */
  readonly checkpoint: Checkpoint | null;
  readonly eventsApplied: number;
  /** The state encoded by the projection's `stateCodec`. */
  readonly state: JsonValue;
}

const JsonValueCodec = new t.Type<JsonValue, JsonValue, unknown>(
  'JSON',
  (u): u is JsonValue => u !== undefined,
  (u, c) => (u === undefined ? t.failure(u, c) : t.success(u as JsonValue)),
  t.identity,
);

export const ProjectionSnapshotCodec = t.type(
  {
    projection: t.string,
    projectionVersion: t.Int,
    checkpoint: t.union([t.string, t.null]),
    eventsApplied: t.Int,
    state: JsonValueCodec,
  },
  'ProjectionSnapshot',
);

/**
 * The port for storing projection snapshots. Implementations: in memory, a JSON file per projection;
 * a database implementation should save in one transaction (and may share the transaction with its
 * own read-model tables). `save` replaces the previous snapshot of that projection atomically.
 */
export interface CheckpointStore {
  readonly name: string;
  load(projection: string): Promise<Either<CheckpointError, ProjectionSnapshot | null>>;
  save(snapshot: ProjectionSnapshot): Promise<Either<CheckpointError, void>>;
  remove(projection: string): Promise<Either<CheckpointError, void>>;
}
