import { Either } from 'fp-ts/Either';
import { uuidV7From } from '../../eventstore/eventIds';
import { EventStore } from '../../eventstore/port';
import { createCommandHandler, HandledCommand, HandlerError } from '../../decider/commandHandler';
import { RetryPolicy } from '../../decider/retry';
import { SnapshotWarning } from '../../decider/snapshots';
import { SnapshotStore } from '../../eventstore/snapshots/snapshotPort';
import { PartnershipCommand, PartnershipCommandCodec, partnershipStreamIdOf } from '../commands';
import { createPartnershipDecider } from '../decide';
import { PartnershipError } from '../errors';
import { PartnershipEvent, partnershipEventRegistry } from '../events';
import { CouncilPolicy, defaultCouncilPolicy } from '../policy/councilPolicy';
import { PartnershipState } from '../state';
import { PartnershipStateCodec, partnershipStateSchemaVersion } from '../snapshots/partnershipStateCodec';

export interface PartnershipHandlerOptions {
  /** Where the partnership's events are kept: any adapter (SQLite, PostgreSQL, EventStoreDB, memory). */
  readonly store: EventStore;
  /** The council's scheme of delegation and performance rules (default: `defaultCouncilPolicy`). */
  readonly policy?: CouncilPolicy;
  /**
   * The time the default event ids are ordered by (default: the system clock). The time an event is
   * recorded at is the store's own clock; the time it happened is the command's `occurredAt`.
   */
  readonly clock?: () => Date;
  /** Makes event ids (default: time-ordered UUIDv7 ids from `clock`). */
  readonly newEventId?: () => string;
  /** Attempts before a concurrency conflict is handed back to the caller (default: `retry`'s). */
  readonly maxAttempts?: number;
  /**
   * Attempts and jittered backoff after a conflict with another writer (default `defaultRetryPolicy`:
   * 16 attempts, waits drawn from a range starting at 4 ms and doubling up to 250 ms).
   */
  readonly retry?: Partial<RetryPolicy>;
  /** Partnerships whose folded state is kept between commands (default 1000; 0 re-reads every time). */
  readonly cachedStreams?: number;
  /**
   * Snapshots for cold starts of long partnerships (default: none). A partnership not held in memory
   * starts from its snapshot once it is verified against the stream (the event it was taken at still
   * has the hash it recorded, and the state's shape is this release's); otherwise its state is rebuilt
   * from the first event and `onWarning` is told why. A new snapshot is taken after every `every`
   * events (default 1000). A snapshot is a cache: it never changes a decision and can be deleted.
   */
  readonly snapshots?: {
    readonly store: SnapshotStore;
    readonly every?: number;
    readonly onWarning?: (warning: SnapshotWarning) => void;
  };
}

export type PartnershipHandlerError = HandlerError<PartnershipError>;
export type HandledPartnershipCommand = HandledCommand<PartnershipEvent, PartnershipState>;
export type PartnershipHandlerResult = Either<PartnershipHandlerError, HandledPartnershipCommand>;

/**
 * Records a partnership command: the handler validates it (its codec, at run time, whatever the
 * compiler said), reads the partnership's stream, asks the lifecycle's rules under the council's
 * policy, and appends the events with the exact version it read. Refusals come back as values.
 */
export type PartnershipHandler = (command: PartnershipCommand) => Promise<PartnershipHandlerResult>;

/** The partnership lifecycle behind the command handler, wired once for every embedder. */
export const createPartnershipHandler = (options: PartnershipHandlerOptions): PartnershipHandler =>
  createCommandHandler({
    store: options.store,
    decider: createPartnershipDecider(options.policy ?? defaultCouncilPolicy),
    registry: partnershipEventRegistry,
    commandCodec: PartnershipCommandCodec,
    streamIdOf: partnershipStreamIdOf,
    newEventId: options.newEventId ?? uuidV7From(options.clock),
    ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
    ...(options.retry !== undefined ? { retry: options.retry } : {}),
    ...(options.cachedStreams !== undefined ? { cachedStreams: options.cachedStreams } : {}),
    ...(options.snapshots !== undefined
      ? {
          snapshots: {
            ...options.snapshots,
            codec: PartnershipStateCodec,
            stateSchemaVersion: partnershipStateSchemaVersion,
          },
        }
      : {}),
  });
