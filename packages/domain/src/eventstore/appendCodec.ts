import * as t from 'io-ts';
import { isStorableText } from '../shared/json';
import { ActorCodec, ExpectedVersionCodec } from './envelope';

// Each type's `is` accepts exactly what its `validate` accepts, so a valid append is recognised with
// `AppendCodec.is` (no decoding contexts built) and only a refused one is decoded, for the error.
const isNonEmptyString = (u: unknown): u is string =>
  typeof u === 'string' && u.trim().length > 0 && isStorableText(u);
const nonEmpty = 'a non-empty string (no NUL character or unpaired surrogate)';
export const NonEmptyString = new t.Type<string, string, unknown>(
  nonEmpty,
  isNonEmptyString,
  (u, c) => (isNonEmptyString(u) ? t.success(u) : t.failure(u, c, nonEmpty)),
  t.identity,
);

const isIsoTimestamp = (u: unknown): u is string =>
  typeof u === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(u) && !Number.isNaN(Date.parse(u));
const IsoTimestamp = new t.Type<string, string, unknown>(
  'an ISO 8601 timestamp',
  isIsoTimestamp,
  (u, c) => (isIsoTimestamp(u) ? t.success(u) : t.failure(u, c, 'an ISO 8601 timestamp')),
  t.identity,
);

const NewEventCodec = t.type({
  eventId: NonEmptyString,
  type: NonEmptyString,
  // PostgreSQL keeps the schema version in an integer column.
  schemaVersion: t.refinement(t.Int, (n) => n >= 1 && n <= 2_147_483_647, 'a positive integer'),
  data: t.UnknownRecord,
  occurredAt: IsoTimestamp,
  actor: ActorCodec,
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
