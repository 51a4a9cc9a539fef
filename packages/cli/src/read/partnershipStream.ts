import { Either, left, right } from 'fp-ts/Either';
import { EventStore, partnershipStreamId, ReadError, RecordedEvent } from '@council-partnerships/domain';
import { UnknownPartnership, unknownPartnership } from '../commands/partnershipErrors';

const STREAM_PREFIX = partnershipStreamId('');

export interface PartnershipStream {
  /** The partnership's own id (`stockton-family-support`), whichever form was asked for. */
  readonly partnershipId: string;
  readonly events: readonly RecordedEvent[];
}

/**
 * Reads one partnership's stream by either name an auditor sees: the partnership id that `list` and
 * the register show, or the stream id that `timeline` and `verify` show (`partnership-<id>`). The id
 * is tried first, so a partnership whose own id happens to begin with `partnership-` still wins.
 */
export const readPartnershipStream = async (
  store: EventStore,
  asked: string,
): Promise<Either<ReadError | UnknownPartnership, PartnershipStream>> => {
  const candidates = [asked];
  if (asked.startsWith(STREAM_PREFIX) && asked.length > STREAM_PREFIX.length) {
    candidates.push(asked.slice(STREAM_PREFIX.length));
  }
  for (const partnershipId of candidates) {
    const read = await store.readStream(partnershipStreamId(partnershipId));
    if (read._tag === 'Right') return right({ partnershipId, events: read.right });
    if (read.left.code !== 'StreamNotFound') return read;
  }
  return left(unknownPartnership(asked));
};
