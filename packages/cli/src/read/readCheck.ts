import { Command } from 'commander';
import { Either, left, right } from 'fp-ts/Either';
import {
  createChainWatch,
  EventStore,
  IntegrityProblem,
  partnershipEventRegistry,
  ReadError,
  RecordedEvent,
  verifyStream,
} from '@council-partnerships/domain';

/** What a reader may be told to put up with, each at the auditor's explicit request. */
export interface ReadCheckFlags {
  readonly allowTampered?: boolean;
  readonly skipUnknown?: boolean;
}

export const withReadCheckOptions = (command: Command): Command =>
  command
    .option(
      '--allow-tampered',
      'go on when the hash chains of what was read do not verify (the findings are still written to stderr)',
    )
    .option(
      '--skip-unknown',
      'leave out events of types this release does not read (they are still counted on stderr)',
    );

/** Events of one type this release does not read, and where the first of them is. */
export interface UnknownType {
  readonly type: string;
  count: number;
  readonly first: Pick<RecordedEvent, 'streamId' | 'streamVersion' | 'eventId'>;
}

/** What a read found wrong with the history it read. */
export interface ReadFindings {
  readonly problems: readonly IntegrityProblem[];
  readonly unknownTypes: readonly UnknownType[];
}

/**
 * Watches a read as it goes: the hash chain of every stream it passes through, and every event of a
 * type no read model reads (which the read models would otherwise skip without a word). `take` is
 * called for each event read, in the order the store handed them back; it answers whether the event
 * is one this release reads, so the caller leaves the others out.
 */
export interface ReadCheck {
  readonly take: (event: RecordedEvent) => boolean;
  /**
   * The findings. A stream whose chain did not hold is read again and verified in full, so each
   * finding says what was done (altered, deleted, inserted, reordered) at which version and event.
   */
  readonly findings: (store: EventStore) => Promise<Either<ReadError, ReadFindings>>;
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(partnershipEventRegistry.types);

export const isKnownType = (type: string): boolean => KNOWN_TYPES.has(type);

/**
 * `chains: false` when the caller verifies the chains another way (the report verifies the whole
 * store); an event counted once is not counted again when a second read passes it.
 */
export const createReadCheck = (options: { readonly chains?: boolean } = {}): ReadCheck => {
  const watch = options.chains === false ? null : createChainWatch();
  const unknown = new Map<string, UnknownType>();
  const counted = new Set<string>();
  return {
    take: (event) => {
      watch?.observe(event);
      if (KNOWN_TYPES.has(event.type)) return true;
      const key = `${event.streamId}\u0000${event.streamVersion}\u0000${event.eventId}`;
      if (counted.has(key)) return false;
      counted.add(key);
      const seen = unknown.get(event.type);
      if (seen === undefined) {
        const { streamId, streamVersion, eventId } = event;
        unknown.set(event.type, { type: event.type, count: 1, first: { streamId, streamVersion, eventId } });
      } else seen.count += 1;
      return false;
    },
    findings: async (store) => {
      const problems: IntegrityProblem[] = [];
      for (const streamId of watch?.suspects().keys() ?? []) {
        const read = await store.readStream(streamId);
        if (read._tag === 'Left') return left(read.left);
        problems.push(...verifyStream(read.right, streamId).problems);
      }
      return right({ problems, unknownTypes: [...unknown.values()] });
    },
  };
};
