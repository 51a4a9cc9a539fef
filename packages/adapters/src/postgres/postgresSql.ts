import { ChainedBatch, RecordedEvent } from '@council-partnerships/domain';
import { sharedColumnValues } from '../shared/eventRow';
import { foldColumns } from '../shared/foldRow';
import { postgresEventColumns, postgresLoggedColumns } from './postgresRows';
import { SchemaName } from './postgresSchema';

/** The columns an append supplies, in the order of its parameters; position and transaction_id are defaults. */
const insertedColumns =
  'event_id, stream_id, stream_version, event_type, schema_version, data, actor, occurred_at, recorded_at, ' +
  'command_id, correlation_id, causation_id, previous_hash, hash';

/** Where data and actor sit among `insertedColumns`. */
const dataColumn = 5;
const actorColumn = 6;

/**
 * An event ready to insert, with its data and actor as the canonical JSON texts its hash was taken
 * over: the rows are built from those texts rather than encoding the same values a second time.
 */
export interface EventRow {
  readonly event: RecordedEvent;
  readonly dataJson: string;
  readonly actorJson: string;
}

/** The rows of a chained batch, each event with the texts that were hashed for it. */
export const eventRowsOf = (batch: ChainedBatch): EventRow[] =>
  batch.events.map((event, i) => ({ event, dataJson: batch.dataJson[i]!, actorJson: batch.actorJson[i]! }));

/** An event's values for `insertedColumns`, in their order (the single-event statements' parameters). */
export const insertedValues = ({ event, dataJson, actorJson }: EventRow): unknown[] =>
  sharedColumnValues(event, dataJson, actorJson);

/** JSON texts as the text of one JSON array: no escaping, each text is already JSON. */
const jsonArrayOf = (texts: readonly string[]): string => '[' + texts.join(',') + ']';

