import { Either, left, right } from 'fp-ts/Either';
import {
  AppendError,
  AppendResult,
  chainEventsWithJson,
  concurrencyConflict,
  expectedVersionMatches,
  matchPriorAppend,
  RecordedEvent,
  ValidAppend,
} from '@council-partnerships/domain';
import { retriedOrConflict } from '../shared/retriedOrConflict';
import { AppendGroups, WriteGroup } from './appendGroups';
import { isContention, isUniqueViolation } from './postgresErrors';
import { decodePostgresRows, PostgresEventRow } from './postgresRows';
import { PostgresSession } from './postgresSession';
import { batchColumns, EventRow, eventRowsOf, insertedValues, NamedStatement, rowsJson } from './postgresSql';

export interface PostgresAppendOptions {
  readonly clock: () => Date;
  /** Single-event statements running at once before further ones are grouped; false never groups. */
  readonly groupAppends: number | false;
  /** Awaited inside each append's own transaction, before COMMIT (a test hook: see the store's options). */
  readonly beforeCommit?: (appended: { streamId: string; events: readonly RecordedEvent[] }) => Promise<void>;
}

interface Head {
  readonly version: number;
  readonly hash: string | null;
}

const maxAppendAttempts = 50;

/**
 * The events just written, given the positions the server assigned them in version order; null when
 * it assigned none (the insert found the stream moved on). The events were made for this attempt and
 * nothing else holds them yet, so each gets its position in place rather than as a copy of the event.
 */
const positioned = (
  events: RecordedEvent[],
  positions: readonly (string | undefined)[] | null | undefined,
): RecordedEvent[] | null => {
  if (positions === null || positions === undefined || positions.length !== events.length) return null;
  for (let i = 0; i < events.length; i++)
    (events[i] as { globalPosition: number }).globalPosition = Number(positions[i]);
  return events;
};

/**
 * Appends to a PostgreSQL store, each in one INSERT statement that inserts only if the event it chains
 * from is still stored with the hash it was chained from; UNIQUE (stream_id, stream_version) lets only
 * one of two writers extend a stream from the same version. A writer that lost the race reads the head
 * again and, unless it expected an exact version, tries again.
 */
export const postgresAppend = (
  session: PostgresSession,
  options: PostgresAppendOptions,
): ((valid: ValidAppend) => Promise<Either<AppendError, AppendResult>>) => {
  const { sql, heads, query } = session;

  const readHead = async (streamId: string): Promise<Head> => {
    const [row] = await query<{ stream_version: number; hash: string }>(sql.head, [streamId]);
    return row === undefined ? { version: 0, hash: null } : { version: row.stream_version, hash: row.hash };
  };

  /** The original result when this exact batch is already stored, a refusal when its ids are used elsewhere. */
  const priorAppend = async (valid: ValidAppend): Promise<Either<AppendError, AppendResult | null>> => {
    const ids = valid.events.map((e) => e.eventId);
    const rows = await query<PostgresEventRow>(sql.byEventIds, [ids]);
    if (rows.length === 0) return right(null);
    const stored = decodePostgresRows(rows);
    if (stored._tag === 'Left') return stored;
    return matchPriorAppend(valid.streamId, ids, stored.right);
  };

  const writeGroup: WriteGroup = async (events) => {
    const [only] = events;
    if (events.length === 1 && only !== undefined) {
      try {
        const statement = only.event.streamVersion === 1 ? sql.appendFirst : sql.appendNext;
        const [row] = await query<{ position: string }>(statement, insertedValues(only));
        return new Map(row === undefined ? [] : [[only.event.eventId, Number(row.position)]]);
      } catch (error) {
        if (isUniqueViolation(error)) return new Map();
        throw error;
      }
    }
    const rows = await query<{ event_id: string; position: string }>(sql.appendGroup, [rowsJson(events)]);
    return new Map(rows.map((r) => [r.event_id, Number(r.position)]));
  };
  const groups = options.groupAppends === false ? null : new AppendGroups(writeGroup, options.groupAppends);
  const { beforeCommit } = options;

  /** Writes a chained batch; null when another writer got there first (or the chained-from event changed). */
  const insert = async (
    streamId: string,
    head: Head,
    rows: readonly EventRow[],
  ): Promise<RecordedEvent[] | null> => {
    const recorded = rows.map((r) => r.event);
    const [only, next] = rows;
    let statement: NamedStatement;
    let values: unknown[];
    let place: (rows: { position?: string; positions?: string[] | null }[]) => RecordedEvent[] | null;
    if (only !== undefined && next === undefined) {
      if (groups !== null && beforeCommit === undefined) {
        const stored = await groups.insert(only);
        return stored === null ? null : [stored];
      }
      statement = only.event.streamVersion === 1 ? sql.appendFirst : sql.appendNext;
      values = insertedValues(only);
      place = ([row]) => (row === undefined ? null : positioned(recorded, [row.position]));
    } else {
      statement = sql.append;
      values = [streamId, head.version, head.hash ?? '', ...batchColumns(rows)];
      place = ([row]) => positioned(recorded, row?.positions);
    }
    try {
      if (beforeCommit === undefined) return place(await query(statement, values));
      return await session.inTransaction(async (client) => {
        const placed = place(await query(statement, values, client));
        if (placed !== null) await beforeCommit({ streamId, events: placed });
        return placed;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  };

  const appendValid = async (valid: ValidAppend): Promise<Either<AppendError, AppendResult>> => {
    const { streamId, events, expectedVersion } = valid;
    const recordedAt = options.clock().toISOString();
    const cached = heads.get(streamId);
    let head: Head =
      expectedVersion === 'no_stream' || expectedVersion === 0
        ? { version: 0, hash: null }
        : cached !== undefined && cached.version === expectedVersion
          ? cached
          : await readHead(streamId);
    let priorChecked = false;
    for (let attempt = 0; attempt < maxAppendAttempts; attempt++) {
      if (!expectedVersionMatches(expectedVersion, head.version))
        return retriedOrConflict(valid, head.version, priorChecked ? right(null) : await priorAppend(valid));
      const previous =
        head.version === 0 || head.hash === null ? null : { streamVersion: head.version, hash: head.hash };
      const recorded = await insert(
        streamId,
        head,
        eventRowsOf(chainEventsWithJson(streamId, previous, events, recordedAt, () => 0)),
      );
      const last = recorded?.[recorded.length - 1];
      if (recorded !== null && last !== undefined) {
        heads.set(streamId, { version: last.streamVersion, hash: last.hash });
        return right({ streamId, nextExpectedVersion: last.streamVersion, events: recorded });
      }
      const prior = await priorAppend(valid);
      if (prior._tag === 'Left') return prior;
      if (prior.right !== null) return right(prior.right);
      priorChecked = true;
      head = await readHead(streamId);
    }
    // The store is up; other writers kept winning the race. A conflict, so the caller reads and retries.
    return left(concurrencyConflict(streamId, expectedVersion, head.version));
  };

  return (valid) =>
    session.guarded(async () => {
      try {
        return await appendValid(valid);
      } catch (error) {
        // Serialization failures, deadlocks, lock timeouts and racing inserts are contention: the
        // server answered, so this is a retryable conflict, never "could not be reached".
        if (!isContention(error)) throw error;
        const head = heads.get(valid.streamId);
        return left(concurrencyConflict(valid.streamId, valid.expectedVersion, head?.version ?? 0));
      }
    });
};
