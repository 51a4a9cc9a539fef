import * as t from 'io-ts';
import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput, invalidInput } from '../shared/errors';
import { validateJson } from '../shared/json';
import { decodeWith } from '../shared/validation';
import { ActorCodec, ExpectedVersion, ExpectedVersionCodec, NewEvent } from './envelope';
import { ReadAllOptions, ReadStreamOptions } from './port';

const NonEmptyString = new t.Type<string, string, unknown>(
  'a non-empty string',
  (u): u is string => typeof u === 'string' && u.length > 0,
  (u, c) =>
    typeof u === 'string' && u.trim().length > 0 ? t.success(u) : t.failure(u, c, 'a non-empty string'),
  t.identity,
);

const IsoTimestamp = new t.Type<string, string, unknown>(
  'an ISO 8601 timestamp',
  (u): u is string => typeof u === 'string',
  (u, c) =>
    typeof u === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(u) && !Number.isNaN(Date.parse(u))
      ? t.success(u)
      : t.failure(u, c, 'an ISO 8601 timestamp'),
  t.identity,
);

const NewEventCodec = t.type({
  eventId: NonEmptyString,
  type: NonEmptyString,
  schemaVersion: t.refinement(t.Int, (n) => n >= 1, 'a positive integer'),
  data: t.UnknownRecord,
  occurredAt: IsoTimestamp,
  actor: ActorCodec,
  commandId: NonEmptyString,
  correlationId: NonEmptyString,
  causationId: t.union([t.string, t.null]),
});

const AppendCodec = t.type({
  streamId: NonEmptyString,
  events: t.array(NewEventCodec),
  expectedVersion: ExpectedVersionCodec,
});

export interface ValidAppend {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  readonly expectedVersion: ExpectedVersion;
}

/**
 * The checks every adapter makes before touching storage, so that bad input is refused the same way
 * everywhere and nothing is half-written.
 */
export const validateAppend = (
  streamId: unknown,
  events: unknown,
  options: unknown,
): Either<InvalidInput, ValidAppend> => {
  const expectedVersion = (options as { expectedVersion?: unknown } | undefined)?.expectedVersion;
  const decoded = decodeWith(AppendCodec, 'append')({ streamId, events, expectedVersion });
  if (decoded._tag === 'Left') return decoded;
  const append = decoded.right;
  if (append.events.length === 0) return left(invalidInput('append needs at least one event', ['events']));
  if (typeof append.expectedVersion === 'number' && append.expectedVersion < 0) {
    return left(invalidInput('expectedVersion must be 0 or more', ['expectedVersion']));
  }
  const seen = new Set<string>();
  for (let i = 0; i < append.events.length; i++) {
    const event = append.events[i] as NewEvent;
    if (seen.has(event.eventId)) {
      return left(
        invalidInput(`event id ${event.eventId} appears twice in one append`, [
          'events',
          String(i),
          'eventId',
        ]),
      );
    }
    seen.add(event.eventId);
    const json = validateJson(event.data, ['events', String(i), 'data']);
    if (json._tag === 'Left') return json;
  }
  return right(append as ValidAppend);
};

const PositiveInt = t.refinement(t.Int, (n) => n >= 1, 'a positive integer');

export const validateReadStream = (
  streamId: unknown,
  options: ReadStreamOptions | undefined,
): Either<InvalidInput, { streamId: string; fromVersion: number; toVersion: number }> => {
  const decoded = decodeWith(
    t.type({ streamId: NonEmptyString, fromVersion: PositiveInt, toVersion: t.union([PositiveInt, t.null]) }),
    'readStream',
  )({ streamId, fromVersion: options?.fromVersion ?? 1, toVersion: options?.toVersion ?? null });
  if (decoded._tag === 'Left') return decoded;
  return right({
    streamId: decoded.right.streamId,
    fromVersion: decoded.right.fromVersion,
    toVersion: decoded.right.toVersion ?? Number.MAX_SAFE_INTEGER,
  });
};

export const validateReadAll = (
  options: ReadAllOptions | undefined,
): Either<InvalidInput, { after: string | null; limit: number }> => {
  const decoded = decodeWith(
    t.type({
      after: t.union([t.string, t.null]),
      limit: t.refinement(PositiveInt, (n) => n <= 100_000, 'at most 100000'),
    }),
    'readAll',
  )({ after: options?.after ?? null, limit: options?.limit ?? 1000 });
  return decoded;
};

/** Whether the current version satisfies what the append expected. */
export const expectedVersionMatches = (expected: ExpectedVersion, current: number): boolean => {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === 0;
    case 'stream_exists':
      return current > 0;
    default:
      return expected === current;
  }
};
