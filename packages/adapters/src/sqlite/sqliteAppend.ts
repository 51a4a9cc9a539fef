import { Either, left, right } from 'fp-ts/Either';
import {
  AppendError,
  AppendResult,
  chainEventsWithJson,
  expectedVersionMatches,
  matchPriorAppend,
  RecordedEvent,
  storeUnavailable,
  ValidAppend,
} from '@council-partnerships/domain';
import { retriedOrConflict } from '../shared/retriedOrConflict';
import { decodeSqliteRow } from './sqliteRows';
import { rowOf, Statements } from './sqliteStatements';

/** Thrown inside an append's transaction to roll it back when an id of the batch is already stored. */
class EventIdAlreadyStored extends Error {}

const isEventIdClash = (error: unknown): boolean =>
  (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE' &&
  /events\.event_id/.test(String((error as Error).message));

/** The original result when this exact batch is already stored, a refusal when its ids are used elsewhere. */
const priorAppend = (sql: Statements, valid: ValidAppend): Either<AppendError, AppendResult | null> => {
  const stored: RecordedEvent[] = [];
  for (const event of valid.events) {
    const row = sql.byEventId.get(event.eventId);
    if (row === undefined) continue;
    const decoded = decodeSqliteRow(row);
    if (decoded._tag === 'Left') return decoded;
    stored.push(decoded.right);
  }
  return matchPriorAppend(
    valid.streamId,
    valid.events.map((e) => e.eventId),
    stored,
  );
};

/**
 * The body of one append, run inside an IMMEDIATE transaction: nothing else can write meanwhile. The
 * happy path does not look the batch's ids up one by one: UNIQUE (event_id) refuses a stored id, and only
 * then (or when the version does not match) is the batch compared with what is stored.
 */
export const appendInTransaction = (
  sql: Statements,
  valid: ValidAppend,
  clock: () => Date,
): Either<AppendError, AppendResult> => {
  const { streamId, events, expectedVersion } = valid;
  const head = sql.head.get(streamId);
  const current = head?.stream_version ?? 0;
  if (!expectedVersionMatches(expectedVersion, current))
    return retriedOrConflict(valid, current, priorAppend(sql, valid));
  const lastPosition = sql.lastPosition.get() ?? 0;
  const {
    events: recorded,
    dataJson,
    actorJson,
  } = chainEventsWithJson(
    streamId,
    head === undefined ? null : { streamVersion: head.stream_version, hash: head.hash },
    events,
    clock().toISOString(),
    (i) => lastPosition + i + 1,
  );
  try {
    for (let i = 0; i < recorded.length; i++)
      sql.insert.run(rowOf(recorded[i]!, dataJson[i]!, actorJson[i]!));
  } catch (error) {
    throw isEventIdClash(error) ? new EventIdAlreadyStored() : error;
  }
  return right({ streamId, nextExpectedVersion: current + recorded.length, events: recorded });
};

/** Runs the append transaction; when the batch's ids turn out to be stored, answers as a retry or a refusal. */
export const appendOrRecognise = (
  sql: Statements,
  transaction: (valid: ValidAppend) => Either<AppendError, AppendResult>,
  valid: ValidAppend,
): Either<AppendError, AppendResult> => {
  try {
    return transaction(valid);
  } catch (error) {
    if (!(error instanceof EventIdAlreadyStored)) throw error;
  }
  const prior = priorAppend(sql, valid);
  if (prior._tag === 'Left') return prior;
  return prior.right !== null
    ? right(prior.right)
    : left(
        storeUnavailable(
          `stream ${valid.streamId}: an event id of the batch was refused as stored but cannot be found`,
        ),
      );
};
