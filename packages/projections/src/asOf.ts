import * as t from 'io-ts';
import { Either, right } from 'fp-ts/Either';
import { DateTime } from 'luxon';
import {
  BusinessDateCodec,
  businessDateOf,
  businessDatesByHour,
  decodeWith,
  instantOf,
  InvalidInput,
  LoggedEvent,
} from '@council-partnerships/domain';

const isTimestamp = (u: unknown): u is string =>
  typeof u === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(u) && DateTime.fromISO(u, { setZone: true }).isValid;

export const TimestampCodec = new t.Type<string, string, unknown>(
  'an ISO 8601 timestamp with a time and offset',
  isTimestamp,
  (u, c) => (isTimestamp(u) ? t.success(u) : t.failure(u, c)),
  t.identity,
);

/**
 * The two questions of a bitemporal read. `businessDate`: what was true in the world by the end of
 * that day (London), as far as the log now knows. `recordedBy`: what the log held at that instant,
 * which is what an auditor would have seen then. Both may be given; omitted means "no limit".
 */
export const AsOfCodec = t.partial({ businessDate: BusinessDateCodec, recordedBy: TimestampCodec }, 'AsOf');
export type AsOf = t.TypeOf<typeof AsOfCodec>;

/** Checks an as-of query from outside (a CLI flag, an HTTP query) and names the bad field. */
export const validateAsOf = (input: unknown): Either<InvalidInput, AsOf> =>
  input === undefined ? right({}) : decodeWith(AsOfCodec, 'asOf', ['asOf'])(input);

/** The calendar's reading of an instant as a London date, kept here for readers of the projections. */
export { businessDateOf };

/**
 * `businessDateOf`, remembering its last answer, and its answer for each hour (`businessDatesByHour`).
 * Events next to each other in the log mostly share their timestamps (one append's recordedAt, one
 * command's occurredAt), the rest mostly fall in hours seen before, and folds ask for every event:
 * keep one of these per kind of timestamp.
 */
export const lastBusinessDate = (): ((timestamp: string) => string) => {
  const byHour = businessDatesByHour();
  let timestamp = '';
  let date = '';
  return (next) => {
    if (next !== timestamp) {
      date = byHour(next);
      timestamp = next;
    }
    return date;
  };
};

/**
 * Compiles the filter once per query: parsing `recordedBy` for every event of a long log would be
 * the dominant cost of an as-of rebuild.
 */
export const visibleAsOf = (asOf: AsOf): ((recorded: LoggedEvent) => boolean) => {
  const recordedBy = asOf.recordedBy === undefined ? null : instantOf(asOf.recordedBy);
  const businessDate = asOf.businessDate ?? null;
  if (recordedBy === null && businessDate === null) return () => true;
  return (recorded) =>
    (recordedBy === null || instantOf(recorded.recordedAt) <= recordedBy) &&
    (businessDate === null || businessDateOf(recorded.occurredAt) <= businessDate);
};

export const isUnbounded = (asOf: AsOf): boolean =>
  asOf.businessDate === undefined && asOf.recordedBy === undefined;
