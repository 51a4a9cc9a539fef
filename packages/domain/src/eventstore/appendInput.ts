import * as t from 'io-ts';
import { Either, left, right } from 'fp-ts/Either';
import { InvalidInput, invalidInput } from '../shared/errors';
import { checkInput, defaultInputLimits, InputLimits } from '../shared/limits';
import { decodeWith } from '../shared/validation';
import { AppendCodec, NonEmptyString } from './appendCodec';
import { ExpectedVersion, NewEvent } from './envelope';
import { ReadAllOptions, ReadStreamOptions } from './port';

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
  limits: InputLimits = defaultInputLimits,
): Either<InvalidInput, ValidAppend> => {
  // Each event is checked on its own against the limits (a batch may hold many), before any codec
  // reads it: no getter runs, no cycle or BigInt reaches JSON, no depth overflows the stack.
  if (Array.isArray(events)) {
    for (let i = 0; i < events.length; i++) {
      const checked = checkInput(events[i], limits, ['events', String(i)]);
      if (checked._tag === 'Left') return checked;
    }
  }
  const checkedOptions = checkInput(options, limits, ['options']);
  if (checkedOptions._tag === 'Left') return checkedOptions;
  const checkedStreamId = checkInput(streamId, limits, ['streamId']);
  if (checkedStreamId._tag === 'Left') return checkedStreamId;
  const expectedVersion = (options as { expectedVersion?: unknown } | undefined)?.expectedVersion;
  const input = { streamId, events, expectedVersion };
  const decoded = AppendCodec.is(input) ? right(input) : decodeWith(AppendCodec, 'append')(input);
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
  }
  return right(append as ValidAppend);
};

const PositiveInt = t.refinement(t.Int, (n) => n >= 1, 'a positive integer');

export const validateReadStream = (
  streamId: unknown,
  options: ReadStreamOptions | undefined,
): Either<InvalidInput, { streamId: string; fromVersion: number; toVersion: number }> => {
  const checked = checkInput({ streamId, options }, defaultInputLimits);
  if (checked._tag === 'Left') return checked;
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
  const checked = checkInput(options, defaultInputLimits, ['options']);
  if (checked._tag === 'Left') return checked;
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