/** Characters an array element needs escaped inside its quotes: a quote or a backslash. */
const ESCAPED_IN_ARRAY = /["\\]/;

/**
 * A column's values as the text of a PostgreSQL array (`{"a","b",NULL,3}`), every text quoted, a quote or
 * backslash in one escaped. Written here rather than by the driver, whose general encoder escapes each
 * element by two regular-expression replacements and appends it piece by piece: a batch's ids, times and
 * hashes have nothing to escape, and most columns are made in one `join`.
 */
export const arrayLiteral = (values: readonly (string | number | null)[]): string => {
  let plain = true;
  for (let i = 0; i < values.length && plain; i++) {
    const value = values[i];
    plain = typeof value === 'string' && !ESCAPED_IN_ARRAY.test(value);
  }
  if (plain) return values.length === 0 ? '{}' : '{"' + values.join('","') + '"}';
  const elements = values.map((value) =>
    value === null
      ? 'NULL'
      : typeof value === 'number'
        ? String(value)
        : '"' + value.replace(/["\\]/g, '\\$&') + '"',
  );
  return '{' + elements.join(',') + '}';
};

/**
 * A batch as the `append` statement's $4 to $17, one per column of `insertedColumns` in their order:
 * each column's values as the text of an array, except data and actor, which go as one JSON array each
 * (the texts the hash was taken over, joined; an array of text would have every quote in them escaped).
 */
export const batchColumns = (rows: readonly EventRow[]): string[] => {
  const columns: (string | number | null)[][] = [];
  for (let i = 0; i < rows.length; i++) {
    const values = insertedValues(rows[i]!);
    for (let c = 0; c < values.length; c++)
      (columns[c] ??= new Array<string | number | null>(rows.length))[i] = values[c] as
        string | number | null;
  }
  return columns.map((column, c) =>
    c === dataColumn || c === actorColumn ? jsonArrayOf(column as string[]) : arrayLiteral(column),
  );
};

/** The text fields after `actor`, each as its recordset key and the event's field, in the recordset's order. */
const trailingTextFields = [
  ['occurred_at', 'occurredAt'],
  ['recorded_at', 'recordedAt'],
  ['command_id', 'commandId'],
  ['correlation_id', 'correlationId'],
  ['causation_id', 'causationId'],
  ['previous_hash', 'previousHash'],
  ['hash', 'hash'],
] as const;

/**
 * Events as the JSON array the append statements unpack with json_to_recordset. Written out by hand
 * so that the data and actor go in as the texts already encoded for the hash; only the short string
 * fields are encoded here.
 */
export const rowsJson = (rows: readonly EventRow[]): string => {
  let out = '[';
  for (let i = 0; i < rows.length; i++) {
    const { event: e, dataJson, actorJson } = rows[i]!;
    if (i > 0) out += ',';
    out +=
      '{"event_id":' +
      JSON.stringify(e.eventId) +
      ',"stream_id":' +
      JSON.stringify(e.streamId) +
      ',"stream_version":' +
      String(e.streamVersion) +
      ',"event_type":' +
      JSON.stringify(e.type) +
      ',"schema_version":' +
      String(e.schemaVersion) +
      ',"data":' +
      dataJson +
      ',"actor":' +
      actorJson;
    for (const [key, field] of trailingTextFields) out += ',"' + key + '":' + JSON.stringify(e[field]);
    out += '}';
  }
  return out + ']';
};

/** A statement with a name, so each pooled connection parses and plans it once. */
export interface NamedStatement {
  readonly name: string;
  readonly text: string;
}

/**
 * The store's SQL for one schema. Only the validated, quoted schema name is spliced in; every value is a
 * bound parameter.
 */
export const postgresStatements = (schema: SchemaName) => {
  const s = schema.quoted;
  const named = (name: string, text: string): NamedStatement => ({ name: `cp_${schema.name}_${name}`, text });
  // held_back compares the newest transaction id (one step down the primary key index) with the horizon,
  // once per statement rather than once per row.
  const logPage = (columns: string) =>
    `WITH h AS MATERIALIZED (
         SELECT pg_snapshot_xmin(pg_current_snapshot()) AS horizon,
                (SELECT max(transaction_id) FROM ${s}.events) AS newest
       )
       SELECT coalesce(h.newest >= h.horizon, false) AS held_back, p.*
       FROM h LEFT JOIN LATERAL (
         SELECT ${columns} FROM ${s}.events e
         WHERE (e.transaction_id, e.position) > ($1::xid8, $2::bigint) AND e.transaction_id < h.horizon
         ORDER BY e.transaction_id, e.position
         LIMIT $3
       ) p ON true`;
  return {
    /**
     * The whole append in one statement, so it is atomic without an explicit transaction and costs one
     * round trip. $1 stream, $2 the version the batch follows, $3 that version's hash, then one array
     * per inserted column (`batchColumns`), data and actor as JSON arrays zipped in by ROWS FROM. It
     * inserts only if the event it chains from is still stored with that hash; UNIQUE (stream_id,
     * stream_version) turns a concurrent writer's same versions into an error. Column arrays cost the
     * server less than unpacking one JSON document per batch (measured: about a third more events a
     * second for batches of 100); the JSON arrays spare the client escaping every quote of the data.
     * The answer is one row: the positions in version order, or null when nothing went in.
     */
    append: named(
      'append',
      `WITH inserted AS (
       INSERT INTO ${s}.events (${insertedColumns})
       SELECT x.event_id, x.stream_id, x.stream_version, x.event_type, x.schema_version, x.data, x.actor,
         x.occurred_at, x.recorded_at, x.command_id, x.correlation_id, x.causation_id, x.previous_hash, x.hash
       FROM ROWS FROM (
         unnest($4::text[], $5::text[], $6::integer[], $7::text[], $8::integer[]),
         json_array_elements($9::json),
         json_array_elements($10::json),
         unnest($11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[])
       ) AS x(${insertedColumns})
       WHERE $2::integer = 0
          OR EXISTS (SELECT 1 FROM ${s}.events p WHERE p.stream_id = $1 AND p.stream_version = $2 AND p.hash = $3)
       ORDER BY x.stream_version
       RETURNING stream_version, position
     )
     SELECT array_agg(position ORDER BY stream_version) AS positions FROM inserted`,
    ),
    /**
     * A single event, the common case (one decision, one event), with plain parameters instead of a JSON
     * batch. The first event of a stream follows nothing, so it is a plain insert: UNIQUE (stream_id,
     * stream_version) lets only one writer start a stream. $3 is the new version.
     */
    appendFirst: named(
      'append_first',
      `INSERT INTO ${s}.events (${insertedColumns})
       VALUES ($1, $2, $3, $4, $5, $6::json, $7::json, $8, $9, $10, $11, $12, $13, $14)
       RETURNING position`,
    ),
    /**
     * A single event after version $3 - 1, inserted only if that event is stored with hash $13; the
     * check is one probe of the (stream_id, stream_version) unique index, which the insert visits anyway.
     */
    appendNext: named(
      'append_next',
      `INSERT INTO ${s}.events (${insertedColumns})
       SELECT $1, $2, $3::integer, $4, $5::integer, $6::json, $7::json, $8, $9, $10, $11, $12, $13, $14
       WHERE EXISTS (SELECT 1 FROM ${s}.events p
                     WHERE p.stream_id = $2 AND p.stream_version = $3::integer - 1 AND p.hash = $13)
       RETURNING position`,
    ),
    /**
     * Single-event appends to any streams, gathered while earlier statements were running (group
     * commit). $1 is the group as JSON. Each row goes in only if the event it follows is stored with
     * the hash it chains from, looked up row by row through the (stream_id, stream_version) index (a
     * lateral lookup: an EXISTS or'd with the first-event test is planned as a hash of the whole table); a
     * row whose version or id is taken is skipped rather than failing its neighbours. Rows go in stream
     * order so that two groups never wait on each other's rows in opposite orders.
     */
    appendGroup: named(
      'append_group',
      `INSERT INTO ${s}.events (${insertedColumns})
       SELECT x.event_id, x.stream_id, x.stream_version, x.event_type, x.schema_version, x.data, x.actor,
         x.occurred_at, x.recorded_at, x.command_id, x.correlation_id, x.causation_id, x.previous_hash, x.hash
       FROM json_to_recordset($1::json) AS x(event_id text, stream_id text, stream_version integer,
         event_type text, schema_version integer, data json, actor json, occurred_at text, recorded_at text,
         command_id text, correlation_id text, causation_id text, previous_hash text, hash text)
       LEFT JOIN LATERAL (
         SELECT p.hash FROM ${s}.events p
         WHERE p.stream_id = x.stream_id AND p.stream_version = x.stream_version - 1
         LIMIT 1
       ) p ON true
       WHERE x.stream_version = 1 OR p.hash = x.previous_hash
       ORDER BY x.stream_id, x.stream_version
       ON CONFLICT DO NOTHING
       RETURNING event_id, position`,
    ),
    head: named(
      'head',
      `SELECT stream_version, hash FROM ${s}.events WHERE stream_id = $1 ORDER BY stream_version DESC LIMIT 1`,
    ),
    byEventIds: named(
      'by_event_ids',
      `SELECT ${postgresEventColumns} FROM ${s}.events WHERE event_id = ANY($1::text[])`,
    ),
    readStream: named(
      'read_stream',
      `SELECT ${postgresEventColumns} FROM ${s}.events
       WHERE stream_id = $1 AND stream_version BETWEEN $2 AND $3 ORDER BY stream_version`,
    ),
    /** A lean read for folding: the columns `FoldableEvent` needs, nothing else (see `foldColumns`). */
    readStreamForFold: named(
      'read_stream_for_fold',
      `SELECT ${foldColumns} FROM ${s}.events
       WHERE stream_id = $1 AND stream_version BETWEEN $2 AND $3 ORDER BY stream_version`,
    ),
    streamExists: named('stream_exists', `SELECT 1 FROM ${s}.events WHERE stream_id = $1 LIMIT 1`),
    /**
     * A page of the global log in (transaction_id, position) order, only below the horizon: the oldest
     * transaction still in flight when the statement's snapshot was taken. Every transaction below it has
     * ended, so no row can ever appear there later; rows at or above it wait. `held_back` says whether
     * committed rows are waiting behind an open transaction.
     */
    readAll: named('read_all', logPage(postgresEventColumns)),
    /** The same page with only what read models need of each event (see `loggedColumns`). */
    readAllForProjection: named('read_all_for_projection', logPage(postgresLoggedColumns)),
    listStreams: named(
      'list_streams',
      `SELECT stream_id FROM ${s}.events WHERE stream_version = 1 ORDER BY transaction_id, position`,
    ),
  };
};

export type PostgresStatements = ReturnType<typeof postgresStatements>;
