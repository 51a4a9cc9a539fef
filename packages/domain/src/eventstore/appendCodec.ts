import * as t from 'io-ts';
import { isStorableText } from '../shared/json';
import { exactCodec } from '../shared/exact';
import { OffsetTimestampCodec } from '../shared/timestamp';
import { refinedCodec } from '../shared/refinedCodec';
import { ActorCodec, ExpectedVersionCodec } from './envelope';

/** An actor naming only id, role, name and organisation: nothing unchecked reaches the hash. */
export const ExactActorCodec = exactCodec(ActorCodec, 'Actor');

// Each type's `is` accepts exactly what its `validate` accepts, so a valid append is recognised with
// `AppendCodec.is` (no decoding contexts built) and only a refused one is decoded, for the error.
const isNonEmptyString = (u: unknown): u is string =>
  typeof u === 'string' && u.trim().length > 0 && isStorableText(u);
const nonEmpty = 'a non-empty string (no NUL character or unpaired surrogate)';
export const NonEmptyString = refinedCodec(nonEmpty, isNonEmptyString, nonEmpty);

const NewEventCodec = t.type({
  eventId: NonEmptyString,
  type: NonEmptyString,
  // PostgreSQL keeps the schema version in an integer column.
  schemaVersion: t.refinement(t.Int, (n) => n >= 1 && n <= 2_147_483_647, 'a positive integer'),
  data: t.UnknownRecord,
  occurredAt: OffsetTimestampCodec,
  actor: ExactActorCodec,
  commandId: NonEmptyString,
  correlationId: NonEmptyString,
  causationId: t.union([t.refinement(t.string, isStorableText, 'storable text'), t.null]),
});

/** What an append must look like before any adapter touches storage. */
export const AppendCodec = t.type({
  streamId: NonEmptyString,
  events: t.array(NewEventCodec),
  expectedVersion: ExpectedVersionCodec,
});
