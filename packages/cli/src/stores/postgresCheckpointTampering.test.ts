import { randomBytes } from 'node:crypto';
import { pgClient } from '../testing/drivers';
import { postgresEventsTable } from '../testing/postgresEventsTable';
import { checkpointTamperingSpecification } from '../testing/checkpointTamperingSpec';
import { postgresServerState } from '../testing/postgresServer';

const url = process.env['POSTGRES_TEST_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const suite = postgresServerState(url) === 'run' ? describe : describe.skip;

suite('partnerships verify --checkpoint on a PostgreSQL schema edited behind the store', () => {
  checkpointTamperingSpecification(() => ({
    positionColumn: 'position',
    fresh: async () => {
      const schema = `t_cli_cp_tamper_${randomBytes(6).toString('hex')}`;
      const client = pgClient(url);
      await client.connect();
      return {
        connection: `${url}?schema=${schema}`,
        table: postgresEventsTable(client, schema, async () => undefined),
        teardown: async () => {
          await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
          await client.end();
        },
      };
    },
    // PostgreSQL orders the log by (transaction id, position): a row given the transaction id of
    // `after` and a larger position is listed right after it, however late it was written.
    insertAfter: async (table, row, after) => {
      await table.run(
        `INSERT INTO {events} (transaction_id, position, event_id, stream_id, stream_version, event_type, schema_version, data, actor,
           occurred_at, recorded_at, command_id, correlation_id, causation_id, previous_hash, hash)
         SELECT transaction_id, position + 1000000, ?, ?, ?, ?, ?, {json}, {json}, ?, ?, ?, ?, ?, ?, ?
         FROM {events} WHERE event_id = ?`,
        [
          row.eventId,
          row.streamId,
          row.streamVersion,
          row.type,
          row.schemaVersion,
          JSON.stringify(row.data),
          JSON.stringify(row.actor),
          row.occurredAt,
          row.recordedAt,
          row.commandId,
          row.correlationId,
          row.causationId,
          row.previousHash,
          row.hash,
          after.eventId,
        ],
      );
    },
  }));
});
